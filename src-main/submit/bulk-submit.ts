import type { z } from 'zod'
import type { BulkSubmitPlanSchema, BulkSubmitReport } from '../api/contract'
import { KaitongError, type ApiError } from '../api/result'
import type { JobContext } from '../jobs/jobs'
import type { PlatformId } from '../platforms/adapter'
import { draftTargets } from '../platforms/review'
import type { DraftsRepo } from '../store/drafts'
import type { LedgerShare } from '../store/ledger-share'
import type { SubmissionsRepo } from '../store/submissions'
import { hasSandbox } from '../platforms/sandbox'
import type { SubmitService } from './submit-service'

export type BulkSubmitPlan = z.output<typeof BulkSubmitPlanSchema>
export type { BulkSubmitReport }
type PlanItem = BulkSubmitPlan['items'][number]
type ReportItem = BulkSubmitReport['items'][number]

export interface BulkSubmitDeps {
  drafts: DraftsRepo
  submissions: SubmissionsRepo
  submit: SubmitService
  /** On a team store: colleagues' sends are heard first, so they are not planned again. */
  ledger?: LedgerShare
}

export interface BulkSubmitRequest {
  ids?: string[]
  /** Every draft with an exported attempt not yet sent. */
  allReady?: true
  platforms?: PlatformId[]
  profile: string
  /** Applications sent at once. */
  concurrency?: number
}

/** Refusals that mean a colleague has the application (store/pg/submissions.ts). */
const COLLEAGUE_SENDS = ['submit.sent_by', 'submit.being_sent']

/** Platforms answer one merchant's calls in order; a few merchants at once stays polite. */
export const DEFAULT_CONCURRENCY = 2
export const MAX_CONCURRENCY = 4

function apiError(error: unknown, method: string): ApiError {
  return error instanceof KaitongError
    ? error.toApiError()
    : { code: 'api.internal', params: { method } }
}

type Candidate =
  | { draftId: string; title: string; platform: PlatformId }
  | { draftId: string; title: string; error: ApiError }

/** The drafts and platforms a request names, each a candidate to send. */
function candidates(deps: BulkSubmitDeps, request: BulkSubmitRequest): Candidate[] {
  const exported = deps.submissions
    .latestEverywhere()
    .filter((item) => item.lifecycle === 'exported')
  const ids = request.ids ?? [...new Set(exported.map((item) => item.draftId))]
  return ids.flatMap((draftId): Candidate[] => {
    let title = draftId
    let targets: PlatformId[]
    try {
      const draft = deps.drafts.get(draftId)
      title = draft.title
      targets = draftTargets(draft.content)
    } catch (error) {
      return [{ draftId, title, error: apiError(error, 'submit.planMany') }]
    }
    // Every target: one Kaitong cannot send to says so in the plan (submit.platform_unsupported).
    const platforms = targets.filter(
      (platform) =>
        (!request.platforms || request.platforms.includes(platform)) &&
        (!request.allReady ||
          exported.some((item) => item.draftId === draftId && item.platform === platform))
    )
    return platforms.map((platform) => ({ draftId, title, platform }))
  })
}

/**
 * The bulk dry run: for each draft and platform, what would go (steps, merchant) or why it
 * cannot (not exported, changed since, precheck errors, already sent). Nothing is sent.
 */
export async function planMany(
  deps: BulkSubmitDeps,
  request: BulkSubmitRequest
): Promise<BulkSubmitPlan> {
  const items: PlanItem[] = []
  let environment: 'sandbox' | 'production' | undefined
  await deps.ledger?.bring()
  for (const candidate of candidates(deps, request)) {
    if ('error' in candidate) {
      items.push({ draftId: candidate.draftId, title: candidate.title, problem: candidate.error })
      continue
    }
    const { draftId, title, platform } = candidate
    try {
      const preview = await deps.submit.preview(draftId, platform, request.profile)
      environment = preview.environment
      items.push({
        draftId,
        title,
        platform,
        merchant: preview.merchant,
        steps: preview.steps.filter((step) => !step.done).length
      })
    } catch (error) {
      items.push({ draftId, title, platform, problem: apiError(error, 'submit.planMany') })
    }
  }
  const ready = items.filter((item) => !item.problem)
  return {
    profile: request.profile,
    ...(environment ? { environment } : {}),
    ready: ready.length,
    // Only Alipay has a sandbox: a send anywhere else is a real application.
    production:
      environment === 'production' ||
      ready.some((item) => item.platform !== undefined && !hasSandbox(item.platform)),
    items
  }
}

/**
 * Sends every ready application of the plan, `concurrency` at a time, as one job: each is
 * the same resumable run as a single send (a finished step is never sent again), and one
 * failing does not stop the others. Canceling stops before the next application.
 */
export async function sendMany(
  deps: BulkSubmitDeps,
  request: BulkSubmitRequest,
  plan: BulkSubmitPlan,
  job: JobContext
): Promise<BulkSubmitReport> {
  const started = Date.now()
  const ready = plan.items.filter(
    (item): item is PlanItem & { platform: PlatformId } => !item.problem && !!item.platform
  )
  const items: ReportItem[] = plan.items
    .filter((item) => item.problem)
    .map((item) => ({
      draftId: item.draftId,
      title: item.title,
      ...(item.platform ? { platform: item.platform } : {}),
      outcome: 'skipped' as const,
      ...(item.problem ? { reason: item.problem } : {})
    }))
  let done = 0
  let skippedLate = 0
  job.progress(0, ready.length)
  const queue = [...ready]
  const lane = async () => {
    for (let item = queue.shift(); item && !job.signal.aborted; item = queue.shift()) {
      const base = { draftId: item.draftId, title: item.title, platform: item.platform }
      try {
        const submission = await deps.submit.send({
          draftId: item.draftId,
          platform: item.platform,
          profile: request.profile,
          cancelled: () => job.signal.aborted
        })
        items.push({
          ...base,
          outcome: submission.lifecycle === 'rejected' ? 'rejected' : 'sent',
          lifecycle: submission.lifecycle,
          ...(submission.reasons[0]
            ? {
                reason: { code: 'submit.rejected', params: { reason: submission.reasons[0].text } }
              }
            : {})
        })
      } catch (error) {
        // A colleague sent it (or is sending it) since the plan: not ours to send, not a failure.
        const colleague = error instanceof KaitongError && COLLEAGUE_SENDS.includes(error.code)
        items.push({
          ...base,
          outcome: colleague ? 'skipped' : 'failed',
          reason: apiError(error, 'submit.sendMany')
        })
        if (colleague) skippedLate++
      }
      job.progress(++done, ready.length, item.title)
    }
  }
  const lanes = Math.min(Math.max(1, request.concurrency ?? DEFAULT_CONCURRENCY), MAX_CONCURRENCY)
  await Promise.all(Array.from({ length: lanes }, lane))
  const order = new Map(
    plan.items.map((item, index) => [`${item.draftId}:${item.platform}`, index])
  )
  // What was tried first (sent, refused, not finished), then what never went; each in plan order.
  const tried = (item: ReportItem) => (item.outcome === 'skipped' ? 1 : 0)
  items.sort(
    (a, b) =>
      tried(a) - tried(b) ||
      (order.get(`${a.draftId}:${a.platform}`) ?? 0) -
        (order.get(`${b.draftId}:${b.platform}`) ?? 0)
  )
  const count = (outcome: ReportItem['outcome']) =>
    items.filter((item) => item.outcome === outcome).length
  return {
    sent: count('sent'),
    rejected: count('rejected'),
    failed: count('failed'),
    skipped: count('skipped'),
    notSent: ready.length - skippedLate - items.filter((item) => item.outcome !== 'skipped').length,
    canceled: job.signal.aborted,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    items
  }
}
