import { computed, inject, provide, type InjectionKey } from 'vue'
import type { DraftContent } from '../../src-main/domain/draft'
import type { Issue } from '../../src-main/domain/issue'
import { localCalendarDate } from '../../src-main/domain/local-date'
import {
  MERCHANT_SECTIONS,
  sectionOfPath,
  type MerchantSection
} from '../../src-main/domain/merchant-fields'
import { PaymentProviderId } from '../../src-main/domain/payment-setup'
import type { Requirement } from '../../src-main/platforms/adapter'
import { reviewPlatform } from '../../src-main/platforms/review'

/**
 * The Payment step's live precheck: the provider to add, reviewed with the same call the
 * CLI and the bundle writer make (merchant rules + the provider's own), its still-due list
 * grouped by where each item is fixed (StepPayment takes the user from an item to its field).
 */

/** Profile fields the Payment step edits as well: the sales scenes and the category codes. */
export const PAYMENT_STEP_MERCHANT_PATHS = [
  'merchant.business.salesScenes',
  'merchant.business.store',
  'merchant.business.website',
  'merchant.business.officialAccount',
  'merchant.business.miniProgram',
  'merchant.business.app',
  'merchant.business.industry'
] as const

function within(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`)
}

/** Where a field is fixed: here (the payment setup and the profile fields shown here) or a Merchant sub-step. */
export type FixPlace = { step: 'payment' } | { step: 'merchant'; section: MerchantSection }

export function fixPlace(path: string): FixPlace {
  const section = sectionOfPath(path)
  if (!section || PAYMENT_STEP_MERCHANT_PATHS.some((prefix) => within(path, prefix))) {
    return { step: 'payment' }
  }
  return { step: 'merchant', section }
}

export interface DueGroup {
  /** `payment`, or `merchant.<section>`. */
  key: string
  place: FixPlace
  /** The provider's unmet items. */
  items: Requirement[]
  /** Other empty fields the profile requires (no item names them): paths, in profile order. */
  others: string[]
}

const PROFILE_REQUIRED = 'merchant.required'

/** An unmet item covers every finding on its field or on a group holding it (`…industry`). */
function coveredBy(requirements: readonly Requirement[]): (path: string) => boolean {
  const due = requirements.filter((item) => !item.met).map((item) => item.path)
  return (path) => due.some((item) => within(item, path))
}

/**
 * What is still due, grouped by where it is fixed: this page first, then the Merchant
 * step's sub-steps in order. The profile's own empty required fields block the export too,
 * so those no item covers are counted in their group.
 */
export function groupDue(
  requirements: readonly Requirement[],
  issues: readonly Issue[]
): DueGroup[] {
  const covered = coveredBy(requirements)
  const groups = new Map<string, DueGroup>()
  const groupOf = (path: string): DueGroup => {
    const place = fixPlace(path)
    const key = place.step === 'payment' ? 'payment' : `merchant.${place.section}`
    const group = groups.get(key) ?? { key, place, items: [], others: [] }
    groups.set(key, group)
    return group
  }
  for (const item of requirements) if (!item.met) groupOf(item.path).items.push(item)
  for (const found of issues) {
    if (found.code === PROFILE_REQUIRED && !covered(found.path)) {
      groupOf(found.path).others.push(found.path)
    }
  }
  const order = ['payment', ...MERCHANT_SECTIONS.map((section) => `merchant.${section}`)]
  return order.flatMap((key) => groups.get(key) ?? [])
}

/**
 * Findings about values (not emptiness, which the groups hold), errors first as they block
 * the export. A finding on a field an unmet item names is left to that item.
 */
export function openIssues(
  issues: readonly Issue[],
  requirements: readonly Requirement[]
): Issue[] {
  const covered = coveredBy(requirements)
  return issues
    .filter((found) => found.code !== PROFILE_REQUIRED && !covered(found.path))
    .sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'))
}

/** Items and other empty required fields together: what stands between the draft and a bundle. */
export function dueTotal(groups: readonly DueGroup[]): number {
  return groups.reduce((sum, group) => sum + group.items.length + group.others.length, 0)
}

function isMissing(found: Issue): boolean {
  return found.code.endsWith('.required')
}

export function usePaymentReview(content: () => DraftContent, options: { today?: string } = {}) {
  const today = options.today ?? localCalendarDate(new Date())
  const platform = computed(() => content().payment.addProvider)
  const review = computed(() =>
    platform.value ? reviewPlatform(platform.value, content(), { today }) : null
  )
  const requirements = computed(() => review.value?.requirements ?? [])
  const groups = computed(() => groupDue(requirements.value, review.value?.issues ?? []))
  const dueCount = computed(() => dueTotal(groups.value))
  const issues = computed(() => openIssues(review.value?.issues ?? [], requirements.value))

  /** How much each provider still needs, counted as the panel counts it, to compare them. */
  const dueByProvider = computed(
    () =>
      Object.fromEntries(
        PaymentProviderId.options.map((provider) => {
          // The chosen provider's review is already there; only the other one is run again.
          if (provider === platform.value) return [provider, dueCount.value]
          const other = reviewPlatform(provider, content(), { today })
          return [provider, dueTotal(groupDue(other.requirements, other.issues))]
        })
      ) as Record<PaymentProviderId, number>
  )

  /** A field's own findings (a value that is wrong), not "still to fill in": the panel lists those. */
  function issuesAt(path: string): Issue[] {
    return (review.value?.issues ?? []).filter((found) => found.path === path && !isMissing(found))
  }

  /** The provider asks for this field (met or not). */
  function requires(path: string): boolean {
    return requirements.value.some((item) => item.path === path)
  }

  return {
    platform,
    requirements,
    groups,
    dueCount,
    issues,
    dueByProvider,
    issuesAt,
    requires
  }
}

export type PaymentReview = ReturnType<typeof usePaymentReview>

const PAYMENT_REVIEW: InjectionKey<PaymentReview> = Symbol('payment-review')

export function providePaymentReview(review: PaymentReview): void {
  provide(PAYMENT_REVIEW, review)
}

/** The Payment step's review, for the fields and panels inside it. */
export function usePaymentReviewOf(): PaymentReview {
  const review = inject(PAYMENT_REVIEW)
  if (!review) throw new Error('usePaymentReviewOf() outside the Payment step')
  return review
}
