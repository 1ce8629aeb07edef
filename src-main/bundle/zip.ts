import { zipSync, type Zippable } from 'fflate'

/** One file to pack; `store` for content that is already compressed (images). */
export interface ZipInput {
  data: Uint8Array
  store: boolean
}

/**
 * A zip whose bytes depend only on its input: entries sorted by path, one fixed time,
 * DOS attributes, no extra fields or comments, deflate level 9 for text.
 */
export function writeZip(
  files: ReadonlyMap<string, ZipInput>,
  time: Date
): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {}
  // Code-unit order, not localeCompare: the same on every machine and locale.
  for (const path of [...files.keys()].sort()) {
    const file = files.get(path)
    if (!file) continue
    entries[path] = [file.data, { level: file.store ? 0 : 9, mtime: time, os: 0, attrs: 0 }]
  }
  const zip = zipSync(entries)
  stampDosTime(zip, time)
  return zip
}

/**
 * fflate derives the DOS date/time from local-time getters, so the bytes would follow the
 * machine's time zone; and a UTC wall time inside a DST gap has no local Date at all.
 * Rewrite the fields in every local and central header from UTC (APPNOTE 4.3.7, 4.3.12).
 */
function stampDosTime(zip: Uint8Array, time: Date): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const dosTime =
    (time.getUTCHours() << 11) | (time.getUTCMinutes() << 5) | (time.getUTCSeconds() >> 1)
  const dosDate =
    ((time.getUTCFullYear() - 1980) << 9) | ((time.getUTCMonth() + 1) << 5) | time.getUTCDate()
  // zipSync writes no archive comment, so the end record is the last 22 bytes.
  const end = zip.length - 22
  const count = view.getUint16(end + 10, true)
  let central = view.getUint32(end + 16, true)
  for (let index = 0; index < count; index++) {
    const local = view.getUint32(central + 42, true)
    view.setUint16(central + 12, dosTime, true)
    view.setUint16(central + 14, dosDate, true)
    view.setUint16(local + 10, dosTime, true)
    view.setUint16(local + 12, dosDate, true)
    central +=
      46 +
      view.getUint16(central + 28, true) +
      view.getUint16(central + 30, true) +
      view.getUint16(central + 32, true)
  }
}
