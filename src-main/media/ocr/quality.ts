import sharp from 'sharp'
import type { PhotoQuality } from '../../domain/documents/document-read-schema'

/** Measured on a copy this wide: enough detail for focus, cheap on a 12 MP photo. */
const WIDTH = 1000
/** Below this spread of the Laplacian the text edges are soft: the photo is blurred. */
export const BLUR_THRESHOLD = 20
const DARK_THRESHOLD = 60
/** Share of near-white pixels above which a flash or lamp is washing out the text. */
const GLARE_THRESHOLD = 0.25

/**
 * Sharpness as the standard deviation of the Laplacian (edges of printed text are strong in
 * a focused photo), brightness as mean luminance, glare as the share of clipped pixels.
 */
export async function measurePhotoQuality(image: Uint8Array): Promise<PhotoQuality> {
  const grey = sharp(image).rotate().resize({ width: WIDTH, withoutEnlargement: true }).greyscale()
  const { data } = await grey.clone().raw().toBuffer({ resolveWithObject: true })
  let sum = 0
  let clipped = 0
  for (const value of data) {
    sum += value
    if (value >= 250) clipped += 1
  }
  const brightness = sum / data.length
  const glare = clipped / data.length
  const laplacian = await grey
    .convolve({ width: 3, height: 3, kernel: [0, 1, 0, 1, -4, 1, 0, 1, 0], offset: 128 })
    .stats()
  const sharpness = laplacian.channels[0]?.stdev ?? 0
  const verdict =
    brightness < DARK_THRESHOLD
      ? 'dark'
      : glare > GLARE_THRESHOLD
        ? 'glare'
        : sharpness < BLUR_THRESHOLD
          ? 'blurred'
          : 'ok'
  return { sharpness, brightness, glare, verdict }
}
