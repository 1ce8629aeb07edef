import { setImmediate as nextTurn } from 'node:timers/promises'
import { MediaError } from './media-error'

/**
 * BMP, which scanners and old Windows tools still write, is the one accepted format that
 * sharp's bundled libvips cannot read; this reads the uncompressed variants into raw pixels
 * for sharp. Run-length and embedded JPEG/PNG BMPs are rare and refused.
 */
export interface BmpHeader {
  width: number
  height: number
  bitsPerPixel: number
  hasAlpha: boolean
}

interface BmpLayout extends BmpHeader {
  topDown: boolean
  dataOffset: number
  stride: number
  palette: Uint8Array[]
  masks: ChannelMask[]
}

interface ChannelMask {
  mask: number
  shift: number
  max: number
}

export interface RawImage {
  data: Buffer
  width: number
  height: number
  channels: 3 | 4
}

const BI_RGB = 0
const BI_BITFIELDS = 3
const BI_ALPHABITFIELDS = 6
/** Yield to the event loop every this many rows so a big scan never freezes the window. */
const ROWS_PER_TURN = 256

export function readBmpHeader(bytes: Uint8Array): BmpHeader {
  const { width, height, bitsPerPixel, hasAlpha } = readLayout(bytes)
  return { width, height, bitsPerPixel, hasAlpha }
}

export async function decodeBmp(bytes: Uint8Array): Promise<RawImage> {
  const layout = readLayout(bytes)
  const { width, height } = layout
  const channels = layout.hasAlpha ? 4 : 3
  const data = Buffer.alloc(width * height * channels)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let y = 0; y < height; y += 1) {
    if (y % ROWS_PER_TURN === ROWS_PER_TURN - 1) await nextTurn()
    const source = layout.dataOffset + (layout.topDown ? y : height - 1 - y) * layout.stride
    decodeRow(bytes, view, layout, source, data, y * width * channels)
  }
  // Many writers declare an alpha mask and leave it all zero; viewers show those opaque.
  if (channels === 4 && !hasVisibleAlpha(data)) {
    for (let at = 3; at < data.length; at += 4) data[at] = 255
  }
  return { data, width, height, channels }
}

function decodeRow(
  bytes: Uint8Array,
  view: DataView,
  layout: BmpLayout,
  rowStart: number,
  out: Buffer,
  outStart: number
): void {
  const { width, bitsPerPixel: bits, masks, palette } = layout
  const channels = layout.hasAlpha ? 4 : 3
  for (let x = 0, at = outStart; x < width; x += 1, at += channels) {
    if (bits <= 8) {
      const bitOffset = x * bits
      const byte = bytes[rowStart + (bitOffset >> 3)] ?? 0
      const entry = palette[(byte >> (8 - bits - (bitOffset & 7))) & ((1 << bits) - 1)] ?? BLACK
      out[at] = entry[2] ?? 0
      out[at + 1] = entry[1] ?? 0
      out[at + 2] = entry[0] ?? 0
    } else if (bits === 24) {
      const from = rowStart + x * 3
      out[at] = bytes[from + 2] ?? 0
      out[at + 1] = bytes[from + 1] ?? 0
      out[at + 2] = bytes[from] ?? 0
    } else {
      const value =
        bits === 16
          ? view.getUint16(rowStart + x * 2, true)
          : view.getUint32(rowStart + x * 4, true)
      for (let band = 0; band < channels; band += 1) out[at + band] = channel(value, masks[band])
    }
  }
}

function hasVisibleAlpha(rgba: Buffer): boolean {
  for (let at = 3; at < rgba.length; at += 4) if (rgba[at] !== 0) return true
  return false
}

const BLACK = new Uint8Array(3)

function channel(value: number, mask: ChannelMask | undefined): number {
  if (!mask || mask.max === 0) return 0
  return Math.round(((((value & mask.mask) >>> 0) >>> mask.shift) * 255) / mask.max)
}

function readLayout(bytes: Uint8Array): BmpLayout {
  if (bytes.length < 26) throw new MediaError('media.truncated', { kind: 'bmp' })
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const dataOffset = view.getUint32(10, true)
  const headerSize = view.getUint32(14, true)
  const core = headerSize === 12
  if (bytes.length < 14 + Math.min(headerSize, 56)) {
    throw new MediaError('media.truncated', { kind: 'bmp' })
  }
  const width = core ? view.getUint16(18, true) : view.getInt32(18, true)
  const signedHeight = core ? view.getUint16(20, true) : view.getInt32(22, true)
  const bitsPerPixel = core ? view.getUint16(24, true) : view.getUint16(28, true)
  const compression = core ? BI_RGB : view.getUint32(30, true)
  const height = Math.abs(signedHeight)

  if (compression !== BI_RGB && compression !== BI_BITFIELDS && compression !== BI_ALPHABITFIELDS) {
    throw new MediaError('media.unsupported_type', { kind: 'bmp-compressed' })
  }
  if (width <= 0 || height === 0 || ![1, 4, 8, 16, 24, 32].includes(bitsPerPixel)) {
    throw new MediaError('media.decode_failed', { kind: 'bmp' })
  }

  const masks =
    bitsPerPixel === 16 || bitsPerPixel === 32
      ? readMasks(view, headerSize, compression, bitsPerPixel)
      : []
  const palette = bitsPerPixel <= 8 ? readPalette(bytes, view, headerSize, bitsPerPixel, core) : []
  const stride = Math.floor((bitsPerPixel * width + 31) / 32) * 4
  if (dataOffset + stride * height > bytes.length) {
    throw new MediaError('media.truncated', { kind: 'bmp' })
  }
  return {
    width,
    height,
    bitsPerPixel,
    hasAlpha: masks.length === 4,
    topDown: signedHeight < 0,
    dataOffset,
    stride,
    palette,
    masks
  }
}

function readMasks(
  view: DataView,
  headerSize: number,
  compression: number,
  bitsPerPixel: number
): ChannelMask[] {
  if (compression === BI_RGB) {
    // Without bit fields the layout is fixed: 5-5-5 for 16 bits, B-G-R-unused for 32.
    const values = bitsPerPixel === 16 ? [0x7c00, 0x03e0, 0x001f] : [0xff0000, 0x00ff00, 0x0000ff]
    return values.map(toChannelMask)
  }
  // BITMAPINFOHEADER keeps the masks right after itself; later headers include them.
  const withAlpha = compression === BI_ALPHABITFIELDS || headerSize >= 56
  if (view.byteLength < 54 + (withAlpha ? 16 : 12)) {
    throw new MediaError('media.truncated', { kind: 'bmp' })
  }
  const values = [0, 4, 8, ...(withAlpha ? [12] : [])].map((offset) =>
    view.getUint32(54 + offset, true)
  )
  return values.filter((value, index) => index < 3 || value !== 0).map(toChannelMask)
}

function toChannelMask(mask: number): ChannelMask {
  if (mask === 0) return { mask, shift: 0, max: 0 }
  let shift = 0
  while (((mask >>> shift) & 1) === 0) shift += 1
  return { mask, shift, max: mask >>> shift }
}

function readPalette(
  bytes: Uint8Array,
  view: DataView,
  headerSize: number,
  bitsPerPixel: number,
  core: boolean
): Uint8Array[] {
  const declared = core ? 0 : view.getUint32(46, true)
  const count = declared > 0 ? Math.min(declared, 256) : 1 << bitsPerPixel
  const entrySize = core ? 3 : 4
  const start = 14 + headerSize
  if (start + count * entrySize > bytes.length) {
    throw new MediaError('media.truncated', { kind: 'bmp' })
  }
  return Array.from({ length: count }, (_, index) =>
    bytes.subarray(start + index * entrySize, start + index * entrySize + 3)
  )
}
