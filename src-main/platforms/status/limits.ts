import type { RenameQuota, WindowRules } from '../../domain/ledger-limits'
import type { PlatformId } from '../adapter'
import { quotasFor } from '../quotas'
import { LISTING_PLATFORMS } from '../../domain/listing'

/**
 * Dated windows per platform (../../../../shared/platforms): Alipay releases a mini program's
 * name when no version is approved within 30 days of its submission (miniprogram-listing.md
 * §2.4, failure-modes.md row 37); WeChat's temporary and audit media ids live 3 days
 * (miniprogram-listing.md §1.5, §1.10; failure-modes.md row 13).
 */
export const LEDGER_WINDOWS: Partial<Record<PlatformId, WindowRules>> = {
  'alipay-mp': { nameReservationDays: 30 },
  'wechat-mp': { mediaValidityDays: 3 }
}

/**
 * Platforms whose audit submissions draw on a monthly quota the platform reports: WeChat's
 * `wxa/queryquota` (limit and rest for the month, shared by every mini program of the
 * third-party platform; 85085 once it is used up).
 */
export const AUDIT_QUOTA_PLATFORMS: readonly PlatformId[] = ['wechat-mp']

/** The name's quota from the listing quota table, when it is a number the ledger can count. */
export function renameQuota(platform: PlatformId): RenameQuota | undefined {
  const listing = LISTING_PLATFORMS.find((id) => id === platform)
  const quota = listing && quotasFor(listing, 'listing.name')[0]
  if (!quota || typeof quota.limit !== 'number') return undefined
  if (quota.period !== 'natural-year' && quota.period !== 'after-launch') return undefined
  return { limit: quota.limit, period: quota.period }
}
