import { computed, inject, provide, type InjectionKey } from 'vue'
import { useI18n } from 'vue-i18n'
import type { DraftContent } from '../../src-main/domain/draft'
import { readDraftPath } from '../../src-main/domain/draft-path'
import { issue, type Issue, type Lang } from '../../src-main/domain/issue'
import {
  LISTING_PLATFORMS,
  type Listing,
  type ListingPlatform
} from '../../src-main/domain/listing'
import { localCalendarDate } from '../../src-main/domain/local-date'
import type { PlatformId } from '../../src-main/platforms/adapter'
import { imageFormatOfMime } from '../../src-main/platforms/image-formats'
import { formatIssue } from '../../src-main/platforms/messages'
import type { ImageInfo } from '../../src-main/platforms/precheck'
import { reviewPlatform } from '../../src-main/platforms/review'
import { ADAPTERS } from '../../src-main/platforms/registry'
import { useVerdicts, verdictTarget, type PlatformMediaUse } from './use-media'

/**
 * The Mini-program listing step's live precheck: every ticked platform's review (the call
 * the Review step, the CLI and the bundle writer make), with the image rules fed from what
 * export makes of each picture, as main does. Issues by field, and counts per sub-step
 * (the panel's items ask StepListing to take the user to their field).
 */

export const LISTING_SECTIONS = ['basics', 'media', 'categories', 'service', 'review'] as const
export type ListingSection = (typeof LISTING_SECTIONS)[number]

type ListingKey = keyof Listing

const SECTION_OF_FIELD: Readonly<Record<ListingKey, ListingSection | null>> = {
  targets: null,
  name: 'basics',
  shortName: 'basics',
  englishName: 'basics',
  intro: 'basics',
  description: 'basics',
  tags: 'basics',
  logo: 'media',
  logoCrop: 'media',
  screenshots: 'media',
  nameProof: 'media',
  categories: 'categories',
  ugc: 'categories',
  servicePhone: 'service',
  serviceEmail: 'service',
  serviceRegion: 'service',
  privacy: 'service',
  testAccount: 'review',
  versionNotes: 'review',
  pages: 'review',
  appVersion: 'review',
  baiduPackageId: 'review',
  douyinHosts: 'review'
}

const ALL: readonly ListingPlatform[] = LISTING_PLATFORMS

/**
 * Which platforms send each field (from the adapters' payloads), so the form shows a field
 * only when a ticked platform takes it and says which ones do.
 */
const FIELD_PLATFORMS: Readonly<Record<ListingKey, readonly ListingPlatform[]>> = {
  targets: ALL,
  name: ALL,
  shortName: ['wechat-mp'],
  englishName: ['alipay-mp'],
  intro: ALL,
  description: ['alipay-mp'],
  tags: ['wechat-mp'],
  logo: ALL,
  logoCrop: ALL,
  screenshots: ['wechat-mp', 'alipay-mp'],
  nameProof: ['wechat-mp', 'douyin-mp', 'baidu-mp'],
  categories: ALL,
  ugc: ['wechat-mp'],
  servicePhone: ['alipay-mp'],
  serviceEmail: ['alipay-mp'],
  serviceRegion: ['alipay-mp'],
  privacy: ['wechat-mp'],
  testAccount: ALL,
  versionNotes: ALL,
  pages: ['wechat-mp'],
  appVersion: ['alipay-mp'],
  baiduPackageId: ['baidu-mp'],
  douyinHosts: ['douyin-mp']
}

const LISTING_PREFIX = 'listing.'
const MERCHANT_PREFIX = 'merchant.'

/** The listing field a path belongs to (`listing.privacy.items.0.key` → `privacy`). */
export function listingFieldOf(path: string): ListingKey | null {
  if (!path.startsWith(LISTING_PREFIX)) return null
  const root = path.slice(LISTING_PREFIX.length).split('.')[0] ?? ''
  return Object.hasOwn(SECTION_OF_FIELD, root) ? (root as ListingKey) : null
}

export function listingSectionOf(path: string): ListingSection | null {
  const field = listingFieldOf(path)
  return field ? SECTION_OF_FIELD[field] : null
}

/** One platform's finding, as the form and the panel show it. */
export interface PlatformIssue {
  platform: ListingPlatform
  issue: Issue
}

/** One line of a platform's precheck panel. */
export interface PrecheckItem {
  key: string
  code: string
  path: string
  severity: Issue['severity']
  text: string
  /** The field's name, for "go to". */
  field: string
}

/** A field's message: what it says, which platforms say it, and how loud. */
export interface FieldNote {
  kind: 'error' | 'warning' | 'missing'
  text: string
  code: string
  platforms: ListingPlatform[]
}

/** Nothing entered: no text, no pick, no picture (in any part of a group of fields). */
function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object') return Object.values(value).every(isBlank)
  return false
}

function byPlatformOrder(platforms: readonly ListingPlatform[]): ListingPlatform[] {
  return ALL.filter((platform) => platforms.includes(platform))
}

export function useListingForm(content: () => DraftContent) {
  const { t, locale } = useI18n()
  const today = localCalendarDate(new Date())

  const listing = computed(() => content().listing)
  const targets = computed(() => byPlatformOrder(listing.value.targets))

  /** Every picture each target platform uses, with the crop export applies. */
  const pictureUses = computed<PlatformMediaUse[]>(() =>
    targets.value.flatMap((platform) =>
      ADAPTERS[platform].mediaUses(content()).map((use) => ({ ...use, platform }))
    )
  )
  const verdicts = useVerdicts(() => pictureUses.value.map(verdictTarget))

  /** What export makes of each platform's pictures: facts for the image rules, or why not. */
  const exported = computed(() => {
    const images = new Map<PlatformId, Record<string, ImageInfo>>()
    const refusals = new Map<PlatformId, Issue[]>()
    pictureUses.value.forEach((use, index) => {
      const { platform } = use
      const entry = verdicts.value[index]
      const answer = entry?.verdict?.export
      const failure = entry?.error ?? (answer && !answer.ok ? answer : undefined)
      if (failure) {
        const found = issue(failure.code, use.path, 'error', failure.params)
        refusals.set(platform, [...(refusals.get(platform) ?? []), found])
      } else if (answer?.ok) {
        const format = imageFormatOfMime(answer.mime)
        const known = images.get(platform) ?? {}
        if (format) {
          const { width, height, bytes } = answer
          known[use.source] = { width, height, bytes, format, space: 'srgb' }
        }
        images.set(platform, known)
      }
    })
    return { images, refusals }
  })

  const reviews = computed(() => {
    const result = {} as Record<ListingPlatform, Issue[]>
    for (const platform of targets.value) {
      const review = reviewPlatform(platform, content(), {
        today,
        images: exported.value.images.get(platform) ?? {}
      })
      result[platform] = [...review.issues, ...(exported.value.refusals.get(platform) ?? [])]
    }
    return result
  })

  const allIssues = computed<PlatformIssue[]>(() =>
    targets.value.flatMap((platform) =>
      (reviews.value[platform] ?? []).map((found) => ({ platform, issue: found }))
    )
  )

  function issuesAt(path: string, nested = false): PlatformIssue[] {
    return allIssues.value.filter(
      ({ issue: found }) => found.path === path || (nested && found.path.startsWith(`${path}.`))
    )
  }

  function text(found: Issue): string {
    return formatIssue(found, locale.value as Lang)
  }

  function platformNames(platforms: readonly ListingPlatform[]): string {
    return platforms
      .map((platform) => t(`platform.short.${platform}`))
      .join(t('listing.listSeparator'))
  }

  /** A finding on a field still empty reads as a quiet "still to fill in", not as red. */
  function isMissing(found: Issue): boolean {
    return found.severity === 'error' && isBlank(readDraftPath(content(), found.path))
  }

  /**
   * The note under a field: its worst finding, the platforms that agree on the same text
   * named in front ("抖音：…"), and how many other findings there are.
   */
  function fieldNote(path: string, nested = false): FieldNote | null {
    const found = issuesAt(path, nested)
    if (found.length === 0) return null
    const rank = (item: PlatformIssue) =>
      item.issue.severity === 'error' ? (isMissing(item.issue) ? 1 : 0) : 2
    const sorted = [...found].sort((a, b) => rank(a) - rank(b))
    const first = sorted[0]!
    const firstText = text(first.issue)
    const same = found.filter((item) => text(item.issue) === firstText)
    const platforms = byPlatformOrder(same.map((item) => item.platform))
    const others = new Set(
      found.map((item) => text(item.issue)).filter((other) => other !== firstText)
    ).size
    const kind =
      first.issue.severity === 'warning' ? 'warning' : isMissing(first.issue) ? 'missing' : 'error'
    // A field only one ticked platform takes (or one platform's part of a field, such as
    // its categories) says so already: no need to repeat the platform.
    const field = listingFieldOf(path)
    const alone =
      (field !== null && usedBy(field).length === 1) ||
      (platforms.length === 1 && path.split('.').includes(platforms[0]!))
    const lead = alone ? '' : t('listing.notePrefix', { platforms: platformNames(platforms) })
    const more = others > 0 ? t('listing.noteMore', { count: others }) : ''
    return { kind, text: `${lead}${firstText}${more}`, code: first.issue.code, platforms }
  }

  function fieldName(path: string): string {
    const field = listingFieldOf(path)
    if (field) return t(`listing.fieldNames.${field}`)
    return path.startsWith(MERCHANT_PREFIX) ? t('listing.fieldNames.merchant') : path
  }

  /**
   * Each platform's precheck as its panel lists it, errors first. The merchant profile's
   * own findings are one line that opens the Merchant step: they are fixed there.
   */
  const precheckItems = computed(() => {
    const result = {} as Record<ListingPlatform, PrecheckItem[]>
    for (const platform of targets.value) {
      const found = reviews.value[platform] ?? []
      const merchant = found.filter((item) => item.code.startsWith(MERCHANT_PREFIX))
      const own = found
        .filter((item) => !merchant.includes(item))
        .map((item, index) => ({
          key: `${index}-${item.code}-${item.path}`,
          code: item.code,
          path: item.path,
          severity: item.severity,
          text: text(item),
          field: fieldName(item.path)
        }))
      const [first] = merchant
      const profile: PrecheckItem[] = first
        ? [
            {
              key: 'merchant',
              code: 'merchant',
              path: first.path,
              severity: merchant.some((item) => item.severity === 'error') ? 'error' : 'warning',
              text: t('listing.precheck.merchant', { count: merchant.length }),
              field: t('listing.fieldNames.merchant')
            }
          ]
        : []
      result[platform] = [...own, ...profile].sort(
        (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning')
      )
    }
    return result
  })

  const errorCounts = computed(() => {
    const counts: Partial<Record<ListingPlatform, number>> = {}
    for (const platform of targets.value) {
      counts[platform] = (precheckItems.value[platform] ?? []).filter(
        (item) => item.severity === 'error'
      ).length
    }
    return counts
  })

  /** Distinct findings (one per field and text) in a sub-step, for its tab badge. */
  const sectionCounts = computed(() => {
    const counts = Object.fromEntries(
      LISTING_SECTIONS.map((section) => [section, { errors: 0, warnings: 0 }])
    ) as Record<ListingSection, { errors: number; warnings: number }>
    const seen = new Set<string>()
    for (const { issue: found } of allIssues.value) {
      const section = listingSectionOf(found.path)
      const key = `${found.path}|${text(found)}`
      if (!section || seen.has(key)) continue
      seen.add(key)
      counts[section][found.severity === 'error' ? 'errors' : 'warnings'] += 1
    }
    return counts
  })

  function usedBy(field: ListingKey): ListingPlatform[] {
    return targets.value.filter((platform) => FIELD_PLATFORMS[field].includes(platform))
  }

  /** Shown when a ticked platform takes the field (all fields while nothing is ticked). */
  function shows(field: ListingKey): boolean {
    return targets.value.length === 0 || usedBy(field).length > 0
  }

  return {
    /** The whole draft, for the few listing fields stored with the merchant (the AppID). */
    content,
    listing,
    targets,
    reviews,
    precheckItems,
    errorCounts,
    sectionCounts,
    issuesAt,
    fieldNote,
    usedBy,
    shows,
    platformNames,
    text
  }
}

export type ListingForm = ReturnType<typeof useListingForm>

const FORM_KEY: InjectionKey<ListingForm> = Symbol('listing-form')

export function provideListingForm(form: ListingForm): void {
  provide(FORM_KEY, form)
}

export function injectListingForm(): ListingForm {
  const form = inject(FORM_KEY)
  if (!form) throw new Error('the listing form is provided by StepListing')
  return form
}
