import { unzipSync, zipSync, type Zippable } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildBundle, MAX_ENTRY_BYTES, verifyBundle } from '../../../src-main/bundle'
import { pngImage, sampleInput, sha256Hex } from './test-adapter'

let bundle: Uint8Array
let mediaPath: string
let licence: Uint8Array

beforeAll(async () => {
  licence = await pngImage('#30a060')
  bundle = buildBundle(sampleInput(licence)).bytes
  mediaPath = `media/${sha256Hex(licence)}.png`
})

/** The bundle's entries, changed by `edit`, packed again. */
function repacked(edit: (entries: Zippable) => void): Uint8Array {
  const entries: Zippable = { ...unzipSync(bundle) }
  edit(entries)
  return zipSync(entries)
}

const text = (value: string): Uint8Array => new TextEncoder().encode(value)

describe('verifyBundle', () => {
  it('accepts the bundle it built and returns its manifest', () => {
    const result = verifyBundle(bundle)

    expect(result).toMatchObject({ ok: true, problems: [] })
    expect(result.manifest?.calls).toEqual([
      'payload/01-upload-licence.json',
      'payload/02-applyment.json'
    ])
  })

  it('names the entry when one byte of it was modified', () => {
    // Images are stored, so the picture's bytes sit in the zip as they are.
    const start = Buffer.from(bundle).indexOf(Buffer.from(licence))
    const tampered = Uint8Array.from(bundle)
    const target = start + Math.floor(licence.length / 2)
    tampered[target] = (tampered[target] ?? 0) ^ 0x01

    expect(start).toBeGreaterThan(0)
    expect(verifyBundle(tampered)).toMatchObject({
      ok: false,
      problems: [{ code: 'bundle.entry_tampered', path: mediaPath }]
    })
  })

  it('names a text entry whose content changed', () => {
    const changed = repacked((entries) => {
      entries['README.txt'] = text('do whatever')
    })

    expect(verifyBundle(changed).problems).toEqual([
      { code: 'bundle.entry_tampered', path: 'README.txt', params: { path: 'README.txt' } }
    ])
  })

  it('reports an entry the manifest does not list', () => {
    const added = repacked((entries) => {
      entries['payload/03-extra.json'] = text('{}')
    })

    expect(verifyBundle(added)).toMatchObject({
      ok: false,
      problems: [{ code: 'bundle.entry_extra', path: 'payload/03-extra.json' }]
    })
  })

  it('reports a listed entry that was removed', () => {
    const removed = repacked((entries) => {
      delete entries['summary.html']
    })

    expect(verifyBundle(removed)).toMatchObject({
      ok: false,
      problems: [{ code: 'bundle.entry_missing', path: 'summary.html' }]
    })
  })

  it.each(['../evil', 'media/../../evil', '/etc/evil', 'C:/evil', 'media\\evil'])(
    'reports the entry path %s that escapes the bundle',
    (path) => {
      const escaping = repacked((entries) => {
        entries[path] = text('owned')
      })

      expect(verifyBundle(escaping)).toMatchObject({
        ok: false,
        problems: [{ code: 'bundle.entry_unsafe_path', path }]
      })
    }
  )

  it('reports a bundle without a manifest', () => {
    const bare = repacked((entries) => {
      delete entries['manifest.json']
    })

    expect(verifyBundle(bare)).toEqual({
      ok: false,
      problems: [
        {
          code: 'bundle.manifest_missing',
          path: 'manifest.json',
          params: { path: 'manifest.json' }
        }
      ]
    })
  })

  it.each([
    ['not JSON', '{"format": "kaitong-bundle",'],
    ['of the wrong shape', '{"format": "kaitong-bundle", "formatVersion": 1}']
  ])('reports a manifest that is %s', (_label, manifest) => {
    const broken = repacked((entries) => {
      entries['manifest.json'] = text(manifest)
    })

    expect(verifyBundle(broken)).toMatchObject({
      ok: false,
      problems: [{ code: 'bundle.manifest_invalid', path: 'manifest.json' }]
    })
  })

  it('reports a manifest from a newer format version', () => {
    const newer = repacked((entries) => {
      entries['manifest.json'] = text('{"format": "kaitong-bundle", "formatVersion": 2}')
    })

    expect(verifyBundle(newer).problems).toMatchObject([
      { code: 'bundle.format_unsupported', params: { version: 2 } }
    ])
  })

  it('refuses to unpack an entry that claims more than the size limit', () => {
    const bomb = repacked((entries) => {
      entries['media/bomb.bin'] = [new Uint8Array(MAX_ENTRY_BYTES + 1), { level: 1 }]
    })

    expect(verifyBundle(bomb).problems).toEqual([
      {
        code: 'bundle.entry_too_large',
        path: 'media/bomb.bin',
        params: { path: 'media/bomb.bin', bytes: MAX_ENTRY_BYTES + 1, max: MAX_ENTRY_BYTES }
      }
    ])
  })

  it.each([
    ['plain text', () => text('not a zip at all')],
    ['empty', () => new Uint8Array()],
    ['cut short', () => bundle.subarray(0, bundle.length - 30)]
  ])('reports a file that is %s as not a zip', (_label, bytes) => {
    expect(verifyBundle(bytes())).toEqual({
      ok: false,
      problems: [{ code: 'bundle.not_a_zip', path: '', params: { path: '' } }]
    })
  })
})
