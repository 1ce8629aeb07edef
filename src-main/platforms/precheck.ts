import type { DraftContent } from '../domain/draft'
import { issue, type Issue, type IssueParams } from '../domain/issue'
import type { Listing } from '../domain/listing'
import type { ImageFormat, ImageSpec, ListingPlatformId, PlatformAdapter } from './adapter'
import type { ListingMessageKey } from './listing-messages'

/**
 * The listing precheck, modelled on fastlane precheck: every rule has a stable id, a default
 * level and a message that says how to fix it; settings may override the level per rule id.
 * The UI, the CLI and a bundle's summary all run the same rules.
 */

export type RuleLevel = 'error' | 'warning' | 'off'

/** Per-rule levels chosen in settings, keyed by rule id. */
export type RuleOverrides = Readonly<Partial<Record<string, RuleLevel>>>

/** What the media store knows about a picture, keyed by its sha256. */
export interface ImageInfo {
  width: number
  height: number
  bytes: number
  format: ImageFormat
  /** Colour space as sharp reports it (`srgb`, `cmyk`, `b-w`, …), when known. */
  space?: string
}
export type ImageInfoBySha = Readonly<Record<string, ImageInfo>>

export interface RuleContext {
  draft: DraftContent
  listing: Listing
  /** Empty when no image metadata was supplied: image rules then find nothing. */
  images: ImageInfoBySha
}

/** One place a rule fails: the field and the message's parameters. */
export interface Finding {
  path: string
  params?: IssueParams
}

export interface ListingRule {
  /** Stable `<platform>.<check>`: the Issue code, the settings key and the messages key. */
  id: string
  level: RuleLevel
  /** Template of the message in listing-messages.ts. */
  message: ListingMessageKey
  /** Reads image metadata; checkListingMedia runs only these. */
  media?: boolean
  check(context: RuleContext): Finding[]
}

export interface ListingAdapter extends PlatformAdapter {
  id: ListingPlatformId
  kind: 'listing'
  rules: readonly ListingRule[]
}

export interface PrecheckOptions {
  overrides?: RuleOverrides
  images?: ImageInfoBySha
}

export function ruleLevel(rule: ListingRule, overrides: RuleOverrides = {}): RuleLevel {
  return overrides[rule.id] ?? rule.level
}

export function runRules(
  rules: readonly ListingRule[],
  draft: DraftContent,
  options: PrecheckOptions = {}
): Issue[] {
  const context: RuleContext = { draft, listing: draft.listing, images: options.images ?? {} }
  return rules.flatMap((rule) => {
    const level = ruleLevel(rule, options.overrides)
    if (level === 'off') return []
    return rule.check(context).map((found) => issue(rule.id, found.path, level, found.params))
  })
}

/** Every rule of a platform, with settings' overrides and, when given, image metadata. */
export function precheckListing(
  adapter: ListingAdapter,
  draft: DraftContent,
  options: PrecheckOptions = {}
): Issue[] {
  return runRules(adapter.rules, draft, options)
}

/** Only the image rules of a platform, for a verdict as soon as a picture is attached. */
export function checkListingMedia(
  adapter: ListingAdapter,
  draft: DraftContent,
  images: ImageInfoBySha,
  overrides: RuleOverrides = {}
): Issue[] {
  return runRules(
    adapter.rules.filter((rule) => rule.media),
    draft,
    { images, overrides }
  )
}

export type ImageCheck = 'format' | 'bytes' | 'dimensions' | 'square' | 'aspect'

export interface ImageProblem {
  check: ImageCheck
  params: IssueParams
}

const FORMAT_NAMES: Readonly<Record<ImageFormat, string>> = {
  jpeg: 'JPG',
  png: 'PNG',
  bmp: 'BMP',
  gif: 'GIF',
  webp: 'WEBP'
}

const MB = 1024 * 1024

/** `2 MB`, `256 KB`: sizes as platforms write them. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`
  return `${Math.ceil(bytes / 1024)} KB`
}

type Bounds = ImageSpec['width']

function fits(value: number, bounds: Bounds): boolean {
  if (!bounds) return true
  if (bounds.exact !== undefined && value !== bounds.exact) return false
  if (bounds.min !== undefined && value < bounds.min) return false
  return bounds.max === undefined || value <= bounds.max
}

function describeBounds(bounds: Bounds): string {
  if (!bounds) return '*'
  if (bounds.exact !== undefined) return String(bounds.exact)
  if (bounds.min !== undefined && bounds.max !== undefined) return `${bounds.min}–${bounds.max}`
  if (bounds.min !== undefined) return `≥${bounds.min}`
  return bounds.max === undefined ? '*' : `≤${bounds.max}`
}

/** Where a picture breaks a slot's spec; shared by the image rules and the media check. */
export function checkImageAgainstSpec(spec: ImageSpec, info: ImageInfo): ImageProblem[] {
  const problems: ImageProblem[] = []
  if (!spec.formats.includes(info.format)) {
    problems.push({
      check: 'format',
      params: {
        format: FORMAT_NAMES[info.format],
        allowed: spec.formats.map((format) => FORMAT_NAMES[format]).join('/')
      }
    })
  }
  if (info.bytes > spec.maxBytes || (spec.minBytes !== undefined && info.bytes < spec.minBytes)) {
    problems.push({
      check: 'bytes',
      params: { bytes: formatBytes(info.bytes), max: formatBytes(spec.maxBytes) }
    })
  }
  if (!fits(info.width, spec.width) || !fits(info.height, spec.height)) {
    problems.push({
      check: 'dimensions',
      params: {
        width: info.width,
        height: info.height,
        bounds: `${describeBounds(spec.width)} × ${describeBounds(spec.height)}`
      }
    })
  }
  if (spec.square && info.width !== info.height) {
    problems.push({ check: 'square', params: { width: info.width, height: info.height } })
  }
  const ratio = info.width / info.height
  if (spec.aspect && Math.abs(ratio / spec.aspect.ratio - 1) > spec.aspect.tolerance) {
    problems.push({
      check: 'aspect',
      params: { width: info.width, height: info.height, ratio: spec.aspect.ratio }
    })
  }
  return problems
}
