import { onMounted, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import type { RouteLocationRaw } from 'vue-router'
import type { MethodOutput } from '../../src-main/api/contract'
import type { ApiError } from '../../src-main/api/result'
import type { Issue, Lang } from '../../src-main/domain/issue'
import { MERCHANT_PATH_PREFIX, sectionOfPath } from '../../src-main/domain/merchant-fields'
import type { PlatformId } from '../../src-main/platforms/adapter'
import { formatMessage } from '../../src-main/platforms/messages'
import { useApi } from '../api/client'
import { useDraftEditorStore } from '../stores/draft-editor'
import { listingFieldOf, listingSectionOf } from './use-listing-form'
import { useMessages } from './use-messages'

/**
 * The Review and Export steps' view of `review.draft`: each target platform's state, and
 * where in the wizard each finding is fixed (a route the owning step opens at the field).
 */

export type PlatformReview = MethodOutput<'review.draft'>[number]

/** The one word a platform gets: errors block export, then what is still due, then warnings. */
export type ReviewState = 'errors' | 'due' | 'warnings' | 'ready'

export interface ReviewStatus {
  state: ReviewState
  errors: number
  warnings: number
  /** Requirements not met yet. */
  due: number
  met: number
  total: number
}

export function reviewStatus(review: PlatformReview): ReviewStatus {
  const errors = review.issues.filter((found) => found.severity === 'error').length
  const warnings = review.issues.length - errors
  const met = review.requirements.filter((requirement) => requirement.met).length
  const total = review.requirements.length
  const due = total - met
  const state: ReviewState =
    errors > 0 ? 'errors' : due > 0 ? 'due' : warnings > 0 ? 'warnings' : 'ready'
  return { state, errors, warnings, due, met, total }
}

/** Nothing blocks export and nothing is missing (warnings allowed). */
export function isReady(status: ReviewStatus): boolean {
  return status.state === 'ready' || status.state === 'warnings'
}

/** The step that owns a field, and the sub-step (`?section=`) it sits in when there are any. */
export interface FieldPlace {
  step: 'merchant' | 'payment' | 'listing'
  section: string | null
}

export function fieldPlace(path: string): FieldPlace | null {
  if (path.startsWith(MERCHANT_PATH_PREFIX)) {
    return { step: 'merchant', section: sectionOfPath(path) }
  }
  if (path.startsWith('payment.')) return { step: 'payment', section: null }
  if (path.startsWith('listing.')) return { step: 'listing', section: listingSectionOf(path) }
  return null
}

/** The step's route opened at the field (`?field=` lets the step focus it). */
export function fieldRoute(draftId: string, path: string): RouteLocationRaw | null {
  const place = fieldPlace(path)
  if (!place) return null
  return {
    name: `step-${place.step}`,
    params: { id: draftId },
    query: place.section ? { section: place.section, field: path } : { field: path }
  }
}

/** "Merchant profile › Subject and licence": where a link takes the user. */
export function useFieldPlaceText() {
  const { t } = useI18n()
  return (path: string): string | null => {
    const place = fieldPlace(path)
    if (!place) return null
    const step = t(`step.${place.step}.title`)
    return place.section
      ? t('review.place', { step, section: t(`${place.step}.sections.${place.section}`) })
      : step
  }
}

/**
 * Merchant fields drawn by a shared widget (validity dates, identity documents) or named
 * apart from their path: the label key by the path's last part, or its last two parts
 * where the last part alone is ambiguous.
 */
const MERCHANT_WIDGET_LABELS: Readonly<Record<string, string>> = {
  validFrom: 'merchant.validity.from',
  validTo: 'merchant.validity.to',
  idDocType: 'merchant.identity.docType',
  name: 'merchant.identity.name',
  idNumber: 'merchant.identity.number',
  frontPhoto: 'merchant.identity.front.other',
  backPhoto: 'merchant.identity.back.other',
  address: 'merchant.identity.address',
  isBeneficialOwner: 'merchant.legalRep.isOwner',
  licencePhotos: 'merchant.finance.photos',
  'legalRep.authorizationLetter': 'merchant.legalRep.letter',
  'contact.authorizationLetter': 'merchant.contact.letter',
  'store.regionCode': 'merchant.business.store.region',
  'store.entrancePhoto': 'merchant.business.store.entrance',
  'store.interiorPhoto': 'merchant.business.store.interior',
  'settlement.regionCode': 'merchant.settlement.region'
}

/**
 * A field's name, for findings whose message does not say which field ("此项必填"): the
 * platform's own requirement label for that path, else the listing's field name, else the
 * owning step's label where its text keys follow the draft path (`merchant.licence.photo`),
 * else the label of the merchant widget that draws it.
 */
export function useFieldLabel() {
  const i18n = useI18n()
  const { t, locale } = i18n
  const text = (key: string | undefined): string | null =>
    key !== undefined && typeof i18n.tm(key) === 'string' ? t(key) : null
  return (path: string, review?: PlatformReview): string | null => {
    const requirement = review?.requirements.find((item) => item.path === path)
    if (requirement) return formatMessage(`requirement.${requirement.id}`, locale.value as Lang)
    const listingField = listingFieldOf(path)
    if (listingField) return t(`listing.fieldNames.${listingField}`)
    const parts = path.split('.').filter((part) => !/^\d+$/.test(part))
    const own = text(parts.join('.'))
    if (own || !path.startsWith(MERCHANT_PATH_PREFIX)) return own
    const [parent, leaf] = parts.slice(-2)
    return text(MERCHANT_WIDGET_LABELS[`${parent}.${leaf}`] ?? MERCHANT_WIDGET_LABELS[leaf ?? ''])
  }
}

/** A message that names no field: it reads "<field>: <message>" when the field is known. */
export function isGenericRequired(code: string | undefined): boolean {
  return code?.endsWith('.required') === true
}

/** A finding as a list shows it: with its field's name, or standing for several alike. */
export interface FindingItem {
  key: string
  issue: Issue
  field: string | null
  /** Findings this item stands for: "required" ones without a field name in one place merge. */
  count: number
}

/**
 * Findings for a list, in order. A "this is required" finding whose field has no name is
 * merged with the others alike in the same sub-step ("6 required"), one link for all.
 */
export function findingItems(
  issues: readonly Issue[],
  label: (path: string) => string | null
): FindingItem[] {
  const items: FindingItem[] = []
  const merged = new Map<string, FindingItem>()
  issues.forEach((found, index) => {
    const field = label(found.path)
    if (field || !isGenericRequired(found.code)) {
      items.push({ key: `${index}`, issue: found, field, count: 1 })
      return
    }
    const place = fieldPlace(found.path)
    const key = `${found.code}|${place?.step ?? ''}|${place?.section ?? ''}`
    const existing = merged.get(key)
    if (existing) {
      existing.count += 1
      return
    }
    const item = { key, issue: found, field, count: 1 }
    merged.set(key, item)
    items.push(item)
  })
  return items
}

/** What a list item says: the finding's message, or how many required fields it stands for. */
export function useFindingText() {
  const { t } = useI18n()
  const { issueText } = useMessages()
  return (item: FindingItem): string =>
    item.count > 1 ? t('review.required', { count: item.count }) : issueText(item.issue)
}

/**
 * The open draft's review, run on entering the step and again whenever the draft's
 * revision moves. Pending edits are saved first: the review reads the saved draft.
 */
export function useDraftReview() {
  const api = useApi()
  const editor = useDraftEditorStore()
  const reviews = ref<PlatformReview[] | null>(null)
  const checking = ref(false)
  const error = ref<ApiError | null>(null)
  const checkedAt = ref<Date | null>(null)
  // Only the latest call may write its answer (an edit can start a new one mid-flight).
  let latest = 0

  async function refresh(): Promise<void> {
    const id = editor.draft?.id
    if (!id) return
    const ticket = ++latest
    checking.value = true
    const saved = await editor.save()
    const result = saved ? await api['review.draft']({ id }) : null
    if (ticket !== latest) return
    checking.value = false
    if (!result) {
      error.value = editor.saveError
      return
    }
    if (!result.ok) {
      error.value = result.error
      return
    }
    error.value = null
    reviews.value = result.value
    checkedAt.value = new Date()
  }

  watch(
    () => editor.draft?.revision,
    (revision, previous) => {
      if (previous !== undefined && revision !== previous) void refresh()
    }
  )
  onMounted(() => void refresh())

  function reviewOf(platform: PlatformId): PlatformReview | undefined {
    return reviews.value?.find((review) => review.platform === platform)
  }

  return { reviews, checking, error, checkedAt, refresh, reviewOf }
}
