import { zipSync, type Zippable } from 'fflate'
import { describe, expect, it } from 'vitest'
import { writeZip, type ZipInput } from '../../../src-main/bundle/zip'
import { listZipEntries, readZipEntry } from '../../../src-main/bundle/zip-read'

const text = (value: string): ZipInput => ({ data: new TextEncoder().encode(value), store: false })
const FILES = new Map<string, ZipInput>([
  ['summary.html', text('<p>营业执照</p>'.repeat(50))],
  [
    'media/picture.jpg',
    { data: Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) % 256), store: true }
  ],
  ['说明.txt', text('商户')],
  ['README.txt', text('')]
])
const TIME = new Date('2026-03-08T02:30:10Z')

/** What Kaitong wrote before: fflate's zipSync, its DOS times rewritten from UTC. */
function fflateZip(): Uint8Array {
  const entries: Zippable = {}
  for (const path of [...FILES.keys()].sort()) {
    const file = FILES.get(path)!
    entries[path] = [file.data, { level: file.store ? 0 : 9, mtime: TIME, os: 0, attrs: 0 }]
  }
  const zip = zipSync(entries)
  const view = new DataView(zip.buffer)
  const time =
    (TIME.getUTCHours() << 11) | (TIME.getUTCMinutes() << 5) | (TIME.getUTCSeconds() >> 1)
  const date =
    ((TIME.getUTCFullYear() - 1980) << 9) | ((TIME.getUTCMonth() + 1) << 5) | TIME.getUTCDate()
  for (const entry of listZipEntries(zip)) {
    view.setUint16(entry.localOffset + 10, time, true)
    view.setUint16(entry.localOffset + 12, date, true)
  }
  let central = view.getUint32(zip.length - 6, true)
  for (let index = 0; index < FILES.size; index++) {
    view.setUint16(central + 12, time, true)
    view.setUint16(central + 14, date, true)
    central += 46 + view.getUint16(central + 28, true)
  }
  return zip
}

describe('writeZip', () => {
  it('writes the bytes fflate wrote, so bundles made before stay byte-identical', () => {
    expect(Buffer.from(writeZip(FILES, TIME)).equals(Buffer.from(fflateZip()))).toBe(true)
  })

  it('stores pictures and deflates text, each entry with its CRC-32', () => {
    const zip = writeZip(FILES, TIME)
    const entries = listZipEntries(zip)
    expect(entries.map((entry) => [entry.name, entry.method])).toEqual([
      ['README.txt', 8],
      ['media/picture.jpg', 0],
      ['summary.html', 8],
      ['说明.txt', 8]
    ])
    for (const entry of entries) {
      const read = readZipEntry(zip, entry, FILES.get(entry.name)!.data.length)
      expect(read).toMatchObject({ ok: true, crcMatches: true })
    }
  })
})
