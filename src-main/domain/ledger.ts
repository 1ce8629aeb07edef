import { z } from 'zod'

/**
 * The submission ledger's common language: whatever a platform calls its states, an attempt
 * moves through one lifecycle, so the board can filter and count across platforms.
 */
export const Lifecycle = z.enum([
  'exported',
  'submitted',
  'inReview',
  'actionNeeded',
  'approved',
  'rejected',
  'canceled'
])
export type Lifecycle = z.output<typeof Lifecycle>

/** What the merchant must do when an attempt waits on them. */
export const MerchantAction = z.enum(['sign', 'verifyAccount', 'confirm', 'supplyMaterial'])
export type MerchantAction = z.output<typeof MerchantAction>

/** Ended attempts: nothing more will happen to them; a new attempt starts after a rejection. */
export const FINAL_LIFECYCLES: readonly Lifecycle[] = ['approved', 'rejected', 'canceled']

/** Sent and not ended: a second application must not be sent while one is in flight. */
export function isInFlight(lifecycle: Lifecycle): boolean {
  return lifecycle === 'submitted' || lifecycle === 'inReview' || lifecycle === 'actionNeeded'
}

/** Identifiers the platforms hand back, by our own name. */
export const SubmissionIds = z.object({
  businessCode: z.string().max(128).optional(),
  applymentId: z.string().max(64).optional(),
  subMchid: z.string().max(64).optional(),
  orderId: z.string().max(64).optional(),
  batchNo: z.string().max(64).optional(),
  smid: z.string().max(64).optional(),
  appId: z.string().max(64).optional(),
  version: z.string().max(64).optional(),
  auditId: z.string().max(64).optional()
})
export type SubmissionIds = z.output<typeof SubmissionIds>

/** One reason a platform gave, with the draft field it names when one was recognised. */
export const RejectionReason = z.object({
  text: z.string().max(4000),
  /** The platform's own field name (`id_card_copy`) or display name, when it gave one. */
  platformField: z.string().max(128).optional(),
  /** The draft path the reason was matched to; absent = no field recognised. */
  path: z.string().max(256).optional()
})
export type RejectionReason = z.output<typeof RejectionReason>

/** A link the merchant must open in WeChat or Alipay (sign, verify, confirm). */
export const MerchantLink = z.object({
  action: MerchantAction,
  url: z.string().max(2048),
  /** ISO date-time after which the link no longer works, when the platform says so. */
  expiresAt: z.string().max(40).optional()
})
export type MerchantLink = z.output<typeof MerchantLink>

/** What reading one status answer tells: the same shape for every platform. */
export interface StatusReading {
  platformState: string
  lifecycle: Lifecycle
  action?: MerchantAction
  ids: SubmissionIds
  reasons: RejectionReason[]
  links: MerchantLink[]
  requestId?: string
}

/** What an attempt holds that a status answer can change. */
export type AttemptState = Pick<
  StatusReading,
  'platformState' | 'lifecycle' | 'ids' | 'reasons' | 'links'
> & { action: MerchantAction | null }

/** Whether an answer only repeats what the attempt already holds (a poll that found no change). */
export function repeatsState(current: AttemptState, reading: StatusReading): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
  return (
    current.lifecycle === reading.lifecycle &&
    current.platformState === reading.platformState &&
    current.action === (reading.action ?? null) &&
    Object.entries(reading.ids).every(([key, value]) =>
      same(current.ids[key as keyof SubmissionIds], value)
    ) &&
    same(current.reasons, reading.reasons) &&
    same(current.links, reading.links)
  )
}

/** The board's filters, each a question an operator asks of the whole portfolio. */
export const BoardFilter = z.enum([
  'all',
  'rejected',
  'waitingMerchant',
  'expiringSoon',
  'approved',
  'inFlight'
])
export type BoardFilter = z.output<typeof BoardFilter>

/** Days before a window lapses from which it shows as "expiring soon". */
export const EXPIRING_SOON_DAYS = 3

export interface BoardEntry {
  lifecycle: Lifecycle
  links: readonly MerchantLink[]
  /** Windows other than links (代签约 confirmation, name reservation), ISO date-times. */
  deadlines: readonly string[]
}

export function soonestDeadline(entry: BoardEntry): string | undefined {
  const all = [
    ...entry.links.map((link) => link.expiresAt).filter((at): at is string => !!at),
    ...entry.deadlines
  ]
  return all.sort()[0]
}

export function matchesBoardFilter(entry: BoardEntry, filter: BoardFilter, now: Date): boolean {
  switch (filter) {
    case 'all':
      return true
    case 'rejected':
      return entry.lifecycle === 'rejected'
    case 'approved':
      return entry.lifecycle === 'approved'
    case 'waitingMerchant':
      return entry.lifecycle === 'actionNeeded'
    case 'inFlight':
      return isInFlight(entry.lifecycle)
    case 'expiringSoon': {
      if (FINAL_LIFECYCLES.includes(entry.lifecycle)) return false
      const deadline = soonestDeadline(entry)
      if (!deadline) return false
      const left = Date.parse(deadline) - now.getTime()
      return left <= EXPIRING_SOON_DAYS * 86_400_000
    }
  }
}

/**
 * Which WeChat Pay business_code a resubmission after a rejection goes out under: the
 * rejected application's own (the API doc: it is corrected in place; the default) or a new
 * one (the FAQ's advice).
 */
export const BusinessCodeRule = z.enum(['sameCode', 'newCode'])
export type BusinessCodeRule = z.output<typeof BusinessCodeRule>
