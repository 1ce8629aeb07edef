import { describe, expect, it } from 'vitest'
import { MEDIA_MESSAGES } from '../../../src-main/domain/media-messages'
import { checkAgainstSpec, type ImageFacts } from '../../../src-main/media'
import { interpolate, LANGS } from '../../../src-main/domain/issue'
import type { ImageSpec } from '../../../src-main/platforms/adapter'

const MB = 1024 * 1024
const photo: ImageFacts = {
  format: 'jpeg',
  width: 4000,
  height: 3000,
  bytes: 3 * MB,
  space: 'srgb'
}

function codes(facts: ImageFacts, spec: ImageSpec): string[] {
  return checkAgainstSpec(facts, spec).problems.map((problem) => problem.code)
}

describe('checkAgainstSpec', () => {
  it('passes a picture that meets every rule', () => {
    const spec: ImageSpec = { formats: ['jpeg'], maxBytes: 4 * MB, width: { max: 4000 } }
    expect(checkAgainstSpec(photo, spec)).toEqual({ ok: true, problems: [] })
  })

  it('names a format the platform does not take, with the allowed list', () => {
    const verdict = checkAgainstSpec(
      { ...photo, format: 'heic' },
      { formats: ['jpeg', 'png'], maxBytes: 4 * MB }
    )
    expect(verdict).toEqual({
      ok: false,
      problems: [{ code: 'media.spec_format', params: { format: 'heic', allowed: 'jpeg, png' } }]
    })
  })

  it('compares bytes with the maximum and the minimum, in readable sizes', () => {
    expect(checkAgainstSpec(photo, { formats: ['jpeg'], maxBytes: 2 * MB }).problems).toEqual([
      { code: 'media.spec_max_bytes', params: { size: '3 MB', maxSize: '2 MB' } }
    ])
    const small = { ...photo, bytes: 3000 }
    expect(
      checkAgainstSpec(small, { formats: ['jpeg'], maxBytes: MB, minBytes: 5 * 1024 }).problems
    ).toEqual([{ code: 'media.spec_min_bytes', params: { size: '2.9 KB', minSize: '5 KB' } }])
  })

  it('checks minimum, maximum and exact pixels on each axis', () => {
    expect(
      codes(photo, {
        formats: ['jpeg'],
        maxBytes: 4 * MB,
        width: { min: 5000 },
        height: { max: 2000 }
      })
    ).toEqual(['media.spec_width_min', 'media.spec_height_max'])
    expect(
      codes(photo, {
        formats: ['jpeg'],
        maxBytes: 4 * MB,
        width: { exact: 144 },
        height: { exact: 3000 }
      })
    ).toEqual(['media.spec_width_exact'])
  })

  it('requires a square when the slot is square, and an aspect within its tolerance', () => {
    expect(codes(photo, { formats: ['jpeg'], maxBytes: 4 * MB, square: true })).toEqual([
      'media.spec_square'
    ])
    const wide = {
      formats: ['jpeg'],
      maxBytes: 4 * MB,
      aspect: { ratio: 16 / 9, tolerance: 0.02 }
    } satisfies ImageSpec
    expect(checkAgainstSpec(photo, wide).problems).toEqual([
      { code: 'media.spec_aspect', params: { ratio: 1.33, expected: 1.78 } }
    ])
    expect(codes({ ...photo, width: 1920, height: 1080 }, wide)).toEqual([])
  })

  it('flags CMYK colour, which Alipay refuses', () => {
    expect(codes({ ...photo, space: 'cmyk' }, { formats: ['jpeg'], maxBytes: 4 * MB })).toEqual([
      'media.spec_cmyk'
    ])
  })
})

describe('MEDIA_MESSAGES', () => {
  it('has every message in zh-CN and en, with the same placeholders', () => {
    for (const [code, texts] of Object.entries(MEDIA_MESSAGES)) {
      const placeholders = LANGS.map((lang) =>
        [...texts[lang].matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      )
      expect(placeholders[0], code).toEqual(placeholders[1])
      for (const lang of LANGS) expect(texts[lang].trim(), `${code} ${lang}`).not.toBe('')
    }
  })

  it('renders an error with its params', () => {
    const text = interpolate(MEDIA_MESSAGES['media.too_many_pixels']['zh-CN'], {
      width: 20000,
      height: 20000,
      megapixels: 400,
      maxMegapixels: 120
    })
    expect(text).toBe('图片尺寸过大：20000×20000（400 百万像素），最多 120 百万像素')
  })
})
