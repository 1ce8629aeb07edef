import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { summaryThumbnails } from '../../../src-main/bundle/summary-thumbnails'

/** The small JPEGs summary.html inlines, and their reuse from bundle to bundle. */

const PATH = 'media/3f5a.jpg'
const photo = () =>
  sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#3366aa' } })
    .jpeg()
    .toBuffer()
const NOT_AN_IMAGE = new Uint8Array([1, 2, 3, 4])

describe('summary thumbnails', () => {
  it('makes a JPEG no larger than 240 pixels on its longest side', async () => {
    const thumbnails = await summaryThumbnails(new Map([[PATH, new Uint8Array(await photo())]]))
    const meta = await sharp(thumbnails.get(PATH)).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 240, 180])
  })

  it('reuses the thumbnail made for the same picture path in an earlier bundle', async () => {
    const made = new Map<string, Promise<Uint8Array>>()
    const first = await summaryThumbnails(new Map([[PATH, new Uint8Array(await photo())]]), made)
    // The path names the picture's content: what it holds now is never decoded again.
    const second = await summaryThumbnails(new Map([[PATH, NOT_AN_IMAGE]]), made)
    expect(second.get(PATH)).toEqual(first.get(PATH))
  })

  it('keeps no failure: the next bundle tries the picture again', async () => {
    const made = new Map<string, Promise<Uint8Array>>()
    await expect(summaryThumbnails(new Map([[PATH, NOT_AN_IMAGE]]), made)).rejects.toThrow()
    const again = await summaryThumbnails(new Map([[PATH, new Uint8Array(await photo())]]), made)
    expect(again.get(PATH)?.byteLength).toBeGreaterThan(0)
  })
})
