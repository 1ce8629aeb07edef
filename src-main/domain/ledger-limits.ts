import { issue, type Issue } from './issue'
import { isInFlight, type Lifecycle } from './ledger'
import { localCalendarDate, localDateTime } from './local-date'

const DAY_MS = 86_400_000

/** One attempt of a draft on one platform, as the quota and window rules read the ledger. */
export interface AttemptFacts {
  attempt: number
  lifecycle: Lifecycle
  /** When it first left "exported": the platform received it. Absent = never sent. */
  sentAt?: string
  /** The listing name it carried; absent when no longer known (its revision was purged). */
  name?: string
  /** When the first temporary media id of its current bundle was obtained, if any was. */
  uploadedAt?: string
}

/** How often a listing's name may change, from the platform's quota table (platforms/quotas.ts). */
export interface RenameQuota {
  limit: number
  /** `natural-year`: resets on 1 January; `after-launch`: counted from the first approval. */
  period: 'natural-year' | 'after-launch'
}

/** The platform's monthly audit-submission quota, shared by all the agency's mini programs. */
export interface AuditQuotaFacts {
  /** Attempts sent on the platform this month, by every draft. */
  sentThisMonth: number
  /** The platform's own count, when its quota query answer was imported. */
  checked?: { limit: number; rest: number; at: string; sentSince: number }
  /** The last time the platform refused a submission for the quota (WeChat 85085). */
  refusedAt?: string
}

/** Days a window stays open on each platform, from the platform facts (platforms/windows.ts). */
export interface WindowRules {
  /** Days a name stays reserved after a submission that is not approved (Alipay: 30). */
  nameReservationDays?: number
  /** Days a temporary media id stays valid (WeChat: 3). */
  mediaValidityDays?: number
}

export interface LimitFacts {
  attempts: readonly AttemptFacts[]
  /** The name the draft would send now. */
  name: string
  renameQuota?: RenameQuota
  auditQuota?: AuditQuotaFacts
  windows: WindowRules
}

/** Midnight of the first day of now's month / year, on this machine's calendar. */
export function monthStart(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), 1)
}

function yearStart(now: Date): Date {
  return new Date(now.getFullYear(), 0, 1)
}

function plusDays(at: string, days: number): Date {
  return new Date(Date.parse(at) + days * DAY_MS)
}

function daysLeft(deadline: Date, now: Date): number {
  return Math.floor((deadline.getTime() - now.getTime()) / DAY_MS)
}

/** Sent attempts, oldest first. */
function sent(attempts: readonly AttemptFacts[]): AttemptFacts[] {
  return attempts.filter((found) => found.sentAt).sort((a, b) => a.attempt - b.attempt)
}

/**
 * Renames the ledger has seen since `from`: a sent attempt whose name differs from the one
 * sent before it. A name no longer known counts as a change (the stricter reading); the
 * first name ever sent is the name being set, not a rename.
 */
export function renamesSince(attempts: readonly AttemptFacts[], from: Date): number {
  let used = 0
  let previous: AttemptFacts | undefined
  for (const attempt of sent(attempts)) {
    const changed =
      previous !== undefined && (attempt.name === undefined || attempt.name !== previous.name)
    if (changed && Date.parse(attempt.sentAt!) >= from.getTime()) used += 1
    previous = attempt
  }
  return used
}

function renameIssues(facts: LimitFacts, now: Date): Issue[] {
  const quota = facts.renameQuota
  const last = sent(facts.attempts).at(-1)
  // Nothing to count until a name was sent, and nothing is used unless this one differs.
  if (!quota || !last || last.name === facts.name.trim()) return []
  if (quota.period === 'after-launch') {
    const launched = facts.attempts.some((found) => found.lifecycle === 'approved')
    return launched && quota.limit === 0
      ? [issue('ledger.rename_after_launch', 'listing.name', 'warning')]
      : []
  }
  const used = renamesSince(facts.attempts, yearStart(now))
  const next = `${now.getFullYear() + 1}-01-01`
  return [
    used >= quota.limit
      ? issue('ledger.rename_quota_used', 'listing.name', 'warning', {
          used,
          limit: quota.limit,
          date: next
        })
      : issue('ledger.rename_counts', 'listing.name', 'warning', {
          used: used + 1,
          limit: quota.limit
        })
  ]
}

function auditQuotaIssues(quota: AuditQuotaFacts, now: Date): Issue[] {
  const start = monthStart(now).getTime()
  const next = localCalendarDate(new Date(now.getFullYear(), now.getMonth() + 1, 1))
  const checkedAt = quota.checked ? Date.parse(quota.checked.at) : undefined
  const refusedAt = quota.refusedAt ? Date.parse(quota.refusedAt) : undefined
  // A refusal counts until a later quota answer says otherwise, within its month.
  if (refusedAt !== undefined && refusedAt >= start && (checkedAt ?? 0) < refusedAt) {
    return [
      issue('ledger.audit_quota_refused', '', 'warning', {
        date: localCalendarDate(new Date(refusedAt)),
        next
      })
    ]
  }
  if (quota.checked && checkedAt !== undefined && checkedAt >= start) {
    const rest = quota.checked.rest - quota.checked.sentSince
    if (rest <= 0) {
      return [
        issue('ledger.audit_quota_used', '', 'warning', {
          limit: quota.checked.limit,
          sent: quota.sentThisMonth,
          next
        })
      ]
    }
  }
  return []
}

export interface WindowDeadline {
  kind: 'nameReservation' | 'mediaValidity'
  deadline: Date
}

/**
 * The dated windows the ledger knows of a draft on one platform: a name reserved only until
 * a version is approved (from the first submission), and temporary media ids uploaded for an
 * application not yet submitted.
 */
export function windowDeadlines(
  attempts: readonly AttemptFacts[],
  windows: WindowRules
): WindowDeadline[] {
  const found: WindowDeadline[] = []
  const first = sent(attempts)[0]
  const approved = attempts.some((attempt) => attempt.lifecycle === 'approved')
  if (windows.nameReservationDays && first && !approved) {
    found.push({
      kind: 'nameReservation',
      deadline: plusDays(first.sentAt!, windows.nameReservationDays)
    })
  }
  const latest = [...attempts].sort((a, b) => b.attempt - a.attempt)[0]
  if (windows.mediaValidityDays && latest?.uploadedAt && latest.lifecycle === 'exported') {
    found.push({
      kind: 'mediaValidity',
      deadline: plusDays(latest.uploadedAt, windows.mediaValidityDays)
    })
  }
  return found
}

function windowIssues(facts: LimitFacts, now: Date): Issue[] {
  return windowDeadlines(facts.attempts, facts.windows).flatMap(({ kind, deadline }) => {
    if (kind === 'nameReservation') {
      const left = daysLeft(deadline, now)
      // Warned in the window's last third (Alipay's 30 days: from day 20).
      if (left > Math.ceil(facts.windows.nameReservationDays! / 3)) return []
      return [
        issue('ledger.name_reservation', 'listing.name', 'warning', {
          date: localCalendarDate(deadline),
          days: Math.max(left, 0)
        })
      ]
    }
    // Media ids live days, not weeks: an interrupted send is always worth a warning.
    const hours = Math.floor((deadline.getTime() - now.getTime()) / 3_600_000)
    return [
      issue(hours <= 0 ? 'ledger.media_expired' : 'ledger.media_expiring', '', 'warning', {
        date: localDateTime(deadline),
        hours: Math.max(hours, 0)
      })
    ]
  })
}

/**
 * Rules that read what the ledger has recorded against what each platform allows: renames
 * per year, the month's audit submissions, a name's reservation window and media ids that
 * expire before the application goes out. Warnings: the platform decides, the ledger only
 * counts what passed through Kaitong.
 */
export function limitIssues(facts: LimitFacts, now: Date): Issue[] {
  const latest = [...facts.attempts].sort((a, b) => b.attempt - a.attempt)[0]
  // The quotas matter for the next submission; one in flight already has its answer coming.
  const nextIsSubmission = !latest || !isInFlight(latest.lifecycle)
  return [
    ...(nextIsSubmission ? renameIssues(facts, now) : []),
    ...(nextIsSubmission && facts.auditQuota ? auditQuotaIssues(facts.auditQuota, now) : []),
    ...windowIssues(facts, now)
  ]
}
