import { MediaError } from './media-error'

/**
 * Decides what a file is from its bytes alone: names and extensions lie (a PNG saved as
 * .jpg, a PDF renamed to .png), and platforms check the bytes too.
 */
export type ImageKind = 'jpeg' | 'png' | 'webp' | 'gif' | 'bmp' | 'heic' | 'avif'

export const IMAGE_MIME: Readonly<Record<ImageKind, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  bmp: 'image/bmp',
  heic: 'image/heic',
  avif: 'image/avif'
}

/** Returns the image kind, or throws `media.empty`, `media.unsupported_type` or `media.truncated`. */
export function sniffImage(bytes: Uint8Array): ImageKind {
  if (bytes.length === 0) throw new MediaError('media.empty')
  const kind = imageKind(bytes)
  if (!kind) throw new MediaError('media.unsupported_type', { kind: otherKind(bytes) })
  if (!isComplete(kind, bytes)) throw new MediaError('media.truncated', { kind })
  return kind
}

function imageKind(bytes: Uint8Array): ImageKind | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png'
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif'
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp'
  if (ascii(bytes, 0, 2) === 'BM' && BMP_HEADER_SIZES.has(readU32le(bytes, 14))) return 'bmp'
  if (ascii(bytes, 4, 8) === 'ftyp') return heifKind(bytes)
  return undefined
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
/** DIB header sizes: OS/2 core, BITMAPINFOHEADER, its V2/V3 extensions, OS/2 v2, V4, V5. */
const BMP_HEADER_SIZES = new Set([12, 40, 52, 56, 64, 108, 124])

/** ISO-BMFF files name their brands up front: AVIF and HEIC are images, mp4/mov are not. */
function heifKind(bytes: Uint8Array): ImageKind | undefined {
  const boxEnd = Math.min(readU32be(bytes, 0), bytes.length)
  const brands = [ascii(bytes, 8, 12)]
  for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(ascii(bytes, at, at + 4))
  if (brands.some((brand) => brand === 'avif' || brand === 'avis')) return 'avif'
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return 'heic'
  return undefined
}

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'])

/** A short name for what the file is instead, for the message (`svg`, `pdf`, `text` …). */
function otherKind(bytes: Uint8Array): string {
  const head = ascii(bytes, 0, 8)
  if (head.startsWith('%PDF-')) return 'pdf'
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return 'tiff'
  if (head.startsWith('PK\x03\x04')) return 'zip'
  if (head.startsWith('8BPS')) return 'psd'
  if (startsWith(bytes, [0, 0, 1, 0])) return 'ico'
  if (ascii(bytes, 4, 8) === 'ftyp') return 'video'
  const text = asText(bytes.subarray(0, 4096))
  if (text === undefined) return 'unknown'
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase()
  if (
    /<svg[\s>]/.test(start) &&
    (start.startsWith('<svg') || start.startsWith('<?xml') || start.startsWith('<!'))
  ) {
    return 'svg'
  }
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html'
  return 'text'
}

/** UTF-8 without control characters other than whitespace reads as text; anything else is binary. */
function asText(bytes: Uint8Array): string | undefined {
  const text = new TextDecoder('utf-8').decode(bytes)
  // A multi-byte character cut at the end of the sample is not binary.
  const body = text.replace(/\uFFFD{1,3}$/, '')
  for (let index = 0; index < body.length; index += 1) {
    const code = body.charCodeAt(index)
    if (code === 0xfffd || (code < 0x20 && !TEXT_CONTROLS.has(code))) return undefined
  }
  return text
}

/** Tab, line feed, vertical tab, form feed, carriage return. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d])

/**
 * A cheap structural walk that catches the commonest breakage, a file cut short (an
 * interrupted copy or download), before any decoder sees it. Data after the end marker
 * is allowed: phones append motion-photo videos and vendor trailers there.
 */
function isComplete(kind: ImageKind, bytes: Uint8Array): boolean {
  switch (kind) {
    case 'jpeg':
      return jpegIsComplete(bytes)
    case 'png':
      return pngIsComplete(bytes)
    case 'webp':
      return bytes.length >= 8 + readU32le(bytes, 4)
    case 'gif':
      return gifIsComplete(bytes)
    case 'heic':
    case 'avif':
      return boxesAreComplete(bytes)
    case 'bmp':
      // The BMP reader checks that the pixel rows are all there.
      return true
  }
}

function jpegIsComplete(bytes: Uint8Array): boolean {
  let at = 2
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) return false
    const marker = bytes[at + 1] ?? 0
    if (marker === 0xff) {
      at += 1 // fill byte
      continue
    }
    if (marker === 0xd9) return true
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2
      continue
    }
    if (at + 4 > bytes.length) return false
    const next = at + 2 + readU16be(bytes, at + 2)
    if (next > bytes.length) return false
    at = marker === 0xda ? endOfEntropyData(bytes, next) : next
  }
  return false
}

/** Entropy-coded data ends at the first 0xFF that is neither stuffing (FF 00) nor a restart marker. */
function endOfEntropyData(bytes: Uint8Array, from: number): number {
  let at = from
  for (;;) {
    at = bytes.indexOf(0xff, at)
    if (at < 0 || at + 1 >= bytes.length) return bytes.length
    const following = bytes[at + 1] ?? 0
    if (following !== 0 && following !== 0xff && !(following >= 0xd0 && following <= 0xd7)) {
      return at
    }
    at += following === 0xff ? 1 : 2
  }
}

function pngIsComplete(bytes: Uint8Array): boolean {
  let at = PNG_SIGNATURE.length
  while (at + 8 <= bytes.length) {
    const next = at + 12 + readU32be(bytes, at)
    if (next > bytes.length) return false
    if (ascii(bytes, at + 4, at + 8) === 'IEND') return true
    at = next
  }
  return false
}

/** A GIF ends with the trailer byte 0x3B; some writers pad after it with zeros. */
function gifIsComplete(bytes: Uint8Array): boolean {
  let end = bytes.length - 1
  while (end > 0 && bytes[end] === 0) end -= 1
  return bytes[end] === 0x3b
}

function boxesAreComplete(bytes: Uint8Array): boolean {
  let at = 0
  while (at + 8 <= bytes.length) {
    const size = readU32be(bytes, at)
    if (size === 0) return true // the last box runs to the end of the file
    const length =
      size === 1 ? readU32be(bytes, at + 8) * 2 ** 32 + readU32be(bytes, at + 12) : size
    if (length < 8 || at + length > bytes.length) return false
    at += length
  }
  return at === bytes.length
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value)
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to))
}

function readU16be(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0)
}

function readU32be(bytes: Uint8Array, at: number): number {
  return readU16be(bytes, at) * 0x10000 + readU16be(bytes, at + 2)
}

function readU32le(bytes: Uint8Array, at: number): number {
  return (
    (bytes[at + 3] ?? 0) * 0x1000000 +
    (bytes[at + 2] ?? 0) * 0x10000 +
    (bytes[at + 1] ?? 0) * 0x100 +
    (bytes[at] ?? 0)
  )
}
