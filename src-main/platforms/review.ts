import { DraftContent } from '../domain/draft'
import { lengthIssues } from '../domain/field-limits'
import type { Issue } from '../domain/issue'
import { validateMerchant } from '../domain/merchant-rules'
import type { PlatformId, Requirement } from './adapter'
import {
  precheckListing,
  type ImageInfoBySha,
  type ListingAdapter,
  type RuleOverrides
} from './precheck'
import { ADAPTERS } from './registry'

/** One platform's verdict on a draft: what blocks export, what to fix, what is still due. */
export interface PlatformReview {
  platform: PlatformId
  kind: 'payment' | 'listing'
  issues: Issue[]
  requirements: Requirement[]
}

export interface ReviewOptions {
  /** Local date `YYYY-MM-DD` (validity and expiry rules). */
  today: string
  /** Image metadata by original sha256, for the image rules. */
  images?: ImageInfoBySha
  /** Per-rule level changes from settings. */
  overrides?: RuleOverrides
}

/** A listing reads only the subject, licence and contact of the merchant profile. */
const LISTING_MERCHANT_PATHS = ['merchant.subjectType', 'merchant.licence', 'merchant.contact']

function isListingAdapter(adapter: (typeof ADAPTERS)[PlatformId]): adapter is ListingAdapter {
  return adapter.kind === 'listing' && 'rules' in adapter
}

/** The platforms this draft is for: the provider to add and the ticked listing targets. */
export function draftTargets(content: DraftContent): PlatformId[] {
  const payment = content.payment.addProvider ? [content.payment.addProvider] : []
  return [...payment, ...content.listing.targets]
}

/**
 * The same precheck the Review step, the CLI and the bundle writer use: the merchant
 * profile's rules that matter to the platform, then the platform's own.
 */
export function reviewPlatform(
  platform: PlatformId,
  content: DraftContent,
  options: ReviewOptions
): PlatformReview {
  const adapter = ADAPTERS[platform]
  const merchant = validateMerchant(content.merchant, options.today).filter(
    (found) =>
      adapter.kind === 'payment' ||
      LISTING_MERCHANT_PATHS.some((path) => found.path.startsWith(path))
  )
  const own = isListingAdapter(adapter)
    ? precheckListing(adapter, content, {
        ...(options.images ? { images: options.images } : {}),
        ...(options.overrides ? { overrides: options.overrides } : {})
      })
    : adapter.validate(content)
  // The area's own over-long values (the merchant's are in validateMerchant).
  const area = adapter.kind === 'payment' ? 'payment' : 'listing'
  const tooLong = lengthIssues(DraftContent.shape[area], content[area], area)
  return {
    platform,
    kind: adapter.kind,
    issues: [...merchant, ...tooLong, ...own],
    requirements: adapter.requirements(content)
  }
}
