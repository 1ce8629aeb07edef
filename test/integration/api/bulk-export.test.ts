import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BulkExportReport } from '../../../src-main/api/export-many'
import type { MethodOutput } from '../../../src-main/api/contract'
import type { OpenedApp } from '../../../src-main/api'
import { verifyBundle } from '../../../src-main/bundle'
import { useTempApp } from '../../helpers/app'
import { createCompleteDraft } from '../../helpers/complete-draft'
import { useTempDir } from '../../helpers/temp-dir'

const openTempApp = useTempApp()
const outDir = useTempDir('kaitong-bulk-')

type JobView = MethodOutput<'jobs.get'>

async function call<T>(app: OpenedApp, method: string, input: unknown): Promise<T> {
  const result = await app.router.dispatch(method, input)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value as T
}

/** Starts a bulk export and waits for its job to end. */
async function exportMany(app: OpenedApp, input: Record<string, unknown>) {
  const started = await call<JobView>(app, 'bundles.exportMany', input)
  const ended = await app.jobs.settled(started.id)
  return { job: ended, report: ended.result as BulkExportReport }
}

describe('bundles.exportMany', () => {
  it('writes every target bundle of each draft and reports each one written', async () => {
    const { app } = openTempApp()
    const ids = [await createCompleteDraft(app), await createCompleteDraft(app, { title: '二店' })]
    const out = outDir()
    const { job, report } = await exportMany(app, { ids, outDir: out })
    expect(job.state).toBe('done')
    expect(job.done).toBe(job.total)
    expect(report.written).toBe(report.items.length)
    expect(report.items.length).toBeGreaterThanOrEqual(2 * 4)
    for (const item of report.items) {
      expect(verifyBundle(readFileSync(item.export!.path)).ok).toBe(true)
    }
  })

  it('writes the same bytes as a single-draft export of the same revision', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    const [single] = await call<MethodOutput<'bundles.export'>>(app, 'bundles.export', {
      id,
      platforms: ['alipay-mp']
    })
    const { report } = await exportMany(app, {
      ids: [id],
      platforms: ['alipay-mp'],
      outDir: outDir(),
      force: true
    })
    if (!single?.ok) throw new Error('single export failed')
    expect(report.items[0]?.export?.sha256).toBe(single.export.sha256)
  })

  it('skips a revision already exported for a platform unless forced', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    const out = outDir()
    await exportMany(app, { ids: [id], platforms: ['douyin-mp'], outDir: out })
    const again = await exportMany(app, { ids: [id], platforms: ['douyin-mp'], outDir: out })
    expect(again.report.items).toMatchObject([
      { outcome: 'skipped', reason: { code: 'bulk.already_exported' } }
    ])
    const forced = await exportMany(app, {
      ids: [id],
      platforms: ['douyin-mp'],
      outDir: out,
      force: true
    })
    expect(forced.report.items).toMatchObject([{ outcome: 'written' }])
  })

  it('refuses a draft with precheck errors, with the reason, and still writes the others', async () => {
    const { app } = openTempApp()
    const complete = await createCompleteDraft(app)
    const empty = (await call<{ id: string }>(app, 'drafts.create', { title: '空草稿' })).id
    const { report } = await exportMany(app, {
      ids: [empty, complete],
      platforms: ['baidu-mp'],
      outDir: outDir()
    })
    expect(report.items).toMatchObject([
      { draftId: empty, outcome: 'refused', reason: { code: 'bundle.precheck_errors' } },
      { draftId: complete, outcome: 'written' }
    ])
  })

  it('lists a draft with no target platform as skipped, saying why', async () => {
    const { app } = openTempApp()
    const empty = (await call<{ id: string }>(app, 'drafts.create', { title: '空草稿' })).id
    const { job, report } = await exportMany(app, { ids: [empty], outDir: outDir() })
    expect(report.items).toMatchObject([
      { draftId: empty, outcome: 'skipped', reason: { code: 'bulk.no_targets' } }
    ])
    expect([job.done, job.total]).toEqual([1, 1])
  })

  it('exports only the drafts without errors when asked for all ready ones', async () => {
    const { app } = openTempApp()
    const complete = await createCompleteDraft(app)
    const empty = (await call<{ id: string }>(app, 'drafts.create', { title: '空草稿' })).id
    const { report } = await exportMany(app, {
      allReady: true,
      platforms: ['wechat-mp'],
      outDir: outDir()
    })
    const byDraft = Object.fromEntries(report.items.map((item) => [item.draftId, item]))
    expect(byDraft[complete]).toMatchObject({ outcome: 'written' })
    expect(byDraft[empty]).toMatchObject({
      outcome: 'skipped',
      reason: { code: 'bulk.not_ready' }
    })
  })

  it('writes the report as CSV (one row per bundle, readable by Excel) and a summary', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app, { title: '=杭州, "小笼包"' })
    const out = outDir()
    const { report } = await exportMany(app, { ids: [id], platforms: ['alipay-mp'], outDir: out })
    const csv = readFileSync(join(out, 'kaitong-export-report.csv'), 'utf8')
    expect(csv.startsWith('\uFEFF草稿编号,草稿名称,平台')).toBe(true)
    const rows = csv.trim().split('\r\n')
    expect(rows).toHaveLength(2)
    expect(rows[1]).toContain(`"'=杭州, ""小笼包"""`)
    expect(rows[1]).toContain('支付宝小程序')
    expect(rows[1]).toContain('已写出')
    const summary = readFileSync(report.summaryFile, 'utf8')
    expect(summary).toContain('写出 1 个提交包')
  })

  it('stops at cancellation: bundles not started are listed as canceled, none half-written', async () => {
    const { app } = openTempApp()
    const ids = [await createCompleteDraft(app), await createCompleteDraft(app, { title: '二店' })]
    const out = outDir()
    const started = await call<JobView>(app, 'bundles.exportMany', { ids, outDir: out })
    await call<JobView>(app, 'jobs.cancel', { id: started.id })
    const ended = await app.jobs.settled(started.id)
    const report = ended.result as BulkExportReport
    expect(ended.state).toBe('canceled')
    expect(report.canceled).toBe(true)
    expect(report.items.some((item) => item.reason?.code === 'bulk.canceled')).toBe(true)
    for (const item of report.items.filter((found) => found.outcome === 'written')) {
      expect(verifyBundle(readFileSync(item.export!.path)).ok).toBe(true)
    }
    expect(existsSync(join(out, 'kaitong-export-summary.txt'))).toBe(true)
  })
})
