import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  DouyinHost,
  Listing,
  LISTING_PLATFORMS,
  ServiceRegionType,
  UgcMethod,
  UgcScene
} from '../../../src-main/domain/listing'
import { WECHAT_PRIVACY_KEYS } from '../../../src-main/platforms/wechat-mp'
import { LISTING_SECTIONS } from '../../../src-renderer/composables/use-listing-form'
import listing from '../../../src-renderer/i18n/areas/listing'
import media from '../../../src-renderer/i18n/areas/media'

const RENDERER = join(import.meta.dirname, '../../../src-renderer')

function vueFiles(folder: string): string[] {
  return readdirSync(join(RENDERER, folder))
    .filter((file) => file.endsWith('.vue'))
    .map((file) => `${folder}/${file}`)
}

const SOURCES = [
  'views/wizard/StepListing.vue',
  ...vueFiles('views/wizard/listing'),
  ...vueFiles('components/listing'),
  ...vueFiles('components/media'),
  // Not use-media.ts: it names error codes (`code: 'media.…'`), which the domain catalogue holds.
  'composables/use-listing-form.ts'
]

function has(messages: unknown, key: string): boolean {
  const value = key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[part]
          : undefined,
      messages
    )
  return typeof value === 'string' && value !== ''
}

/** Keys written out in the sources: `t('listing.x')`, also as either side of a `?:`. */
function literalKeys(area: 'listing' | 'media'): string[] {
  const pattern = new RegExp(`(?:\\bt\\(|\\?|:)\\s*'${area}\\.([\\w.]+)'`, 'g')
  const keys = SOURCES.flatMap((file) => [
    ...readFileSync(join(RENDERER, file), 'utf8').matchAll(pattern)
  ]).map((match) => match[1]!)
  return [...new Set(keys)]
}

/** Keys built from a value (`listing.sections.${section}`). */
const LISTING_KEYS: ReadonlyArray<[string, readonly string[]]> = [
  ['sections', LISTING_SECTIONS],
  ['sectionHints', LISTING_SECTIONS],
  ['preview.kind', LISTING_PLATFORMS],
  ['preview.status', ['empty', 'ok', 'long', 'short', 'aboveAdvised']],
  ['fieldNames', [...Object.keys(Listing.shape), 'merchant']],
  ['ugc.scene', UgcScene.options],
  ['ugc.method', UgcMethod.options],
  ['service.region', ServiceRegionType.options],
  ['review.hosts', DouyinHost.options],
  ['privacy.contact', ['phone', 'email', 'weixin', 'qq']],
  ['privacy.keys', WECHAT_PRIVACY_KEYS]
]

const MEDIA_KEYS: ReadonlyArray<[string, readonly string[]]> = [
  ['phase', ['reading', 'importing']],
  ['verdict', ['checking', 'error', 'ok', 'adjusted', 'unfit']]
]

const AREAS = { listing, media } as const

describe('the listing and media area texts', () => {
  it.each(['listing', 'media'] as const)(
    'have every %s key the step writes out, in both languages',
    (area) => {
      const keys = literalKeys(area)
      expect(keys.length).toBeGreaterThan(10)
      for (const key of keys) {
        expect(has(AREAS[area]['zh-CN'], key), key).toBe(true)
        expect(has(AREAS[area].en, key), key).toBe(true)
      }
    }
  )

  it('name every value the step builds a key from, in both languages', () => {
    const checks = [
      ...LISTING_KEYS.map(([base, values]) => ({ area: AREAS.listing, base, values })),
      ...MEDIA_KEYS.map(([base, values]) => ({ area: AREAS.media, base, values }))
    ]
    for (const { area, base, values } of checks) {
      for (const value of values) {
        expect(has(area['zh-CN'], `${base}.${value}`), `${base}.${value}`).toBe(true)
        expect(has(area.en, `${base}.${value}`), `${base}.${value}`).toBe(true)
      }
    }
  })
})
