import { z } from 'zod'
import { Listing } from './listing'
import { MerchantProfile } from './merchant-profile'
import { PaymentSetup } from './payment-setup'
import { normalizeMerchantProfile, removeControlsDeep } from './text'

/**
 * Everything a merchant case holds. Areas are separate objects so later steps (payment,
 * listing) add fields without moving existing ones; `prefault({})` keeps old drafts valid.
 */
export const DraftContent = z.object({
  merchant: MerchantProfile.prefault({}),
  payment: PaymentSetup.prefault({}),
  listing: Listing.prefault({})
})
export type DraftContent = z.output<typeof DraftContent>
export type DraftContentInput = z.input<typeof DraftContent>

export function emptyDraftContent(): DraftContent {
  return DraftContent.parse({})
}

export const DraftTitle = z.string().trim().min(1).max(120)

/** Stable JSON of the content: keys sorted, so equal content gives equal bytes and hashes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, current: unknown) => {
    if (current && typeof current === 'object' && !Array.isArray(current)) {
      const source = current as Record<string, unknown>
      return Object.fromEntries(
        Object.keys(source)
          .sort()
          .map((key) => [key, source[key]])
      )
    }
    return current
  })
}

/**
 * What is stored: no control characters anywhere, and the profile's typed text normalised
 * (full-width → half-width, trimmed, codes upper-cased), so every reader (adapters, bundles,
 * exports, a terminal) sees one form.
 */
export function normalizeDraftContent(content: DraftContent): DraftContent {
  const clean = removeControlsDeep(content)
  return { ...clean, merchant: normalizeMerchantProfile(clean.merchant) }
}
