import { unzipSync } from 'fflate'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  buildBundle,
  BundleError,
  BundleManifest,
  type BundleInput
} from '../../../src-main/bundle'
import { issue } from '../../../src-main/domain/issue'
import {
  CONTACT_POINTER,
  KEY_ID,
  LICENCE_POINTER,
  pngImage,
  sampleInput,
  sha256Hex,
  testAdapter
} from './test-adapter'

const decoder = new TextDecoder()

function entriesOf(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip)
}

function textOf(zip: Uint8Array, path: string): string {
  const data = entriesOf(zip)[path]
  if (!data) throw new Error(`${path} not in the zip`)
  return decoder.decode(data)
}

/** Entry names and compression methods, in the order the central directory lists them. */
function directoryOf(zip: Uint8Array): { name: string; compression: number }[] {
  const found: { name: string; compression: number }[] = []
  unzipSync(zip, { filter: ({ name, compression }) => (found.push({ name, compression }), false) })
  return found
}

/** The DOS date and time of the first local header (APPNOTE 4.3.7). */
function dosStampOf(zip: Uint8Array): string {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const time = view.getUint16(10, true)
  const date = view.getUint16(12, true)
  const pad = (value: number): string => String(value).padStart(2, '0')
  return (
    `${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)} ` +
    `${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`
  )
}

/** Stands in for RSA-OAEP: deterministic, so the test can state the ciphertext. */
const fakeEncrypt = {
  keyId: KEY_ID,
  encrypt: (plaintext: string) => Buffer.from([...plaintext].reverse().join('')).toString('base64')
}

let licence: Uint8Array
let input: BundleInput

beforeAll(async () => {
  licence = await pngImage('#c03030')
  input = sampleInput(licence)
})

describe('buildBundle', () => {
  const zoneAtStart = process.env.TZ
  afterEach(() => {
    if (zoneAtStart === undefined) delete process.env.TZ
    else process.env.TZ = zoneAtStart
  })

  it('writes one payload file per call, in call order, holding the adapter parts', () => {
    const { bytes, manifest } = buildBundle(input)
    const parts = testAdapter.buildPayload(input.draft.content, input.media.resolved, {
      now: new Date(input.draft.revisionCreatedAt),
      attempt: 1
    })

    expect(manifest.calls).toEqual(['payload/01-upload-licence.json', 'payload/02-applyment.json'])
    manifest.calls.forEach((path, index) => {
      const part = parts[index]
      expect(JSON.parse(textOf(bytes, path))).toEqual({
        call: part?.endpoint,
        contentType: part?.contentType,
        body: part?.body,
        files: part?.files,
        placeholders: part?.placeholders,
        waitFor: part?.waitFor
      })
    })
  })

  it('lists every other entry in the manifest with its size and SHA-256, sorted by path', () => {
    const { bytes, manifest } = buildBundle(input)
    const entries = entriesOf(bytes)
    const mediaPath = `media/${sha256Hex(licence)}.png`

    expect(BundleManifest.parse(JSON.parse(textOf(bytes, 'manifest.json')))).toEqual(manifest)
    expect(manifest.files.map((file) => file.path)).toEqual([
      'README.txt',
      mediaPath,
      'payload/01-upload-licence.json',
      'payload/02-applyment.json',
      'summary.html'
    ])
    for (const file of manifest.files) {
      const data = entries[file.path]
      expect(data?.length).toBe(file.bytes)
      expect(sha256Hex(data ?? new Uint8Array())).toBe(file.sha256)
    }
    expect(Object.keys(entries).sort()).toEqual(
      [...manifest.files.map((file) => file.path), 'manifest.json'].sort()
    )
    expect(entries[mediaPath]).toEqual(licence)
  })

  it('records the revision, platform and app version in the manifest', () => {
    const { manifest } = buildBundle(input)

    expect(manifest).toMatchObject({
      format: 'kaitong-bundle',
      formatVersion: 1,
      appVersion: '0.1.0',
      platform: 'wechat-pay',
      draftId: 'draft-1',
      revision: 7,
      created: '2026-03-01T02:30:05.000Z'
    })
  })

  it('lists the media ids to substitute and the fields the uploader must encrypt', () => {
    const { manifest } = buildBundle(input)

    expect(manifest.mediaToUpload).toEqual([
      {
        file: 'payload/02-applyment.json',
        pointer: LICENCE_POINTER,
        media: `media/${sha256Hex(licence)}.png`
      }
    ])
    expect(manifest.toEncrypt).toEqual([
      { file: 'payload/02-applyment.json', pointer: CONTACT_POINTER }
    ])
    expect(manifest.encrypted).toEqual([])
  })

  it('records the key id of fields Kaitong encrypted and tells the uploader to send it', () => {
    const { bytes, manifest } = buildBundle({ ...input, encrypt: fakeEncrypt })
    const applyment = JSON.parse(textOf(bytes, 'payload/02-applyment.json')) as {
      body: { contact_info: { contact_id_number: string } }
    }
    const readme = textOf(bytes, 'README.txt')

    expect(manifest.encrypted).toEqual([
      { file: 'payload/02-applyment.json', pointer: CONTACT_POINTER, keyId: KEY_ID }
    ])
    expect(manifest.toEncrypt).toEqual([])
    expect(applyment.body.contact_info.contact_id_number).toBe(
      fakeEncrypt.encrypt('110101199003078515')
    )
    expect(readme).toContain(KEY_ID)
    expect(readme).toContain('Wechatpay-Serial')
  })

  it('writes Chinese as raw UTF-8, never as \\u escapes', () => {
    const { bytes, manifest } = buildBundle(input)
    const applyment = textOf(bytes, 'payload/02-applyment.json')

    expect(applyment).toContain('"contact_name": "张三"')
    expect(applyment).toContain('深圳市开通科技有限公司')
    for (const path of manifest.calls) {
      expect(textOf(bytes, path)).not.toMatch(/\\u[0-9a-fA-F]{4}/)
    }
  })

  it('stores images, deflates text and sorts the entries by path', () => {
    const directory = directoryOf(buildBundle(input).bytes)

    expect(directory.map((entry) => entry.name)).toEqual(
      directory.map((entry) => entry.name).sort()
    )
    for (const { name, compression } of directory) {
      expect([name, compression]).toEqual([name, name.startsWith('media/') ? 0 : 8])
    }
  })

  it('gives byte-identical zips when built again from the same revision', () => {
    expect(buildBundle(input).bytes).toEqual(buildBundle(sampleInput(licence)).bytes)
  })

  it('gives byte-identical zips whatever the time zone of the machine', () => {
    process.env.TZ = 'Asia/Shanghai'
    const shanghaiOffset = new Date(2026, 0, 1).getTimezoneOffset()
    const inShanghai = buildBundle(input).bytes
    process.env.TZ = 'America/New_York'
    const newYorkOffset = new Date(2026, 0, 1).getTimezoneOffset()
    const inNewYork = buildBundle(input).bytes

    expect([shanghaiOffset, newYorkOffset]).toEqual([-480, 300])
    expect(inNewYork).toEqual(inShanghai)
  })

  it('stamps entries with the revision UTC time, even one inside a local DST gap', () => {
    // 02:30 on 2026-03-08 does not exist in New York: clocks jump from 02:00 to 03:00.
    process.env.TZ = 'America/New_York'
    const gap = sampleInput(licence)
    gap.draft.revisionCreatedAt = '2026-03-08T02:30:10Z'

    expect(dosStampOf(buildBundle(gap).bytes)).toBe('2026-03-08 02:30:10')
  })

  it('refuses a platform with precheck errors and names them', () => {
    const error = issue('merchant.uscc_check_char', 'merchant.licence.creditCode', 'error')
    const warning = issue('input.too_long', 'merchant.business.shortName', 'warning', { max: 64 })

    const refused = (() => {
      try {
        buildBundle({ ...input, issues: [warning, error] })
      } catch (thrown) {
        return thrown
      }
      return undefined
    })()

    expect(refused).toBeInstanceOf(BundleError)
    expect(refused).toMatchObject({
      code: 'bundle.precheck_errors',
      params: { platform: 'wechat-pay', count: 1 },
      issues: [error]
    })
  })

  it('refuses a call whose picture is not among the media files', () => {
    const noFiles = { ...input, media: { ...input.media, files: new Map() } }

    expect(() => buildBundle(noFiles)).toThrow(
      expect.objectContaining({ code: 'bundle.media_missing' })
    )
  })

  it('refuses a placeholder that points outside its call body', () => {
    const adapter = {
      ...testAdapter,
      buildPayload: () => [
        {
          name: 'applyment',
          endpoint: 'POST /v3/applyment4sub/applyment/',
          contentType: 'json' as const,
          body: { contact_info: {} },
          placeholders: [{ pointer: CONTACT_POINTER, kind: 'encrypt' as const }]
        }
      ]
    }

    expect(() => buildBundle({ ...input, adapter })).toThrow(
      expect.objectContaining({
        code: 'bundle.invalid_pointer',
        params: { call: 'applyment', pointer: CONTACT_POINTER }
      })
    )
  })

  it('refuses a call name that would not be a plain file name', () => {
    const adapter = {
      ...testAdapter,
      buildPayload: () => [
        { name: '../escape', endpoint: 'GET /', contentType: 'json' as const, body: {} }
      ]
    }

    expect(() => buildBundle({ ...input, adapter })).toThrow(
      expect.objectContaining({
        code: 'bundle.invalid_call_name',
        params: { index: 1, call: '../escape' }
      })
    )
  })

  it('writes README.txt with the call order and the uploader steps in Chinese and English', () => {
    const readme = textOf(buildBundle(input).bytes, 'README.txt')
    const chinese = readme.indexOf('[中文]')
    const english = readme.indexOf('[English]')

    expect(chinese).toBeGreaterThan(-1)
    expect(english).toBeGreaterThan(chinese)
    for (const section of [readme.slice(chinese, english), readme.slice(english)]) {
      expect(section.indexOf('1. POST /v3/merchant/media/upload')).toBeLessThan(
        section.indexOf('2. POST /v3/applyment4sub/applyment/')
      )
      expect(section).toContain(`media_id`)
      expect(section).toContain(LICENCE_POINTER)
      expect(section).toContain(CONTACT_POINTER)
      expect(section).toContain('上一步上传返回 media_id')
    }
    expect(readme).toContain('access_token')
    expect(readme).toContain('Content-Type: application/json; charset=utf-8')
  })

  it('suggests a file name from the merchant, the platform and the revision date', () => {
    expect(buildBundle(input).fileName).toBe(
      '深圳市开通科技有限公司-wechat-pay-20260301.kaitong.zip'
    )
  })
})
