import { describe, expect, it } from 'vitest'
import type { ImageSpec } from '../../../src-main/platforms/adapter'
import { alipayMpAdapter } from '../../../src-main/platforms/alipay-mp'
import { baiduMpAdapter } from '../../../src-main/platforms/baidu-mp'
import {
  checkImageAgainstSpec,
  checkListingMedia,
  formatBytes,
  precheckListing,
  ruleLevel,
  runRules,
  type ListingRule
} from '../../../src-main/platforms/precheck'
import { wechatMpAdapter } from '../../../src-main/platforms/wechat-mp'
import { completeDraft, fixtureImages, sha } from '../../helpers/listing'

const ALWAYS: ListingRule = {
  id: 'test.always',
  level: 'warning',
  message: 'name_required',
  check: () => [{ path: 'listing.name', params: { n: 1 } }]
}

describe('precheck engine', () => {
  it('reports a rule’s findings at its default level, with the rule id as code', () => {
    expect(runRules([ALWAYS], completeDraft())).toEqual([
      { code: 'test.always', path: 'listing.name', severity: 'warning', params: { n: 1 } }
    ])
  })

  it('lets settings raise a warning to an error or turn a rule off', () => {
    expect(
      runRules([ALWAYS], completeDraft(), { overrides: { 'test.always': 'error' } })[0]?.severity
    ).toBe('error')
    expect(runRules([ALWAYS], completeDraft(), { overrides: { 'test.always': 'off' } })).toEqual([])
    expect(ruleLevel(ALWAYS, { 'other.rule': 'off' })).toBe('warning')
  })

  it('turns off one platform’s rule without touching the same check elsewhere', () => {
    const draft = completeDraft()
    draft.listing.name = ''
    const overrides = { 'wechat-mp.name_required': 'off' } as const
    const codes = (issues: ReturnType<typeof precheckListing>) => issues.map((found) => found.code)
    expect(codes(precheckListing(wechatMpAdapter, draft, { overrides }))).not.toContain(
      'wechat-mp.name_required'
    )
    expect(codes(precheckListing(alipayMpAdapter, draft, { overrides }))).toContain(
      'alipay-mp.name_required'
    )
  })

  it('runs image rules only on pictures whose metadata is given', () => {
    const draft = completeDraft()
    const images = fixtureImages()
    images[sha('1')] = { ...images[sha('1')]!, format: 'gif', bytes: 9 * 1024 * 1024 }
    expect(precheckListing(alipayMpAdapter, draft).map((found) => found.code)).not.toContain(
      'alipay-mp.image_format'
    )
    expect(checkListingMedia(alipayMpAdapter, draft, images)).toEqual([
      {
        code: 'alipay-mp.image_format',
        path: 'listing.logo',
        severity: 'error',
        params: { format: 'GIF', allowed: 'PNG/JPG' }
      },
      {
        code: 'alipay-mp.image_bytes',
        path: 'listing.logo',
        severity: 'error',
        params: { bytes: '9 MB', max: '2 MB' }
      }
    ])
  })

  it('gives each platform its own verdict on the same logo', () => {
    const draft = completeDraft()
    const images = {
      [sha('1')]: { width: 300, height: 300, bytes: 80_000, format: 'bmp' as const }
    }
    const codes = (issues: ReturnType<typeof checkListingMedia>) =>
      issues.map((found) => found.code)
    expect(codes(checkListingMedia(wechatMpAdapter, draft, images))).toEqual([])
    expect(codes(checkListingMedia(alipayMpAdapter, draft, images))).toEqual([
      'alipay-mp.image_format'
    ])
    expect(codes(checkListingMedia(baiduMpAdapter, draft, images))).toEqual([
      'baidu-mp.image_format',
      'baidu-mp.image_dimensions'
    ])
  })
})

describe('checkImageAgainstSpec', () => {
  const spec: ImageSpec = {
    formats: ['png', 'jpeg'],
    maxBytes: 2 * 1024 * 1024,
    square: true,
    width: { min: 100, max: 256 },
    height: { min: 100, max: 256 }
  }

  it('passes a picture within every bound', () => {
    expect(
      checkImageAgainstSpec(spec, { width: 200, height: 200, bytes: 1000, format: 'png' })
    ).toEqual([])
  })

  it('names each broken bound with what the message needs', () => {
    expect(
      checkImageAgainstSpec(spec, {
        width: 300,
        height: 200,
        bytes: 3 * 1024 * 1024,
        format: 'gif'
      })
    ).toEqual([
      { check: 'format', params: { format: 'GIF', allowed: 'PNG/JPG' } },
      { check: 'bytes', params: { bytes: '3 MB', max: '2 MB' } },
      { check: 'dimensions', params: { width: 300, height: 200, bounds: '100–256 × 100–256' } },
      { check: 'square', params: { width: 300, height: 200 } }
    ])
  })

  it('checks exact sizes and aspect ratios', () => {
    const exact: ImageSpec = {
      formats: ['png'],
      maxBytes: 1000,
      width: { exact: 750 },
      aspect: { ratio: 0.5, tolerance: 0.02 }
    }
    expect(
      checkImageAgainstSpec(exact, { width: 700, height: 700, bytes: 10, format: 'png' }).map(
        (problem) => problem.check
      )
    ).toEqual(['dimensions', 'aspect'])
  })

  it('writes sizes as platforms do', () => {
    expect(formatBytes(2 * 1024 * 1024)).toBe('2 MB')
    expect(formatBytes(2.25 * 1024 * 1024)).toBe('2.3 MB')
    expect(formatBytes(300 * 1024)).toBe('300 KB')
  })
})
