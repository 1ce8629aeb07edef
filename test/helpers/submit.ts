import type { MethodInput, MethodOutput } from '../../src-main/api/contract'
import type { OpenedApp } from '../../src-main/api'
import type { JobView } from '../../src-main/jobs/jobs'
import type { PlatformId } from '../../src-main/platforms/adapter'
import { createCompleteDraft, type CompleteDraftOptions } from './complete-draft'

export async function call<K extends Parameters<OpenedApp['router']['dispatch']>[0]>(
  app: OpenedApp,
  method: K,
  input: unknown
): Promise<unknown> {
  const result = await app.router.dispatch(method, input)
  if (!result.ok) throw Object.assign(new Error(result.error.code), { error: result.error })
  return result.value
}

/** The error code a call answers with, or 'ok'. */
export async function errorCode(app: OpenedApp, method: string, input: unknown): Promise<string> {
  const result = await app.router.dispatch(method, input)
  return result.ok ? 'ok' : result.error.code
}

/** The complete fixture, exported for one platform: an attempt ready to send. */
export async function exportedDraft(
  app: OpenedApp,
  platform: PlatformId,
  options: CompleteDraftOptions & { route?: 'zft' | 'agent' } = {}
): Promise<string> {
  const addProvider = platform === 'alipay' ? 'alipay' : 'wechat-pay'
  const id = await createCompleteDraft(app, { ...options, addProvider })
  if (options.route) {
    const draft = (await call(app, 'drafts.get', { id })) as {
      content: { payment: { alipay: { route: string } } }
    }
    draft.content.payment.alipay.route = options.route
    await call(app, 'drafts.save', { id, content: draft.content })
  }
  const [entry] = (await call(app, 'bundles.export', {
    id,
    platforms: [platform]
  })) as MethodOutput<'bundles.export'>
  if (!entry?.ok) throw new Error(JSON.stringify(entry))
  return id
}

/** Sends through the contract, as the app and the CLI do, and waits for the job. */
export async function sendAndWait(
  app: OpenedApp,
  input: MethodInput<'submit.send'>
): Promise<JobView> {
  const started = (await call(app, 'submit.send', input)) as JobView
  return app.jobs.settled(started.id)
}
