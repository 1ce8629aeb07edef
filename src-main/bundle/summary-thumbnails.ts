import sharp from 'sharp'
import { createRecentBytes } from '../media/recent-bytes'

/** Longest side of a summary thumbnail: enough to recognise a document, small to inline. */
const EDGE = 240

/** A packed picture's path names its content's hash (`media/<sha256>.<ext>`). */
const HASHED_PATH = /^media\/[0-9a-f]{64}\.[a-z0-9]{1,8}$/

/**
 * Thumbnails already made, by path: a draft's platforms pack many of the same pictures, and a
 * bulk export writes them one bundle after another. A few thousand fit in the budget.
 */
const made = createRecentBytes(16 * 1024 * 1024)

/**
 * A small JPEG of each packed picture, for summary.html to inline instead of the full image.
 * sharp drops metadata and gives the same bytes for the same input, so the bundle stays
 * deterministic.
 */
export async function summaryThumbnails(
  files: ReadonlyMap<string, Uint8Array>
): Promise<Map<string, Uint8Array>> {
  const thumbnails = new Map<string, Uint8Array>()
  for (const [path, data] of files) {
    const known = HASHED_PATH.test(path)
    let jpeg = known ? made.get(path) : undefined
    if (!jpeg) {
      jpeg = new Uint8Array(
        await sharp(data)
          .rotate()
          .resize(EDGE, EDGE, { fit: 'inside', withoutEnlargement: true })
          .flatten({ background: '#ffffff' })
          .jpeg({ quality: 70 })
          .toBuffer()
      )
      if (known) made.set(path, jpeg)
    }
    thumbnails.set(path, jpeg)
  }
  return thumbnails
}
