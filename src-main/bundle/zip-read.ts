import { crc32, inflateRawSync } from 'node:zlib'

/**
 * Reading untrusted zips (APPNOTE 6.3.10) from the central directory, without trusting it:
 * what each entry is (file, folder, symlink, device) comes from its external attributes, and
 * an entry is inflated with a ceiling, so a bomb stops at the size it declared.
 */

export interface ZipEntryInfo {
  /** Position in the central directory; names may repeat in a hostile zip. */
  index: number
  name: string
  /** Size once unpacked, as the header claims. */
  originalSize: number
  compressedSize: number
  crc32: number
  /** 0 stored, 8 deflated; anything else is refused when read. */
  method: number
  /** `file`, or what else the attributes say it is (unzip would create that, not a file). */
  kind: 'file' | 'folder' | 'symlink' | 'device'
  localOffset: number
}

const END_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const UNIX_HOST = 3
const S_IFMT = 0o170000
const S_IFREG = 0o100000
const S_IFDIR = 0o040000
const S_IFLNK = 0o120000
const MSDOS_DIRECTORY = 0x10

function entryKind(madeBy: number, attributes: number, name: string): ZipEntryInfo['kind'] {
  if (name.endsWith('/') || (attributes & MSDOS_DIRECTORY) !== 0) return 'folder'
  if (madeBy >> 8 !== UNIX_HOST) return 'file'
  const type = (attributes >>> 16) & S_IFMT
  if (type === 0 || type === S_IFREG) return 'file'
  if (type === S_IFDIR) return 'folder'
  return type === S_IFLNK ? 'symlink' : 'device'
}

/** The central directory's entries. Throws if the zip's structure cannot be read. */
export function listZipEntries(zip: Uint8Array): ZipEntryInfo[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  // The end record is the last 22 bytes plus a comment of up to 65535.
  let end = zip.length - 22
  const stop = Math.max(0, end - 0xffff)
  while (end >= stop && view.getUint32(end, true) !== END_SIGNATURE) end--
  if (end < stop) throw new Error('no end of central directory')
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const decoder = new TextDecoder('utf-8')
  const entries: ZipEntryInfo[] = []
  for (let index = 0; index < count; index++) {
    if (view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new Error('bad central directory')
    const nameLength = view.getUint16(at + 28, true)
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength))
    const attributes = view.getUint32(at + 38, true)
    entries.push({
      index,
      name,
      originalSize: view.getUint32(at + 24, true),
      compressedSize: view.getUint32(at + 20, true),
      crc32: view.getUint32(at + 16, true),
      method: view.getUint16(at + 10, true),
      kind: entryKind(view.getUint16(at + 4, true), attributes, name),
      localOffset: view.getUint32(at + 42, true)
    })
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return entries
}

export type EntryRead =
  | { ok: true; data: Uint8Array; crcMatches: boolean }
  | { ok: false; reason: 'inflates_past_size' | 'unreadable' }

/**
 * Unpacks one entry, inflating no further than `maxBytes` (the size the manifest declares),
 * and compares its CRC-32 with the central directory's.
 */
export function readZipEntry(zip: Uint8Array, entry: ZipEntryInfo, maxBytes: number): EntryRead {
  let data: Uint8Array
  try {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
    const local = entry.localOffset
    if (view.getUint32(local, true) !== LOCAL_SIGNATURE) return { ok: false, reason: 'unreadable' }
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const packed = zip.subarray(start, start + entry.compressedSize)
    if (packed.length !== entry.compressedSize) return { ok: false, reason: 'unreadable' }
    if (entry.method === 0) {
      if (packed.length > maxBytes) return { ok: false, reason: 'inflates_past_size' }
      data = packed
    } else if (entry.method === 8) {
      // One byte over the ceiling is enough to know the entry lies about its size.
      data = inflateRawSync(packed, { maxOutputLength: maxBytes + 1 })
      if (data.length > maxBytes) return { ok: false, reason: 'inflates_past_size' }
    } else {
      return { ok: false, reason: 'unreadable' }
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code
    return {
      ok: false,
      reason: code === 'ERR_BUFFER_TOO_LARGE' ? 'inflates_past_size' : 'unreadable'
    }
  }
  return { ok: true, data, crcMatches: crc32(data) === entry.crc32 }
}
