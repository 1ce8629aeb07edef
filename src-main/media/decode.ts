import { availableParallelism } from 'node:os'
import sharp, { type Sharp } from 'sharp'
import { decodeBmp, readBmpHeader } from './bmp'
import { formatBytes, MediaError } from './media-error'
import { IMAGE_MIME, sniffImage, type ImageKind } from './sniff'

/**
 * Safe decoding of untrusted pictures. Every check that needs no pixels (type, byte size,
 * header dimensions) runs before any full decode, so a decompression bomb is refused while
 * it is still a few kilobytes. sharp does its work on libuv's thread pool, which keeps the
 * main process's event loop (and so the window) responsive.
 */

// One core stays free for the event loop and the renderer; libvips' operation cache only
// pays off when one image is processed again and again, which the variant cache does instead.
sharp.concurrency(Math.max(1, availableParallelism() - 1))
sharp.cache(false)

export interface DecodeLimits {
  maxBytes: number
  maxPixels: number
}

/**
 * 100 MB holds a phone's largest HEIC/JPEG and an A4 colour scan; 120 megapixels lets a
 * 108 MP phone photo through and refuses the 20000 × 20000 kind of bomb.
 */
export const DEFAULT_DECODE_LIMITS: DecodeLimits = {
  maxBytes: 100 * 1024 * 1024,
  maxPixels: 120_000_000
}

export interface ImageHeader {
  kind: ImageKind
  mime: string
  /** Upright dimensions, after the EXIF orientation is applied. */
  width: number
  height: number
  bytes: number
  /** libvips interpretation: `srgb`, `cmyk`, `b-w`, `rgb16` … */
  space: string
  hasAlpha: boolean
  bitsPerSample: number
}

/** Type, size and dimensions from the header only; no pixel is decoded. */
export async function readImageHeader(
  bytes: Uint8Array,
  limits: DecodeLimits = DEFAULT_DECODE_LIMITS
): Promise<ImageHeader> {
  if (bytes.length > limits.maxBytes) {
    throw new MediaError('media.too_large_bytes', {
      bytes: bytes.length,
      maxBytes: limits.maxBytes,
      size: formatBytes(bytes.length),
      maxSize: formatBytes(limits.maxBytes)
    })
  }
  const kind = sniffImage(bytes)
  const header = kind === 'bmp' ? bmpHeader(bytes) : await sharpHeader(bytes, kind)
  if (header.width * header.height > limits.maxPixels) {
    throw new MediaError('media.too_many_pixels', {
      width: header.width,
      height: header.height,
      megapixels: Math.round((header.width * header.height) / 1e6),
      maxMegapixels: Math.round(limits.maxPixels / 1e6)
    })
  }
  return header
}

/** The header checks, then one full decode (at reduced size) to prove every pixel is there. */
export async function inspectImage(
  bytes: Uint8Array,
  limits: DecodeLimits = DEFAULT_DECODE_LIMITS
): Promise<ImageHeader> {
  const header = await readImageHeader(bytes, limits)
  // Not turned upright: a 90° turn needs the whole picture in memory, the check does not.
  const image = await openImage(bytes, header, limits, { upright: false })
  await image
    .resize({ width: 64, height: 64, fit: 'inside' })
    .raw()
    .toBuffer()
    .catch((error: unknown) => {
      throw decodeFailure(error, header.kind)
    })
  return header
}

/**
 * A sharp pipeline over the first frame of an image whose header passed the limits,
 * turned upright unless asked not to; libvips enforces the pixel limit again as a second
 * line of defence.
 */
export async function openImage(
  bytes: Uint8Array,
  header: ImageHeader,
  limits: DecodeLimits = DEFAULT_DECODE_LIMITS,
  { upright = true }: { upright?: boolean } = {}
): Promise<Sharp> {
  if (header.kind === 'bmp') {
    const raw = await decodeBmp(bytes)
    return sharp(raw.data, {
      raw: { width: raw.width, height: raw.height, channels: raw.channels }
    })
  }
  return sharp(bytes, {
    autoOrient: upright,
    failOn: 'error',
    limitInputPixels: limits.maxPixels,
    pages: 1
  })
}

/** Maps a libvips failure to the reason the user is shown. */
export function decodeFailure(error: unknown, kind: ImageKind): MediaError {
  if (error instanceof MediaError) return error
  const message = error instanceof Error ? error.message.toLowerCase() : ''
  // The second: a HEIC photo, whose HEVC decoder sharp's bundled libvips leaves out.
  if (message.includes('unsupported image format') || message.includes('has not been built in')) {
    return new MediaError('media.unsupported_type', { kind })
  }
  if (message.includes('premature end') || message.includes('truncated')) {
    return new MediaError('media.truncated', { kind })
  }
  return new MediaError('media.decode_failed', { kind })
}

function bmpHeader(bytes: Uint8Array): ImageHeader {
  const { width, height, hasAlpha } = readBmpHeader(bytes)
  return {
    kind: 'bmp',
    mime: IMAGE_MIME.bmp,
    width,
    height,
    bytes: bytes.length,
    space: 'srgb',
    hasAlpha,
    bitsPerSample: 8
  }
}

async function sharpHeader(bytes: Uint8Array, kind: ImageKind): Promise<ImageHeader> {
  // Reading the header decodes no pixels; the limit is checked on its answer instead.
  const meta = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch((error: unknown) => {
      throw decodeFailure(error, kind)
    })
  const upright = meta.autoOrient
  return {
    kind,
    mime: IMAGE_MIME[kind],
    width: upright.width,
    height: upright.height,
    bytes: bytes.length,
    space: meta.space,
    hasAlpha: meta.hasAlpha,
    bitsPerSample: meta.bitsPerSample ?? (meta.depth === 'ushort' ? 16 : 8)
  }
}
