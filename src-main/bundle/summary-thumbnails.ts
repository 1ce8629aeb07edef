import sharp from 'sharp'

/** Longest side of a summary thumbnail: enough to recognise a document, small to inline. */
const EDGE = 240
/** Thumbnails kept per media store: a bulk export's pictures, each made once for every bundle. */
const KEPT = 2048

/**
 * A small JPEG of each packed picture, for summary.html to inline instead of the full image.
 * sharp drops metadata and gives the same bytes for the same input, so the bundle stays
 * deterministic — and a picture's path names its content (`media/<sha256>.jpg`), so one
 * made before for another platform's bundle or an earlier export is the same and is reused.
 */
export async function summaryThumbnails(
  files: ReadonlyMap<string, Uint8Array>,
  made: Map<string, Promise<Uint8Array>> = new Map()
): Promise<Map<string, Uint8Array>> {
  const thumbnails = new Map<string, Uint8Array>()
  for (const [path, data] of files) {
    let thumbnail = made.get(path)
    if (!thumbnail) {
      thumbnail = thumbnailOf(data)
      made.set(path, thumbnail)
      // Oldest first out: a Map iterates in insertion order.
      if (made.size > KEPT) made.delete(made.keys().next().value!)
      // A failure is not kept: the next bundle tries again and reports it in its context.
      thumbnail.catch(() => made.delete(path))
    }
    thumbnails.set(path, await thumbnail)
  }
  return thumbnails
}

async function thumbnailOf(data: Uint8Array): Promise<Uint8Array> {
  const jpeg = await sharp(data)
    .rotate()
    .resize(EDGE, EDGE, { fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 70 })
    .toBuffer()
  return new Uint8Array(jpeg)
}
