import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../../src-main/api/contract'
import type { OpenedApp } from '../../../src-main/api'
import type { BulkSubmitReport } from '../../../src-main/submit/bulk-submit'
import { useTempApp } from '../../helpers/app'
import { createCompleteDraft } from '../../helpers/complete-draft'
import {
  startFakeWechatPay,
  wechatPayKeys,
  type FakeWechatPay
} from '../../helpers/fake-wechat-pay'
import { call, errorCode, wechatPayProfile } from '../../helpers/submit'

/** Bulk submit from the drafts list: a dry run over many drafts, then one job sending them. */

const openTempApp = useTempApp()
const keys = wechatPayKeys()
type Plan = MethodOutput<'submit.planMany'>

let fake: FakeWechatPay
/** The most applications the double was handling at one moment. */
let busiest = 0
beforeEach(async () => {
  fake = await startFakeWechatPay(keys)
  busiest = 0
  let inFlight = 0
  fake.server.prependListener('request', (request, response) => {
    if (request.url !== '/v3/applyment4sub/applyment/') return
    busiest = Math.max(busiest, ++inFlight)
    response.on('close', () => (inFlight -= 1))
  })
})
afterEach(() => fake.close())

/** A complete draft for WeChat Pay; each merchant its own business_code prefix. */
async function draft(app: OpenedApp, prefix: string, exported: boolean): Promise<string> {
  const id = await createCompleteDraft(app, { addProvider: 'wechat-pay', title: prefix })
  const loaded = (await call(app, 'drafts.get', { id })) as MethodOutput<'drafts.get'>
  loaded.content.payment.wechat.businessCodePrefix = prefix
  // Only the payment provider: the listing platforms are not what this test sends.
  loaded.content.listing.targets = []
  await call(app, 'drafts.save', { id, content: loaded.content })
  if (exported) await call(app, 'bundles.export', { id, platforms: ['wechat-pay'] })
  return id
}

async function portfolio() {
  const { app } = openTempApp()
  await call(app, 'submit.saveProfile', wechatPayProfile(keys, fake.url))
  const ids = [
    await draft(app, '1900012345', true),
    await draft(app, '1900012346', true),
    await draft(app, '1900012347', false)
  ]
  return { app, ids }
}

describe('bulk submit', () => {
  it('dry-runs every draft and says why one cannot go, sending nothing', async () => {
    const { app, ids } = await portfolio()
    const plan = (await call(app, 'submit.planMany', { ids })) as Plan
    expect(plan.ready).toBe(2)
    expect(plan.production).toBe(true)
    expect(plan.items.map((item) => item.problem?.code ?? 'ready')).toEqual([
      'ready',
      'ready',
      'submit.export_first'
    ])
    expect(plan.items[0]?.merchant).toBe('深圳市山海咖啡餐饮管理有限公司')
    expect(fake.uploads.size).toBe(0)
  }, 240_000)

  it('refuses to start unless the number of applications and production are confirmed', async () => {
    const { app, ids } = await portfolio()
    const input = { ids, confirmCount: 3, confirmProduction: true }
    expect(await errorCode(app, 'submit.sendMany', input)).toBe('submit.confirm_count')
    expect(
      await errorCode(app, 'submit.sendMany', {
        ...input,
        confirmCount: 2,
        confirmProduction: false
      })
    ).toBe('submit.confirm_production')
    expect(fake.applyments).toHaveLength(0)
  }, 240_000)

  it('sends the ready ones one at a time under a limit of one and reports each', async () => {
    const { app, ids } = await portfolio()
    // The first application is held: a second lane would send the other one meanwhile.
    fake.faults.set('/v3/applyment4sub/applyment/', [{ hang: true }])
    const started = (await call(app, 'submit.sendMany', {
      ids,
      confirmCount: 2,
      confirmProduction: true,
      concurrency: 1
    })) as MethodOutput<'submit.sendMany'>
    const job = await app.jobs.settled(started.id)
    const report = job.result as BulkSubmitReport
    expect(report).toMatchObject({ sent: 2, rejected: 0, failed: 0, skipped: 1, canceled: false })
    expect(report.items.map((item) => item.outcome)).toEqual(['sent', 'sent', 'skipped'])
    expect(fake.applyments).toHaveLength(2)
    expect(busiest).toBe(1)
    expect(job.done).toBe(2)
  }, 240_000)

  it('sends two at a time under a limit of two', async () => {
    const { app, ids } = await portfolio()
    // Both applications are held until the second arrives: only two lanes let that happen.
    fake.faults.set('/v3/applyment4sub/applyment/', [{ hang: true }, { hang: true }])
    const started = (await call(app, 'submit.sendMany', {
      ids,
      confirmCount: 2,
      confirmProduction: true,
      concurrency: 2
    })) as MethodOutput<'submit.sendMany'>
    const report = (await app.jobs.settled(started.id)).result as BulkSubmitReport
    expect(report.sent).toBe(2)
    expect(busiest).toBe(2)
  }, 240_000)
})
