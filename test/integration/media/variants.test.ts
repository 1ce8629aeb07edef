import { existsSync } from 'node:fs'
import { readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createMediaStore,
  sharedVariantPool,
  type MediaStore,
  type VariantPool
} from '../../../src-main/media'
import type { ImageSpec } from '../../../src-main/platforms/adapter'
import type { WritableDb } from '../../../src-main/store/connection'
import { sha256Hex } from '../../../src-main/store/content-hash'
import { createDraftsRepo } from '../../../src-main/store/drafts'
import { createMediaRepo } from '../../../src-main/store/media'
import {
  fixture,
  makeTempDir,
  meanDifference,
  openMigratedDb,
  type TempDir
} from './media-test-kit'
import { testMediaKey } from '../../helpers/test-key'

/** The real pool, counting the slot variants it is asked to make. */
function countingPool(): VariantPool & { made: number; decodes: number } {
  const real = sharedVariantPool()
  const pool = {
    made: 0,
    decodes: 0,
    width: real.width,
    run: (...args: Parameters<VariantPool['run']>) => {
      pool.decodes += 1
      pool.made += args[0].requests.length
      return real.run(...args)
    }
  }
  return pool
}

const LOGO_SPEC: ImageSpec = { formats: ['jpeg', 'png'], maxBytes: 2 * 1024 * 1024, square: true }
const ICON_SPEC: ImageSpec = {
  formats: ['png'],
  maxBytes: 1024 * 1024,
  width: { exact: 96 },
  height: { exact: 96 }
}

describe('media store variants', () => {
  let temp: TempDir
  let db: WritableDb
  let store: MediaStore
  let pool: ReturnType<typeof countingPool>
  let source: string

  function fileOf(sha256: string): string {
    return join(temp.path, 'media', sha256.slice(0, 2), sha256)
  }

  beforeEach(async () => {
    temp = await makeTempDir()
    db = openMigratedDb(temp.path)
    pool = countingPool()
    store = createMediaStore({
      repo: createMediaRepo(db),
      dataDir: temp.path,
      pool,
      key: testMediaKey()
    })
    const draft = createDraftsRepo(db).create('店铺')
    const bytes = await fixture('photo.jpg')
    source = (await store.importMedia({ bytes, originalName: 'shop.jpg', draftId: draft.id }))
      .sha256
  })

  afterEach(async () => {
    db.close()
    await temp.remove()
  })

  it('stores a normalised variant in the same content-addressed store', async () => {
    const variant = await store.variantFor(source, LOGO_SPEC)
    const bytes = await store.read(variant.sha256)
    expect(sha256Hex(bytes)).toBe(variant.sha256)
    expect(variant).toMatchObject({
      sourceSha256: source,
      mime: 'image/jpeg',
      width: 240,
      height: 240,
      bytes: bytes.length
    })
    expect(existsSync(fileOf(variant.sha256))).toBe(true)
  })

  it('returns the cached variant on a second request without encoding again', async () => {
    const first = await store.variantFor(source, LOGO_SPEC)
    const written = await stat(fileOf(first.sha256))
    const second = await store.variantFor(source, {
      square: true,
      maxBytes: 2 * 1024 * 1024,
      formats: ['jpeg', 'png']
    })
    expect(second).toEqual(first)
    expect(pool.made).toBe(1)
    expect((await stat(fileOf(first.sha256))).mtimeMs).toBe(written.mtimeMs)
  })

  it('survives a restart: the cache lives in the database', async () => {
    const first = await store.variantFor(source, LOGO_SPEC)
    const reopened = createMediaStore({
      repo: createMediaRepo(db),
      dataDir: temp.path,
      pool,
      key: testMediaKey()
    })
    expect(await reopened.variantFor(source, LOGO_SPEC)).toEqual(first)
    expect(pool.made).toBe(1)
  })

  it('encodes once when the same variant is asked for twice at the same time', async () => {
    const [one, two] = await Promise.all([
      store.variantFor(source, ICON_SPEC),
      store.variantFor(source, ICON_SPEC)
    ])
    expect(two).toEqual(one)
    expect(pool.made).toBe(1)
  })

  it('keys the cache by spec and crop', async () => {
    const whole = await store.variantFor(source, ICON_SPEC)
    const cropped = await store.variantFor(source, ICON_SPEC, {
      left: 0,
      top: 0,
      width: 100,
      height: 100
    })
    const logo = await store.variantFor(source, LOGO_SPEC)
    expect(new Set([whole.specKey, cropped.specKey, logo.specKey]).size).toBe(3)
    expect(cropped.sha256).not.toBe(whole.sha256)
    expect(pool.made).toBe(3)
    // The cropped icon shows the top-left 100 × 100 of the photo.
    const ours = await sharp(await store.read(cropped.sha256))
      .resize(10, 10)
      .raw()
      .toBuffer()
    const expected = await sharp(await fixture('photo.jpg'))
      .extract({ left: 0, top: 0, width: 100, height: 100 })
      .resize(10, 10)
      .raw()
      .toBuffer()
    expect(meanDifference(ours, expected)).toBeLessThan(6)
  })

  it('makes a variant again when its file has gone', async () => {
    const first = await store.variantFor(source, LOGO_SPEC)
    await rm(fileOf(first.sha256))
    const again = await store.variantFor(source, LOGO_SPEC)
    expect(again).toEqual(first)
    expect(existsSync(fileOf(first.sha256))).toBe(true)
    expect(pool.made).toBe(2)
  })

  it('decodes a source once for all the slots prepared together', async () => {
    await store.prepare([
      { source, spec: ICON_SPEC },
      { source, spec: LOGO_SPEC },
      { source, spec: ICON_SPEC, crop: { left: 0, top: 0, width: 100, height: 100 } }
    ])
    expect([pool.decodes, pool.made]).toEqual([1, 3])
    await store.variantFor(source, LOGO_SPEC)
    expect(pool.made).toBe(3)
  })

  it('stores a picture that several slots share once, each slot with its own row', async () => {
    // Two rules that differ only in the order of their formats give the same JPEG.
    const other: ImageSpec = { ...LOGO_SPEC, formats: ['png', 'jpeg'] }
    await store.prepare([
      { source, spec: LOGO_SPEC },
      { source, spec: other }
    ])
    const [one, two] = [
      await store.variantFor(source, LOGO_SPEC),
      await store.variantFor(source, other)
    ]
    expect(one.specKey).not.toBe(two.specKey)
    expect(two.sha256).toBe(one.sha256)
    expect(existsSync(fileOf(one.sha256))).toBe(true)
    expect(pool.decodes).toBe(1)
  })

  it('serves a variant it just made without reading its file back', async () => {
    const made = await store.variantFor(source, LOGO_SPEC)
    await rm(fileOf(made.sha256))
    expect(sha256Hex(await store.read(made.sha256))).toBe(made.sha256)
  })

  it('makes the variants of an original whose file was missing once the file is back', async () => {
    const original = await readFile(fileOf(source))
    await rm(fileOf(source))
    await expect(store.variantFor(source, ICON_SPEC)).rejects.toMatchObject({
      code: 'media.not_found'
    })
    await writeFile(fileOf(source), original)
    expect(await store.variantFor(source, ICON_SPEC)).toMatchObject({ width: 96, height: 96 })
  })

  it('remembers a rule a source cannot meet instead of trying again', async () => {
    const tiny: ImageSpec = {
      formats: ['png'],
      maxBytes: 10,
      width: { exact: 96 },
      height: { exact: 96 }
    }
    await expect(store.variantFor(source, tiny)).rejects.toMatchObject({ code: 'media.cannot_fit' })
    await expect(store.variantFor(source, tiny)).rejects.toMatchObject({ code: 'media.cannot_fit' })
    expect(pool.made).toBe(1)
  })

  it('makes a small WebP thumbnail for the renderer', async () => {
    const thumbnail = await store.thumbnail(source)
    expect(thumbnail).toMatchObject({ mime: 'image/webp', width: 320, height: 240 })
    const metadata = await sharp(await store.read(thumbnail.sha256)).metadata()
    expect(metadata.format).toBe('webp')
  })

  it('answers media.not_found for a variant of an unknown original', async () => {
    await expect(store.variantFor('f'.repeat(64), LOGO_SPEC)).rejects.toMatchObject({
      code: 'media.not_found'
    })
  })
})
