import type { Listing, ListingPlatform } from './listing'

/**
 * How each platform counts listing text, and its length limits. WeChat and Douyin count a
 * Chinese character as 2 in names; the other fields count characters. One table serves the
 * precheck rules and the live preview, so both always agree.
 */

/** `char`: every character counts 1. `wide2`: a character outside ASCII counts 2. */
export type Counting = 'char' | 'wide2'

export interface LengthLimit {
  min: number
  max: number
  counting: Counting
  /** A stricter maximum from another source of the same platform: exceeding it is a warning. */
  advisedMax?: number
}

export type ListingTextField =
  | 'name'
  | 'shortName'
  | 'englishName'
  | 'intro'
  | 'description'
  | 'versionNotes'
  | 'reviewNote'
  | 'pageTitle'
  | 'tag'

export const TEXT_LIMITS: Readonly<
  Record<ListingPlatform, Readonly<Partial<Record<ListingTextField, LengthLimit>>>>
> = {
  'wechat-mp': {
    // [U] The name and short-name rule text is not in the API doc; it was seen quoted in a
    // community answer and third-party copies. Applied as stated (the stricter reading).
    name: { min: 4, max: 30, counting: 'wide2' },
    shortName: { min: 4, max: 10, counting: 'wide2' },
    intro: { min: 4, max: 120, counting: 'char' },
    pageTitle: { min: 1, max: 32, counting: 'char' },
    tag: { min: 1, max: 20, counting: 'char' }
  },
  'alipay-mp': {
    // The SDK says 3–30; Alipay's FAQ (INVALID_MINI_APP_NAME_LENGTH) says 3–20.
    name: { min: 3, max: 30, counting: 'char', advisedMax: 20 },
    englishName: { min: 3, max: 30, counting: 'char' },
    intro: { min: 10, max: 32, counting: 'char' },
    // 20–400 in baseinfo.modify; the inner baseinfo API says 20–200.
    description: { min: 20, max: 400, counting: 'char', advisedMax: 200 },
    versionNotes: { min: 30, max: 500, counting: 'char' },
    reviewNote: { min: 1, max: 500, counting: 'char' }
  },
  'douyin-mp': {
    name: { min: 4, max: 20, counting: 'wide2' },
    intro: { min: 10, max: 60, counting: 'char' },
    reviewNote: { min: 1, max: 200, counting: 'char' }
  },
  'baidu-mp': {
    // [U] Only secondary pages give "30 characters (15 Chinese)": applied as stated.
    name: { min: 1, max: 30, counting: 'wide2' }
  }
}

function width(char: string, counting: Counting): number {
  return counting === 'wide2' && char.codePointAt(0)! > 0x7f ? 2 : 1
}

/** Length as the platform counts it; code points, so an emoji is one character. */
export function countLength(value: string, counting: Counting): number {
  let total = 0
  for (const char of value) total += width(char, counting)
  return total
}

/** Han (Chinese) characters, for WeChat's "at least 4 Chinese characters" in the intro. */
export function countHan(value: string): number {
  return value.match(/\p{Script=Han}/gu)?.length ?? 0
}

const ELLIPSIS = '…'

/** The longest prefix that fits `max`, ending in an ellipsis when something was cut. */
export function truncateToLength(value: string, max: number, counting: Counting): string {
  if (countLength(value, counting) <= max) return value
  const room = max - width(ELLIPSIS, counting)
  let used = 0
  let kept = ''
  for (const char of value) {
    const next = width(char, counting)
    if (used + next > room) break
    used += next
    kept += char
  }
  return kept + ELLIPSIS
}

export type LengthStatus = 'empty' | 'ok' | 'short' | 'long' | 'above-advised'

export function lengthStatus(counted: number, limit: LengthLimit | undefined): LengthStatus {
  if (counted === 0) return 'empty'
  if (!limit) return 'ok'
  if (counted < limit.min) return 'short'
  if (counted > limit.max) return 'long'
  if (limit.advisedMax !== undefined && counted > limit.advisedMax) return 'above-advised'
  return 'ok'
}

/** One line of the preview card: how a text counts on a platform and how much of it fits. */
export interface PreviewLine {
  text: string
  /** The text cut to the platform's limit (the advised one where sources disagree). */
  display: string
  truncated: boolean
  counted: number
  counting: Counting
  /** Null where the platform publishes no limit. */
  limit: LengthLimit | null
  status: LengthStatus
}

export function previewLine(value: string, limit: LengthLimit | undefined): PreviewLine {
  const counting = limit?.counting ?? 'char'
  const counted = countLength(value, counting)
  const displayMax = limit ? (limit.advisedMax ?? limit.max) : Infinity
  const display = truncateToLength(value, displayMax, counting)
  return {
    text: value,
    display,
    truncated: display !== value,
    counted,
    counting,
    limit: limit ?? null,
    status: lengthStatus(counted, limit)
  }
}

export interface PreviewCard {
  platform: ListingPlatform
  name: PreviewLine
  intro: PreviewLine
}

/** How the listing's name and intro count and display on one platform, for the live preview. */
export function previewCard(listing: Listing, platform: ListingPlatform): PreviewCard {
  const limits = TEXT_LIMITS[platform]
  return {
    platform,
    name: previewLine(listing.name, limits.name),
    intro: previewLine(listing.intro, limits.intro)
  }
}
