/** Raw 8-bit pixels, rows top to bottom, channels interleaved. */
export interface Pixels {
  data: Buffer
  width: number
  height: number
  channels: 1 | 2 | 3 | 4
}

/** A picture's stand-in for guessing its encoded size: some of its tiles, side by side. */
export interface PixelSample {
  pixels: Pixels
  /** Picture pixels per sample pixel: 1 when the sample is the whole picture. */
  scale: number
}

/**
 * Two 4:2:0 JPEG blocks (and one WebP macroblock pair) a side, and tiles start on multiples
 * of 16: the sample's blocks are the picture's own blocks, coded the same way.
 */
const TILE = 32
const ALIGN = 16
/** About 1.6% of a 12 MP photo: encoding it at a few qualities costs a fraction of one full encode. */
const TILES = 192
/** Below this many picture pixels per sample pixel, the picture is its own sample. */
const MIN_SCALE = 4

/**
 * Evenly spread tiles of the picture packed into a small image, so encoding it at a quality
 * tells how many bytes the whole picture takes per pixel at that quality. A small picture is
 * its own sample, and its guess is exact.
 */
export function samplePixels(pixels: Pixels): PixelSample {
  const across = Math.min(
    Math.floor(pixels.width / TILE),
    Math.max(1, Math.round(Math.sqrt((TILES * pixels.width) / pixels.height)))
  )
  const down = Math.min(Math.floor(pixels.height / TILE), Math.max(1, Math.round(TILES / across)))
  const scale = (pixels.width * pixels.height) / (across * down * TILE * TILE)
  if (across < 1 || down < 1 || scale < MIN_SCALE) return { pixels, scale: 1 }
  const { channels } = pixels
  const width = across * TILE
  const data = Buffer.alloc(width * down * TILE * channels)
  const rowBytes = TILE * channels
  for (let row = 0; row < down; row++) {
    const top = tileStart(row, down, pixels.height)
    for (let column = 0; column < across; column++) {
      const left = tileStart(column, across, pixels.width)
      for (let y = 0; y < TILE; y++) {
        const from = ((top + y) * pixels.width + left) * channels
        const to = ((row * TILE + y) * width + column * TILE) * channels
        pixels.data.copy(data, to, from, from + rowBytes)
      }
    }
  }
  return { pixels: { data, width, height: down * TILE, channels }, scale }
}

/** Where the index-th of `count` tiles starts along a side of `length` pixels. */
function tileStart(index: number, count: number, length: number): number {
  const centred = Math.round(((index + 0.5) * length) / count - TILE / 2)
  const aligned = Math.floor(Math.max(0, centred) / ALIGN) * ALIGN
  return Math.min(aligned, Math.floor((length - TILE) / ALIGN) * ALIGN)
}
