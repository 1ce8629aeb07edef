import QRCode from 'qrcode'
import { z } from 'zod'
import type { Issue } from '../../domain/issue'
import { matchesBoardFilter, type StatusReading } from '../../domain/ledger'
import {
  limitIssues,
  monthStart,
  windowDeadlines,
  type AttemptFacts,
  type AuditQuotaFacts
} from '../../domain/ledger-limits'
import { ledgerIssues } from '../../domain/ledger-rules'
import { localCalendarDate } from '../../domain/local-date'
import type { PlatformId } from '../../platforms/adapter'
import { readStatusAnswer, UnrecognisedAnswer } from '../../platforms/status'
import { AUDIT_QUOTA_PLATFORMS, LEDGER_WINDOWS, renameQuota } from '../../platforms/status/limits'
import { AUDIT_QUOTA_REFUSED, readWechatAuditQuota } from '../../platforms/status/wechat-mp'
import { wechatBusinessCode } from '../../platforms/wechat-pay'
import { applyBusinessCodeRule, businessCodeChoice } from '../../platforms/wechat-pay-resubmission'
import type { DraftsRepo } from '../../store/drafts'
import type { LedgerShare } from '../../store/ledger-share'
import type { DraftsPort } from '../../store/port'
import type { SettingsRepo } from '../../store/settings'
import type { AttemptTimes, Submission, SubmissionsRepo } from '../../store/submissions'
import type { MethodOutput } from '../contract'
import { KaitongError } from '../result'
import type { Handlers } from '../router'

export interface SubmissionsDeps {
  drafts: DraftsRepo
  submissions: SubmissionsRepo
  /** Where the platforms' quota answers are kept (the settings table). */
  ledgerSettings?: SettingsRepo
  /** On a team store: colleagues' attempts in, this operator's out. */
  ledger?: LedgerShare
  /** The store chosen in Settings: the business-code choice is saved through it. */
  store: () => DraftsPort
  now?: () => Date
}

/** What the ledger's rules read (the Review and the board), the local ledger only. */
type LedgerReads = Omit<SubmissionsDeps, 'ledger' | 'store'>

/** A platform's quota answer as kept in the settings table. */
const QuotaCheck = z.object({ limit: z.number(), rest: z.number(), at: z.string() })
const quotaKey = (platform: PlatformId) => `ledger.auditQuota.${platform}`

/** The month's audit quota of a platform as the ledger knows it. */
function auditQuotaFacts(deps: LedgerReads, platform: PlatformId, now: Date): AuditQuotaFacts {
  const checked = QuotaCheck.safeParse(deps.ledgerSettings?.get(quotaKey(platform)))
  const refusedAt = deps.submissions.lastStateAt(platform, AUDIT_QUOTA_REFUSED)
  return {
    sentThisMonth: deps.submissions.sentSince(platform, monthStart(now).toISOString()),
    ...(checked.success
      ? {
          checked: {
            ...checked.data,
            sentSince: deps.submissions.sentSince(platform, checked.data.at)
          }
        }
      : {}),
    ...(refusedAt ? { refusedAt } : {})
  }
}

function auditQuotaView(deps: LedgerReads, platform: PlatformId, now: Date) {
  const facts = auditQuotaFacts(deps, platform, now)
  const start = monthStart(now).toISOString()
  const checked = facts.checked && facts.checked.at >= start ? facts.checked : undefined
  return {
    platform,
    month: localCalendarDate(now).slice(0, 7),
    sent: facts.sentThisMonth,
    ...(checked
      ? {
          limit: checked.limit,
          rest: Math.max(checked.rest - checked.sentSince, 0),
          checkedAt: checked.at
        }
      : {}),
    // A refusal stands until a later quota answer says what is left.
    ...(facts.refusedAt && facts.refusedAt >= start && facts.refusedAt > (checked?.at ?? '')
      ? { refusedAt: facts.refusedAt }
      : {})
  }
}

/** The attempts' facts for the limit rules; names only where a rename quota counts them. */
function attemptFacts(
  deps: LedgerReads,
  times: readonly AttemptTimes[],
  withNames: boolean
): AttemptFacts[] {
  return times.map((found) => {
    let name: string | undefined
    if (withNames && found.sentAt) {
      try {
        name = deps.drafts.revision(found.draftId, found.revision).content.listing.name.trim()
      } catch {
        // The revision was purged: the name is unknown, and the rule counts it as a change.
      }
    }
    return {
      attempt: found.attempt,
      lifecycle: found.lifecycle,
      ...(found.sentAt ? { sentAt: found.sentAt } : {}),
      ...(found.uploadedAt ? { uploadedAt: found.uploadedAt } : {}),
      ...(name !== undefined ? { name } : {})
    }
  })
}

type View = MethodOutput<'submissions.forDraft'>[number]

/** The merchant scans sign and confirm links with WeChat or Alipay: a QR code each. */
export async function withCodes(submission: Submission): Promise<Omit<View, 'events'>> {
  const links = await Promise.all(
    submission.links.map(async (link) => ({
      ...link,
      qrSvg: await QRCode.toString(link.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
    }))
  )
  return {
    id: submission.id,
    draftId: submission.draftId,
    draftTitle: submission.draftTitle,
    platform: submission.platform,
    attempt: submission.attempt,
    revision: submission.revision,
    bundleSha256: submission.bundleSha256,
    ids: submission.ids,
    platformState: submission.platformState,
    lifecycle: submission.lifecycle,
    action: submission.action,
    reasons: submission.reasons,
    links,
    createdAt: submission.createdAt,
    updatedAt: submission.updatedAt,
    ...(submission.author ? { author: submission.author } : {})
  }
}

/** The ledger's own rules for one platform of one draft, for the Review. */
export function ledgerIssuesFor(
  deps: LedgerReads,
  draftId: string,
  platform: PlatformId,
  licenceCode: string
): Issue[] {
  const at = (deps.now ?? (() => new Date()))()
  const latest = deps.submissions.latestOf(draftId, platform)
  const elsewhere = deps.submissions.sameLicenceElsewhere(licenceCode, platform, draftId)
  const quota = renameQuota(platform)
  const name = quota ? deps.drafts.get(draftId).content.listing.name : ''
  return [
    ...ledgerIssues(
      {
        ...(latest ? { latest } : {}),
        sameLicenceDrafts: elsewhere.map((found) => found.draftTitle)
      },
      at
    ),
    ...limitIssues(
      {
        attempts: attemptFacts(deps, deps.submissions.times(draftId, platform), !!quota),
        name,
        ...(quota ? { renameQuota: quota } : {}),
        ...(AUDIT_QUOTA_PLATFORMS.includes(platform)
          ? { auditQuota: auditQuotaFacts(deps, platform, at) }
          : {}),
        windows: LEDGER_WINDOWS[platform] ?? {}
      },
      at
    )
  ]
}

/** Each draft × platform's window deadlines (ISO), keyed by its latest attempt's id: for the board. */
function boardDeadlines(deps: LedgerReads): Map<number, string[]> {
  const groups = new Map<string, AttemptTimes[]>()
  for (const found of deps.submissions.allTimes()) {
    const key = `${found.draftId}\u0000${found.platform}`
    groups.set(key, [...(groups.get(key) ?? []), found])
  }
  const deadlines = new Map<number, string[]>()
  for (const times of groups.values()) {
    const windows = LEDGER_WINDOWS[times[0]!.platform]
    if (!windows) continue
    const dates = windowDeadlines(attemptFacts(deps, times, false), windows)
    if (dates.length > 0) {
      deadlines.set(
        times.at(-1)!.id,
        dates.map((found) => found.deadline.toISOString())
      )
    }
  }
  return deadlines
}

/** The rejected WeChat Pay attempt a business_code choice is about, if one is open. */
function rejectedWechatPay(deps: LedgerReads, draftId: string): Submission | undefined {
  const attempts = deps.submissions
    .listForDraft(draftId)
    .filter((found) => found.platform === 'wechat-pay')
  const [latest, before] = attempts
  if (latest?.lifecycle === 'rejected') return latest
  // Exported again but not sent: the choice still decides what that bundle should carry.
  if (latest?.lifecycle === 'exported' && before?.lifecycle === 'rejected') return before
  return undefined
}

/** The code the rejected application went out under: the platform's word, else its bundle's. */
function rejectedCode(deps: LedgerReads, rejected: Submission): string {
  if (rejected.ids.businessCode) return rejected.ids.businessCode
  let content = deps.drafts.get(rejected.draftId).content
  try {
    content = deps.drafts.revision(rejected.draftId, rejected.revision).content
  } catch {
    // Purged history: the draft's current code is the best remaining guess.
  }
  return wechatBusinessCode(content, content.payment.wechat.attempt)
}

export function createSubmissionHandlers(deps: SubmissionsDeps) {
  const now = deps.now ?? (() => new Date())

  async function view(submission: Submission): Promise<View> {
    return { ...(await withCodes(submission)), events: deps.submissions.events(submission.id) }
  }

  function apply(draftId: string, platform: PlatformId, reading: StatusReading, raw: string) {
    const revision = deps.drafts.get(draftId).revision
    const source = raw ? ('import' as const) : ('manual' as const)
    return deps.submissions.apply(
      { draftId, platform, revision },
      reading,
      source,
      now().toISOString(),
      raw
    )
  }

  return {
    'submissions.forDraft': async ({ id }) => {
      deps.drafts.get(id)
      await deps.ledger?.bring(id)
      return Promise.all(deps.submissions.listForDraft(id).map(view))
    },
    'submissions.board': async ({ filter, platform, sort, limit, offset }) => {
      const at = now()
      await deps.ledger?.bring()
      const latest = deps.submissions.latestEverywhere()
      const deadlines =
        filter === 'expiringSoon' ? boardDeadlines(deps) : new Map<number, string[]>()
      const counts: Record<string, Record<string, number>> = {}
      for (const item of latest) {
        const byLifecycle = (counts[item.platform] ??= {})
        byLifecycle[item.lifecycle] = (byLifecycle[item.lifecycle] ?? 0) + 1
      }
      const chosen = latest
        .filter((item) => !platform || item.platform === platform)
        .filter((item) =>
          matchesBoardFilter({ ...item, deadlines: deadlines.get(item.id) ?? [] }, filter, at)
        )
        .sort((a, b) =>
          sort === 'oldest'
            ? a.createdAt.localeCompare(b.createdAt)
            : b.createdAt.localeCompare(a.createdAt)
        )
      const rows = await Promise.all(chosen.slice(offset, offset + limit).map(withCodes))
      return { total: chosen.length, rows, counts }
    },
    'submissions.mark': async ({ draftId, platform, lifecycle, ids }) => {
      const reading: StatusReading = {
        platformState: '',
        lifecycle,
        ids: ids ?? {},
        reasons: [],
        links: []
      }
      const marked = apply(draftId, platform, reading, '')
      await deps.ledger?.publish(draftId)
      return view(marked)
    },
    'submissions.importAnswer': async ({ draftId, platform, answer }) => {
      let parsed: unknown
      try {
        parsed = JSON.parse(answer)
      } catch {
        throw new KaitongError('ledger.answer_not_json')
      }
      let reading: StatusReading
      try {
        reading = readStatusAnswer(platform, parsed, now())
      } catch (error) {
        if (error instanceof UnrecognisedAnswer) {
          throw new KaitongError('ledger.unrecognised_answer', { platform })
        }
        throw error
      }
      const imported = apply(draftId, platform, reading, answer)
      await deps.ledger?.publish(draftId)
      return view(imported)
    },
    'submissions.businessCode': async ({ draftId }) => {
      // A colleague's send may be the rejected one.
      await deps.ledger?.bring(draftId)
      const draft = deps.drafts.get(draftId)
      const rejected = rejectedWechatPay(deps, draftId)
      if (!rejected) return null
      const choice = businessCodeChoice(draft.content, rejectedCode(deps, rejected))
      return { ...choice, attempt: rejected.attempt }
    },
    'submissions.chooseBusinessCode': async ({ draftId, rule }) => {
      await deps.ledger?.bring(draftId)
      const draft = deps.drafts.get(draftId)
      const rejected = rejectedWechatPay(deps, draftId)
      if (!rejected) throw new KaitongError('ledger.no_rejection', { platform: 'wechat-pay' })
      const code = rejectedCode(deps, rejected)
      const wechat = applyBusinessCodeRule(draft.content, code, rule)
      if (!wechat) throw new KaitongError('ledger.same_code_unavailable', { code })
      const content = { ...draft.content, payment: { ...draft.content.payment, wechat } }
      // The ledger keeps the rejected code, so later choices go back to the same one; the
      // choice is a revision of its own in the draft's history.
      deps.submissions.rememberIds(rejected.id, { businessCode: code })
      deps.drafts.checkpoint(draftId)
      // On a team store the choice is a revision there, with its author, for colleagues to see.
      await deps.store().save(draftId, { content, checkpoint: true })
      await deps.ledger?.publish(draftId)
      const saved = deps.drafts.get(draftId)
      return {
        choice: { ...businessCodeChoice(saved.content, code), attempt: rejected.attempt },
        draft: saved
      }
    },
    'submissions.auditQuotas': () =>
      AUDIT_QUOTA_PLATFORMS.map((platform) => auditQuotaView(deps, platform, now())),
    'submissions.importQuota': ({ platform, answer }) => {
      if (!AUDIT_QUOTA_PLATFORMS.includes(platform)) {
        throw new KaitongError('ledger.no_audit_quota', { platform })
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(answer)
      } catch {
        throw new KaitongError('ledger.answer_not_json')
      }
      let quota: { limit: number; rest: number }
      try {
        quota = readWechatAuditQuota(parsed)
      } catch (error) {
        if (error instanceof UnrecognisedAnswer) {
          throw new KaitongError('ledger.unrecognised_quota', { platform })
        }
        throw error
      }
      if (!deps.ledgerSettings) throw new Error('no settings table for quota answers')
      deps.ledgerSettings.set(quotaKey(platform), { ...quota, at: now().toISOString() })
      return auditQuotaView(deps, platform, now())
    }
  } satisfies Partial<Handlers>
}
