import { deflateRawSync } from 'node:zlib'
import { unzipSync, zipSync, type Zippable } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildBundle, verifyBundle } from '../../../src-main/bundle'
import { pngImage, sampleInput } from './test-adapter'

let bundle: Uint8Array

beforeAll(async () => {
  bundle = buildBundle(sampleInput(await pngImage('#30a060'))).bytes
})

/** The bundle packed again, one entry given Unix attributes (`mode` as `ls -l` has it). */
function withUnixMode(path: string, mode: number): Uint8Array {
  const entries: Zippable = {}
  for (const [name, data] of Object.entries(unzipSync(bundle))) {
    entries[name] = name === path ? [data, { os: 3, attrs: (mode << 16) >>> 0 }] : data
  }
  return zipSync(entries)
}

/** Where `name`'s local header and central directory record start (first and last mention). */
function headers(zip: Uint8Array, name: string): { local: number; central: number } {
  const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength)
  return { local: bytes.indexOf(name) - 30, central: bytes.lastIndexOf(name) - 46 }
}

describe('verifyBundle against hostile zips', () => {
  it.each([
    ['a symlink', 0o120777, 'symlink'],
    ['a character device', 0o020644, 'device'],
    ['a folder', 0o040755, 'folder']
  ])('refuses an entry that unzip would create as %s', (_label, mode, kind) => {
    const result = verifyBundle(withUnixMode('README.txt', mode))
    expect(result.ok).toBe(false)
    expect(result.problems).toEqual([
      { code: 'bundle.entry_not_a_file', path: 'README.txt', params: { path: 'README.txt', kind } }
    ])
  })

  it('accepts regular files with Unix attributes', () => {
    expect(verifyBundle(withUnixMode('README.txt', 0o100644)).ok).toBe(true)
  })

  it('reports an entry whose bytes do not match the CRC-32 the zip records', () => {
    const zip = Uint8Array.from(bundle)
    const view = new DataView(zip.buffer)
    const { local, central } = headers(zip, 'README.txt')
    const wrong = (view.getUint32(central + 16, true) ^ 0xff) >>> 0
    view.setUint32(local + 14, wrong, true)
    view.setUint32(central + 16, wrong, true)

    expect(verifyBundle(zip).problems).toEqual([
      { code: 'bundle.entry_crc_mismatch', path: 'README.txt', params: { path: 'README.txt' } }
    ])
  })

  it('stops inflating an entry at the size the manifest declares, whatever the zip claims', () => {
    const declared = unzipSync(bundle)['README.txt']?.length ?? 0
    // 64 MiB of zeros deflate to ~64 KB; the headers are made to claim the declared size.
    const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024))
    // Its tail is garbage: only an inflater that stopped early never meets it.
    bomb.fill(0xff, bomb.length - 64)
    const entries: Zippable = { ...unzipSync(bundle), 'README.txt': new Uint8Array(1) }
    const zip = zipSync(entries, { level: 0 })
    const { local, central } = headers(zip, 'README.txt')
    const view = new DataView(zip.buffer)
    const dataStart = local + 30 + view.getUint16(local + 26, true)
    const before = zip.subarray(0, dataStart)
    const after = zip.subarray(dataStart + 1)
    const rebuilt = new Uint8Array(before.length + bomb.length + after.length)
    rebuilt.set(before)
    rebuilt.set(bomb, before.length)
    rebuilt.set(after, before.length + bomb.length)
    const out = new DataView(rebuilt.buffer)
    const shift = bomb.length - 1
    const movedCentral = central + shift
    for (const [at, field] of [
      [local, 8],
      [movedCentral, 10]
    ] as const) {
      out.setUint16(at + field, 8, true) // deflated
      out.setUint32(at + field + 10, bomb.length, true) // compressed size
      out.setUint32(at + field + 14, declared, true) // the size it lies about
    }
    // Entries after README.txt moved by `shift`; so did the central directory.
    const endRecord = rebuilt.length - 22
    out.setUint32(endRecord + 16, out.getUint32(endRecord + 16, true) + shift, true)
    let record = out.getUint32(endRecord + 16, true)
    for (let i = 0; i < out.getUint16(endRecord + 10, true); i++) {
      const offset = out.getUint32(record + 42, true)
      if (offset > local) out.setUint32(record + 42, offset + shift, true)
      record += 46 + out.getUint16(record + 28, true) + out.getUint16(record + 30, true)
    }

    expect(verifyBundle(rebuilt).problems).toEqual([
      {
        code: 'bundle.entry_inflates_past_size',
        path: 'README.txt',
        params: { path: 'README.txt', declared }
      }
    ])
  })
})
