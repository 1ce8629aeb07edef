import sharp from 'sharp'

/** Longest side of a summary thumbnail: enough to recognise a document, small to inline. */
const EDGE = 240

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
    const jpeg = await sharp(data)
      .rotate()
      .resize(EDGE, EDGE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 70 })
      .toBuffer()
    thumbnails.set(path, new Uint8Array(jpeg))
  }
  return thumbnails
}
