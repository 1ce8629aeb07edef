import { deflateSync } from 'fflate'
import { crc32 } from 'node:zlib'

/** One file to pack; `store` for content that is already compressed (images). */
export interface ZipInput {
  data: Uint8Array
  store: boolean
}

const LOCAL_SIGNATURE = 0x04034b50
const CENTRAL_SIGNATURE = 0x02014b50
const END_SIGNATURE = 0x06054b50
/** APPNOTE 4.4.3: 2.0, deflate. */
const VERSION = 20
/** APPNOTE 4.4.4 bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800

/**
 * A zip whose bytes depend only on its input: entries sorted by path, one fixed time (as
 * UTC), DOS attributes, no extra fields or comments, deflate level 9 for text. The layout
 * is fflate's `zipSync`; the CRC-32 is zlib's, many times faster than fflate's over the
 * pictures, which are most of a bundle's bytes.
 */
export function writeZip(
  files: ReadonlyMap<string, ZipInput>,
  time: Date
): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder()
  // Code-unit order, not localeCompare: the same on every machine and locale.
  const entries = [...files.keys()].sort().map((path) => {
    const file = files.get(path)!
    const name = encoder.encode(path)
    return {
      name,
      flags: name.length === path.length ? 0 : UTF8_NAME,
      method: file.store ? 0 : 8,
      crc: crc32(file.data),
      size: file.data.length,
      packed: file.store ? file.data : deflateSync(file.data, { level: 9 })
    }
  })
  const dos = dosTime(time)
  const localBytes = entries.reduce(
    (sum, entry) => sum + 30 + entry.name.length + entry.packed.length,
    0
  )
  const centralBytes = entries.reduce((sum, entry) => sum + 46 + entry.name.length, 0)
  const zip = new Uint8Array(localBytes + centralBytes + 22)
  const view = new DataView(zip.buffer)
  // The fields a local and a central header share, from `at` (APPNOTE 4.3.7, 4.3.12).
  const common = (at: number, entry: (typeof entries)[number]) => {
    view.setUint16(at, VERSION, true)
    view.setUint16(at + 2, entry.flags, true)
    view.setUint16(at + 4, entry.method, true)
    view.setUint32(at + 6, dos, true)
    view.setUint32(at + 10, entry.crc, true)
    view.setUint32(at + 14, entry.packed.length, true)
    view.setUint32(at + 18, entry.size, true)
    view.setUint16(at + 22, entry.name.length, true)
  }
  let local = 0
  let central = localBytes
  for (const entry of entries) {
    view.setUint32(local, LOCAL_SIGNATURE, true)
    common(local + 4, entry)
    zip.set(entry.name, local + 30)
    zip.set(entry.packed, local + 30 + entry.name.length)
    view.setUint32(central, CENTRAL_SIGNATURE, true)
    // Made by version 2.0 on MS-DOS: attributes are DOS ones, all zero.
    view.setUint16(central + 4, VERSION, true)
    common(central + 6, entry)
    view.setUint32(central + 42, local, true)
    zip.set(entry.name, central + 46)
    local += 30 + entry.name.length + entry.packed.length
    central += 46 + entry.name.length
  }
  view.setUint32(central, END_SIGNATURE, true)
  view.setUint16(central + 8, entries.length, true)
  view.setUint16(central + 10, entries.length, true)
  view.setUint32(central + 12, centralBytes, true)
  view.setUint32(central + 16, localBytes, true)
  return zip
}

/**
 * The DOS date and time from UTC, so the bytes never follow the machine's time zone (a UTC
 * wall time inside a DST gap has no local Date at all).
 */
function dosTime(time: Date): number {
  const clock =
    (time.getUTCHours() << 11) | (time.getUTCMinutes() << 5) | (time.getUTCSeconds() >> 1)
  const date =
    ((time.getUTCFullYear() - 1980) << 9) | ((time.getUTCMonth() + 1) << 5) | time.getUTCDate()
  return ((date << 16) | clock) >>> 0
}
