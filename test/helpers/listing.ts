import { readFileSync } from 'node:fs'
import { DraftFile } from '../../src-main/domain/draft-file'
import type { DraftContent } from '../../src-main/domain/draft'
import type { ListingPlatform } from '../../src-main/domain/listing'
import type { ImageFormat, ImageSpec, ResolvedMedia } from '../../src-main/platforms/adapter'
import {
  categoryCatalog,
  CategoryTable,
  type CategoryCatalog
} from '../../src-main/platforms/categories'
import type { ImageInfo } from '../../src-main/platforms/precheck'

/** Shared by the listing tests: the complete draft fixture, its image metadata, fake media. */

const FIXTURES = new URL('../fixtures/platforms/', import.meta.url)

export function readPlatformFixture(path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, FIXTURES), 'utf8'))
}

/** A fresh copy of the complete listing draft, which passes every platform without errors. */
export function completeDraft(): DraftContent {
  return DraftFile.parse(readPlatformFixture('listing-draft.kaitong.json')).content
}

/** Metadata of the complete draft's pictures, all within every platform's specs. */
export function fixtureImages(): Record<string, ImageInfo> {
  return readPlatformFixture('listing-images.json') as Record<string, ImageInfo>
}

/** A sha256 made of one repeated hex digit, as the fixtures use. */
export function sha(digit: string): string {
  return digit.repeat(64)
}

const EXTENSIONS: Readonly<Record<ImageFormat, string>> = {
  jpeg: 'jpg',
  png: 'png',
  bmp: 'bmp',
  gif: 'gif',
  webp: 'webp'
}

/**
 * Stands in for the bundle layer: each picture becomes `media/<slot>-<sha prefix>.<ext>`,
 * in the slot's preferred format.
 */
export function fakeMedia(specs: Readonly<Record<string, ImageSpec>>): ResolvedMedia {
  return {
    file(slot, source) {
      const format = specs[slot]?.formats[0]
      if (!format) throw new Error(`no spec for slot ${slot}`)
      return {
        path: `media/${slot}-${source.slice(0, 6)}.${EXTENSIONS[format]}`,
        sha256: source,
        bytes: 1
      }
    }
  }
}

/** A test category table (test/fixtures/platforms/<platform>/categories.json), not platform data. */
export function fixtureCatalog(platform: ListingPlatform): CategoryCatalog {
  return categoryCatalog(CategoryTable.parse(readPlatformFixture(`${platform}/categories.json`)))
}
