import { issue, type Issue } from './issue'
import {
  EXPIRING_SOON_DAYS,
  isInFlight,
  type Lifecycle,
  type MerchantLink,
  type RejectionReason
} from './ledger'

/** What the precheck needs to know of a platform's latest attempt and its neighbours. */
export interface LedgerFacts {
  latest?: {
    attempt: number
    lifecycle: Lifecycle
    reasons: readonly RejectionReason[]
    links: readonly MerchantLink[]
  }
  /** Titles of other drafts with a live or approved attempt for the same licence here. */
  sameLicenceDrafts: readonly string[]
}

/**
 * Rules that read the ledger, beside the platform's own rules in the Review: an application
 * already in flight, the same licence applied for from another draft, a merchant link about
 * to lapse, and the last rejection's reasons on the fields they name.
 */
export function ledgerIssues(facts: LedgerFacts, now: Date): Issue[] {
  const found: Issue[] = []
  const latest = facts.latest
  if (latest && isInFlight(latest.lifecycle)) {
    found.push(issue('ledger.in_flight', '', 'warning', { attempt: latest.attempt }))
  }
  for (const title of facts.sameLicenceDrafts) {
    found.push(
      issue('ledger.duplicate_licence', 'merchant.licence.creditCode', 'warning', { title })
    )
  }
  for (const link of latest?.links ?? []) {
    if (!link.expiresAt) continue
    const daysLeft = Math.floor((Date.parse(link.expiresAt) - now.getTime()) / 86_400_000)
    if (daysLeft <= EXPIRING_SOON_DAYS) {
      found.push(
        issue('ledger.link_expiring', '', 'warning', {
          date: link.expiresAt.slice(0, 10),
          days: Math.max(daysLeft, 0)
        })
      )
    }
  }
  if (latest?.lifecycle === 'rejected') {
    for (const reason of latest.reasons) {
      found.push(
        issue(
          reason.path ? 'ledger.rejected_field' : 'ledger.rejected_unmatched',
          reason.path ?? '',
          'warning',
          {
            reason: reason.text
          }
        )
      )
    }
  }
  return found
}
