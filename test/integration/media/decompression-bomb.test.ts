import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MediaError, normalizeForSpec } from '../../../src-main/media'
import { createMediaStore } from '../../../src-main/media'
import { createDraftsRepo } from '../../../src-main/store/drafts'
import { createMediaRepo } from '../../../src-main/store/media'
import type { WritableDb } from '../../../src-main/store/connection'
import { makeTempDir, openMigratedDb, type TempDir } from './media-test-kit'
import { testMediaKey } from '../../helpers/test-key'

const MB = 1024 * 1024

/** Runs `work` while sampling the process's resident memory; returns the peak growth. */
async function peakRssGrowth(work: () => Promise<unknown>): Promise<number> {
  const before = process.memoryUsage.rss()
  let peak = before
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss())
  }, 1)
  try {
    await work().catch(() => undefined)
  } finally {
    clearInterval(sampler)
  }
  return Math.max(peak, process.memoryUsage.rss()) - before
}

describe('a 20000×20000 PNG (decompression bomb)', () => {
  let temp: TempDir
  let db: WritableDb
  let bomb: Buffer

  beforeAll(async () => {
    temp = await makeTempDir()
    db = openMigratedDb(temp.path)
    // 1.2 GB of pixels that deflate to about 1 MB; libvips streams it out in strips.
    const path = join(temp.path, 'bomb.png')
    await sharp({
      create: { width: 20000, height: 20000, channels: 3, background: '#ffffff' },
      limitInputPixels: false
    })
      .png({ compressionLevel: 9 })
      .toFile(path)
    bomb = await readFile(path)
  }, 60_000)

  afterAll(async () => {
    db.close()
    await temp.remove()
  })

  it('is small on disk, so only the pixel limit can stop it', () => {
    expect(bomb.length).toBeLessThan(5 * MB)
  })

  it('is refused at import with media.too_many_pixels, using under 200 MB of memory', async () => {
    const draft = createDraftsRepo(db).create('bomb')
    const store = createMediaStore({
      repo: createMediaRepo(db),
      dataDir: temp.path,
      key: testMediaKey()
    })
    let refusal: unknown
    const growth = await peakRssGrowth(async () => {
      refusal = await store
        .importMedia({ bytes: bomb, originalName: 'bomb.png', draftId: draft.id })
        .catch((error: unknown) => error)
    })
    expect(refusal).toBeInstanceOf(MediaError)
    expect(refusal).toMatchObject({
      code: 'media.too_many_pixels',
      params: { width: 20000, height: 20000, megapixels: 400, maxMegapixels: 120 }
    })
    expect(growth).toBeLessThan(200 * MB)
    expect(store.listForDraft(draft.id)).toEqual([])
  })

  it('is refused by normalisation too, before any decoding', async () => {
    let refusal: unknown
    const growth = await peakRssGrowth(async () => {
      refusal = await normalizeForSpec(bomb, { formats: ['jpeg'], maxBytes: 2 * MB }).catch(
        (error: unknown) => error
      )
    })
    expect(refusal).toMatchObject({ code: 'media.too_many_pixels' })
    expect(growth).toBeLessThan(200 * MB)
  })
})
