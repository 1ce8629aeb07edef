import type { MethodInput, MethodOutput } from '../../src-main/api/contract'
import type { OpenedApp } from '../../src-main/api'
import type { JobView } from '../../src-main/jobs/jobs'
import type { PlatformId } from '../../src-main/platforms/adapter'
import type { SubmitProfile } from '../../src-main/domain/submit-profile'
import { createCompleteDraft, type CompleteDraftOptions } from './complete-draft'
import type { WechatPayKeys } from './fake-wechat-pay'

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

/** Previews, then sends with the merchant's name typed back and production confirmed, as a user does. */
export async function sendConfirmed(
  app: OpenedApp,
  id: string,
  platform: MethodInput<'submit.send'>['platform']
): Promise<JobView> {
  const { merchant } = (await call(app, 'submit.preview', {
    id,
    platform
  })) as MethodOutput<'submit.preview'>
  return sendAndWait(app, { id, platform, confirmMerchant: merchant, confirmProduction: true })
}

/** The sending profile `default` for the WeChat Pay double at `url`, with quick retries. */
export function wechatPayProfile(keys: WechatPayKeys, url: string): SubmitProfile {
  return {
    name: 'default',
    environment: 'production',
    retryBaseMs: 1,
    timeoutMs: 3000,
    wechatPay: {
      mchid: keys.mchid,
      merchantSerial: keys.merchantSerial,
      merchantPrivateKey: keys.merchantPrivateKeyPem,
      platformKey: keys.platformPublicKeyPem,
      platformKeyId: keys.platformKeyId,
      apiV3Key: 'a'.repeat(32),
      baseUrl: url
    }
  }
}
