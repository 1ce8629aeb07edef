import sharp from 'sharp'
import { readImageHeader } from '../decode'

/** Wide enough to read one printed line, small enough to sit under a field's warning. */
const MAX_WIDTH = 640

/**
 * The part of a document photo where a value was read (its OCR box, in the upright photo's
 * pixels), with a little air around it, as a small JPEG: the mismatch warning puts it next
 * to what was typed.
 */
export async function cropReadValue(
  image: Uint8Array,
  box: readonly (readonly [number, number])[]
): Promise<Uint8Array> {
  const { width, height } = await readImageHeader(image)
  const xs = box.map(([x]) => x)
  const ys = box.map(([, y]) => y)
  const lineHeight = Math.max(...ys) - Math.min(...ys)
  // A little air above and below (not the next printed line), more at the ends.
  const airY = Math.max(4, Math.round(lineHeight * 0.25))
  const airX = Math.max(12, Math.round(lineHeight))
  const left = clamp(Math.floor(Math.min(...xs)) - airX, width - 1)
  const top = clamp(Math.floor(Math.min(...ys)) - airY, height - 1)
  const right = clamp(Math.ceil(Math.max(...xs)) + airX, width)
  const bottom = clamp(Math.ceil(Math.max(...ys)) + airY, height)
  return sharp(image)
    .rotate()
    .extract({
      left,
      top,
      width: Math.max(1, right - left),
      height: Math.max(1, bottom - top)
    })
    .resize({ width: MAX_WIDTH, withoutEnlargement: true })
    .jpeg({ quality: 82 })
    .toBuffer()
}

function clamp(value: number, max: number): number {
  return Math.min(Math.max(0, value), Math.max(0, max))
}
