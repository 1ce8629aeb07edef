import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../../src-main/api/contract'
import type { OpenedApp } from '../../../src-main/api'
import { useTempApp } from '../../helpers/app'
import {
  startFakeWechatPay,
  wechatPayKeys,
  type FakeWechatPay
} from '../../helpers/fake-wechat-pay'
import { call, exportedDraft, sendConfirmed, wechatPayProfile } from '../../helpers/submit'

/**
 * Following sent applications: the poller asks the WeChat Pay double (recorded query
 * answers) with backoff, and a change that needs the merchant or a rejection becomes a notice.
 */

const openTempApp = useTempApp()
const keys = wechatPayKeys()
type Status = MethodOutput<'submit.pollerStatus'>
type Notices = MethodOutput<'submit.notices'>

let fake: FakeWechatPay
beforeEach(async () => {
  fake = await startFakeWechatPay(keys)
})
afterEach(() => fake.close())

async function sent(): Promise<{ app: OpenedApp; id: string; reopen: () => OpenedApp }> {
  const { app, reopen } = openTempApp()
  const id = await exportedDraft(app, 'wechat-pay')
  await call(app, 'submit.saveProfile', wechatPayProfile(keys, fake.url))
  const job = await sendConfirmed(app, id, 'wechat-pay')
  if (job.error) throw new Error(job.error.code)
  return { app, id, reopen }
}

/** Minutes from the last poll to the next one. */
function wait(status: Status): number {
  return (Date.parse(status.nextAt ?? '') - Date.parse(status.lastPolledAt ?? '')) / 60_000
}

describe('following sent applications', () => {
  it('notifies when an application needs the merchant to sign, with what to do', async () => {
    const { app, id } = await sent()
    fake.queryAnswer = 'wechat-pay-to-be-signed'
    const status = (await call(app, 'submit.pollNow', {})) as Status
    expect(status.open).toBe(1)
    const [notice] = (await call(app, 'submit.notices', {})) as Notices
    expect(notice).toMatchObject({ draftId: id, platform: 'wechat-pay', lifecycle: 'actionNeeded' })
    expect(notice?.action).toBe('sign')
  }, 120_000)

  it('waits twice as long after each answer that changed nothing, and stops at a rejection', async () => {
    const { app } = await sent()
    fake.queryAnswer = 'wechat-pay-to-be-signed'
    expect(wait((await call(app, 'submit.pollNow', {})) as Status)).toBeCloseTo(5, 0)
    expect(wait((await call(app, 'submit.pollNow', {})) as Status)).toBeCloseTo(10, 0)
    expect(wait((await call(app, 'submit.pollNow', {})) as Status)).toBeCloseTo(20, 0)
    fake.queryAnswer = 'wechat-pay-rejected'
    const ended = (await call(app, 'submit.pollNow', {})) as Status
    expect(ended.open).toBe(0)
    expect(ended.nextAt).toBeUndefined()
    const notices = (await call(app, 'submit.notices', {})) as Notices
    // One notice per change, the newest first: the rejection with the platform's reason.
    expect(notices.map((found) => found.lifecycle)).toEqual(['rejected', 'actionNeeded'])
    expect(notices[0]?.reason).toContain('身份证')
  }, 120_000)

  it('adds nothing to the timeline for an answer that repeats the last one', async () => {
    const { app, id } = await sent()
    fake.queryAnswer = 'wechat-pay-to-be-signed'
    const events = async () => {
      const [attempt] = (await call(app, 'submissions.forDraft', {
        id
      })) as MethodOutput<'submissions.forDraft'>
      return attempt?.events.length ?? 0
    }
    await call(app, 'submit.pollNow', {})
    const after = await events()
    await call(app, 'submit.pollNow', {})
    await call(app, 'submit.pollNow', {})
    expect(await events()).toBe(after)
  }, 120_000)

  it('asks nothing on a scheduled round before the wait is over', async () => {
    const { app } = await sent()
    await call(app, 'submit.pollNow', {})
    expect(await app.poller.tick()).toEqual({ polled: 0, changed: 0, failed: 0 })
  }, 120_000)

  it('asks nothing on a scheduled round while polling is turned off', async () => {
    const { app } = await sent()
    await call(app, 'submit.setPoller', { enabled: false, profile: 'default' })
    expect(await app.poller.tick()).toEqual({ polled: 0, changed: 0, failed: 0 })
    await call(app, 'submit.setPoller', { enabled: true, profile: 'default' })
    expect((await app.poller.tick()).polled).toBe(1)
  }, 120_000)

  it('keeps going and says why when the chosen profile is missing', async () => {
    const { app } = await sent()
    await call(app, 'submit.setPoller', { enabled: true, profile: 'elsewhere' })
    const status = (await call(app, 'submit.pollNow', {})) as Status
    expect(status.lastError?.code).toBe('submit.profile_missing')
    expect(wait(status)).toBeCloseTo(5, 0)
  }, 120_000)

  it('remembers across a restart when each draft is next due, so the first round asks nothing early', async () => {
    const { app, reopen } = await sent()
    await call(app, 'submit.pollNow', {})
    app.close()
    const restarted = reopen()
    expect(await restarted.poller.tick()).toEqual({ polled: 0, changed: 0, failed: 0 })
  }, 120_000)

  it('shows a notice not yet dismissed again after a restart', async () => {
    const { app, id, reopen } = await sent()
    fake.queryAnswer = 'wechat-pay-rejected'
    await call(app, 'submit.pollNow', {})
    app.close()
    const [notice] = (await call(reopen(), 'submit.notices', {})) as Notices
    expect(notice).toMatchObject({ draftId: id, lifecycle: 'rejected' })
  }, 120_000)

  it('forgets a notice once dismissed', async () => {
    const { app } = await sent()
    fake.queryAnswer = 'wechat-pay-rejected'
    await call(app, 'submit.pollNow', {})
    const [notice] = (await call(app, 'submit.notices', {})) as Notices
    await call(app, 'submit.dismissNotice', { id: notice?.id })
    expect(await call(app, 'submit.notices', {})).toEqual([])
  }, 120_000)
})
