import type { z } from 'zod'
import { setMaxListeners } from 'node:events'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { prepareDraftMedia } from '../bundle/export-draft'
import type { Lang } from '../domain/issue'
import type { JobContext } from '../jobs/jobs'
import type { MediaStore } from '../media'
import type { PlatformId } from '../platforms/adapter'
import { formatMessage } from '../platforms/messages'
import { ADAPTERS } from '../platforms/registry'
import { draftTargets } from '../platforms/review'
import { writeFileAtomic } from '../store/atomic-write'
import type { DraftsRepo } from '../store/drafts'
import type { ExportsRepo } from '../store/exports'
import type { BulkExportReportSchema, MethodOutput } from './contract'
import { KaitongError } from './result'
import { reviewDraft } from './review'
import type { Settings } from './settings'

type ExportResult = MethodOutput<'bundles.export'>[number]
export type BulkExportReport = z.output<typeof BulkExportReportSchema>
type BulkExportItem = BulkExportReport['items'][number]

export interface BulkExportDeps {
  drafts: DraftsRepo
  media: MediaStore
  exports: ExportsRepo
  settings: Settings
  /** The single-draft export (review, build, write, record), as `bundles.export` does it. */
  exportOne(id: string, platform: PlatformId, outDir: string): Promise<ExportResult>
  today(): string
}

export interface BulkExportRequest {
  ids?: string[]
  allReady?: true
  platforms?: PlatformId[]
  outDir: string
  force: boolean
  lang: Lang
}

export const REPORT_FILE = 'kaitong-export-report.csv'
export const SUMMARY_FILE = 'kaitong-export-summary.txt'

/**
 * Drafts worked on at once: while one writes its zips on the main thread, the others' pictures
 * are being made on the pool.
 */
const LANES = 3

/**
 * Writes the bundles of many drafts as a job: a draft's pictures are made for all its
 * platforms at once (each source decoded once, on the worker pool, cached across drafts),
 * a revision already exported to a file that still exists is skipped unless forced, and
 * the report goes to the job's result and, as CSV and a summary, into the out folder.
 */
export async function exportMany(
  deps: BulkExportDeps,
  request: BulkExportRequest,
  job: JobContext
): Promise<BulkExportReport> {
  const started = Date.now()
  // Every picture task in flight listens to the job's signal; tens at once are expected.
  setMaxListeners(0, job.signal)
  const ids = request.ids ?? deps.drafts.list().map((draft) => draft.id)
  const items: BulkExportItem[] = []
  const plans = ids.map((id) => planDraft(deps, id, request.platforms))
  const total = plans.reduce((sum, plan) => sum + Math.max(1, plan.platforms.length), 0)
  let done = 0
  const finish = (found: BulkExportItem[], label: string) => {
    items.push(...found)
    done += found.length
    job.progress(done, total, label)
  }
  job.progress(0, total)

  const queue = [...plans]
  const lane = async () => {
    for (let plan = queue.shift(); plan; plan = queue.shift()) {
      finish(await exportDraft(deps, request, plan, job.signal), plan.title)
    }
  }
  await Promise.all(Array.from({ length: LANES }, lane))

  const order = new Map(ids.map((id, index) => [id, index]))
  items.sort((a, b) => order.get(a.draftId)! - order.get(b.draftId)!)
  return writeReport(request, {
    outDir: request.outDir,
    drafts: ids.length,
    written: items.filter((item) => item.outcome === 'written').length,
    skipped: items.filter((item) => item.outcome === 'skipped').length,
    refused: items.filter((item) => item.outcome === 'refused').length,
    canceled: job.signal.aborted,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    reportFile: join(request.outDir, REPORT_FILE),
    summaryFile: join(request.outDir, SUMMARY_FILE),
    items
  })
}

interface DraftPlan {
  id: string
  title: string
  revision?: number
  platforms: PlatformId[]
  /** A draft that cannot be read at all (deleted meanwhile). */
  error?: KaitongError
}

function planDraft(
  deps: BulkExportDeps,
  id: string,
  platforms: PlatformId[] | undefined
): DraftPlan {
  try {
    const draft = deps.drafts.get(id)
    return {
      id,
      title: draft.title,
      revision: draft.revision,
      platforms: platforms ?? draftTargets(draft.content)
    }
  } catch (error) {
    if (!(error instanceof KaitongError)) throw error
    return { id, title: id, platforms: [], error }
  }
}

async function exportDraft(
  deps: BulkExportDeps,
  request: BulkExportRequest,
  plan: DraftPlan,
  signal: AbortSignal
): Promise<BulkExportItem[]> {
  const base = { draftId: plan.id, title: plan.title, revision: plan.revision }
  if (plan.error) return [{ ...base, outcome: 'refused', reason: plan.error.toApiError() }]
  if (plan.platforms.length === 0) {
    return [{ ...base, outcome: 'skipped', reason: { code: 'bulk.no_targets', params: {} } }]
  }
  const skipped = (platform: PlatformId, code: string, params: Record<string, string | number>) =>
    ({ ...base, platform, outcome: 'skipped', reason: { code, params } }) as const
  const items: BulkExportItem[] = []
  const wanted = plan.platforms.filter((platform) => {
    if (request.force || !alreadyExported(deps, plan, platform)) return true
    items.push(skipped(platform, 'bulk.already_exported', { revision: plan.revision ?? 0 }))
    return false
  })
  if (wanted.length === 0 || signal.aborted) {
    return [...items, ...wanted.map((platform) => skipped(platform, 'bulk.canceled', {}))]
  }
  const content = deps.drafts.get(plan.id).content
  await prepareDraftMedia(
    wanted.map((platform) => ADAPTERS[platform]),
    content,
    deps.media,
    signal
  )
  if (request.allReady) {
    const reviews = await reviewDraft({
      content,
      platforms: wanted,
      media: deps.media,
      today: deps.today(),
      overrides: deps.settings.ruleLevels()
    })
    const errors = reviews.flatMap((review) =>
      review.issues.filter((found) => found.severity === 'error')
    )
    if (errors.length > 0) {
      return [
        ...items,
        ...wanted.map((platform) => skipped(platform, 'bulk.not_ready', { count: errors.length }))
      ]
    }
  }
  for (const platform of wanted) {
    if (signal.aborted) {
      items.push(skipped(platform, 'bulk.canceled', {}))
      continue
    }
    const result = await deps.exportOne(plan.id, platform, request.outDir)
    items.push(
      result.ok
        ? { ...base, platform, outcome: 'written', export: result.export }
        : { ...base, platform, outcome: 'refused', reason: result.error }
    )
  }
  return items
}

function alreadyExported(deps: BulkExportDeps, plan: DraftPlan, platform: PlatformId): boolean {
  if (plan.revision === undefined) return false
  return deps.exports
    .forRevision(plan.id, platform, plan.revision)
    .some((record) => existsSync(record.path))
}

/** Quoted when needed, and a leading formula character neutralised (Excel opens the file). */
function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value)
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

function writeReport(request: BulkExportRequest, report: BulkExportReport): BulkExportReport {
  const say = (code: string, params?: Record<string, string | number>) =>
    formatMessage(code, request.lang, params)
  const columns = ['draft', 'title', 'platform', 'revision', 'outcome', 'file', 'bytes', 'reason']
  const rows = report.items.map((item) => [
    item.draftId,
    item.title,
    item.platform && say(`bulk.platform.${item.platform}`),
    item.revision,
    say(`bulk.outcome.${item.outcome}`),
    item.export?.path,
    item.export?.bytes,
    item.reason && say(item.reason.code, item.reason.params)
  ])
  const csv = [columns.map((column) => say(`bulk.column.${column}`)), ...rows]
    .map((row) => row.map(csvCell).join(','))
    .join('\r\n')
  // The byte-order mark makes Excel read the file as UTF-8 rather than the system's GBK.
  writeFileAtomic(report.reportFile, `\uFEFF${csv}\r\n`)
  const refused = report.items.filter((item) => item.outcome === 'refused')
  const summary = [
    say('bulk.summary', {
      drafts: report.drafts,
      written: report.written,
      skipped: report.skipped,
      refused: report.refused,
      seconds: report.seconds
    }),
    ...(report.canceled ? [say('bulk.summary_canceled')] : []),
    ...(refused.length > 0 ? ['', say('bulk.summary_refused')] : []),
    ...refused.map(
      (item) =>
        `- ${item.title}${item.platform ? ` · ${say(`bulk.platform.${item.platform}`)}` : ''}: ` +
        (item.reason ? say(item.reason.code, item.reason.params) : '')
    ),
    '',
    say('bulk.summary_report', { file: REPORT_FILE })
  ]
  writeFileAtomic(report.summaryFile, summary.join('\n') + '\n')
  return report
}
