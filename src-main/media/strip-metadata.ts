import { crc32 } from 'node:zlib'
import type { ImageKind } from './sniff'

/**
 * Drops what a camera or phone writes beside the pixels (EXIF with GPS, XMP, IPTC, comments,
 * embedded previews) from a stored original, without re-encoding: the pixels, the colour
 * profile and the orientation stay exactly as they were, so every normalised copy made from
 * the stripped file is byte-identical to one made from the file as imported. Orientation
 * survives as a minimal EXIF block holding that one tag. Other kinds are kept as they are.
 */
export function stripMetadata(kind: ImageKind, bytes: Uint8Array): Uint8Array {
  if (kind === 'jpeg')
    return stripJpeg(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  if (kind === 'png') return stripPng(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  return bytes
}

const EXIF_HEADER = Buffer.from('Exif\0\0', 'latin1')
const ICC_HEADER = Buffer.from('ICC_PROFILE\0', 'latin1')
const ADOBE_HEADER = Buffer.from('Adobe', 'latin1')
const ORIENTATION_TAG = 0x0112

/** The Orientation tag (1–8) of a TIFF structure (EXIF's body), or 1 when absent or unreadable. */
function tiffOrientation(tiff: Buffer): number {
  if (tiff.length < 8) return 1
  const little = tiff.toString('latin1', 0, 2) === 'II'
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at))
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at))
  const ifd = u32(4)
  if (ifd + 2 > tiff.length) return 1
  const count = u16(ifd)
  for (let i = 0; i < count; i += 1) {
    const entry = ifd + 2 + i * 12
    if (entry + 12 > tiff.length) return 1
    if (u16(entry) === ORIENTATION_TAG) {
      const value = u16(entry + 8)
      return value >= 1 && value <= 8 ? value : 1
    }
  }
  return 1
}

/** A big-endian TIFF with one IFD entry: Orientation. */
function orientationTiff(orientation: number): Buffer {
  const tiff = Buffer.alloc(26)
  tiff.write('MM\0*', 0, 'latin1')
  tiff.writeUInt32BE(8, 4)
  tiff.writeUInt16BE(1, 8)
  tiff.writeUInt16BE(ORIENTATION_TAG, 10)
  tiff.writeUInt16BE(3, 12) // SHORT
  tiff.writeUInt32BE(1, 14)
  tiff.writeUInt16BE(orientation, 18)
  tiff.writeUInt32BE(0, 22) // no next IFD
  return tiff
}

function jpegSegment(marker: number, body: Buffer): Buffer {
  const head = Buffer.alloc(4)
  head.writeUInt16BE(0xff00 | marker, 0)
  head.writeUInt16BE(body.length + 2, 2)
  return Buffer.concat([head, body])
}

/** JFIF, ICC profile and Adobe (colour transform) stay: they change how pixels decode. */
function keepJpegSegment(marker: number, body: Buffer): boolean {
  if (marker === 0xfe) return false // COM
  if (marker < 0xe0 || marker > 0xef) return true
  if (marker === 0xe0) return true
  if (marker === 0xe2) return body.subarray(0, ICC_HEADER.length).equals(ICC_HEADER)
  if (marker === 0xee) return body.subarray(0, ADOBE_HEADER.length).equals(ADOBE_HEADER)
  return false
}

function stripJpeg(bytes: Buffer): Uint8Array {
  const parts: Buffer[] = [bytes.subarray(0, 2)]
  let orientation = 1
  let at = 2
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return bytes // not a segment boundary: leave the file alone
    const marker = bytes[at + 1] ?? 0
    if (marker === 0xff) {
      at += 1 // fill byte
      continue
    }
    const length = bytes.readUInt16BE(at + 2)
    const body = bytes.subarray(at + 4, at + 2 + length)
    const end = at + 2 + length
    if (marker === 0xe1 && body.subarray(0, EXIF_HEADER.length).equals(EXIF_HEADER)) {
      orientation = tiffOrientation(body.subarray(EXIF_HEADER.length))
    } else if (keepJpegSegment(marker, body)) {
      parts.push(bytes.subarray(at, end))
    }
    at = end
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is not stuffing (FF00) or a restart.
      let scan = at
      while (scan + 1 < bytes.length) {
        const next = bytes[scan + 1] ?? 0
        if (bytes[scan] === 0xff && next !== 0 && !(next >= 0xd0 && next <= 0xd7)) break
        scan += 1
      }
      if (scan + 1 >= bytes.length) scan = bytes.length
      parts.push(bytes.subarray(at, scan))
      at = scan
      if (bytes[at + 1] === 0xd9) {
        // Through EOI; anything appended after it (e.g. MPF previews) is dropped.
        parts.push(bytes.subarray(at, at + 2))
        break
      }
    }
  }
  if (orientation !== 1) {
    parts.splice(
      1,
      0,
      jpegSegment(0xe1, Buffer.concat([EXIF_HEADER, orientationTiff(orientation)]))
    )
  }
  return Buffer.concat(parts)
}

const PNG_DROPPED = new Set(['tEXt', 'zTXt', 'iTXt', 'tIME', 'eXIf'])

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

function stripPng(bytes: Buffer): Uint8Array {
  const parts: Buffer[] = [bytes.subarray(0, 8)]
  let at = 8
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at)
    const type = bytes.toString('latin1', at + 4, at + 8)
    const end = at + 12 + length
    if (end > bytes.length) return bytes
    if (type === 'eXIf') {
      const orientation = tiffOrientation(bytes.subarray(at + 8, at + 8 + length))
      if (orientation !== 1) parts.push(pngChunk('eXIf', orientationTiff(orientation)))
    } else if (!PNG_DROPPED.has(type)) {
      parts.push(bytes.subarray(at, end))
    }
    at = end
    if (type === 'IEND') break
  }
  return Buffer.concat(parts)
}
