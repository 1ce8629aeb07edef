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

describe('writeZip', () => {
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
