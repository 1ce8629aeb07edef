import { describe, expect, it } from 'vitest'
import { emptyListing } from '../../../src-main/domain/listing'
import {
  countHan,
  countLength,
  lengthStatus,
  previewCard,
  previewLine,
  TEXT_LIMITS,
  truncateToLength
} from '../../../src-main/domain/listing-text'

describe('listing text counting', () => {
  it('counts a Chinese character as 2 where the platform does, as 1 elsewhere', () => {
    expect(countLength('小鹿留学', 'wide2')).toBe(8)
    expect(countLength('小鹿 Study', 'wide2')).toBe(10)
    expect(countLength('小鹿 Study', 'char')).toBe(8)
  })

  it('counts an emoji as one character, and as 2 where non-ASCII counts 2', () => {
    expect(countLength('🦌', 'char')).toBe(1)
    expect(countLength('🦌', 'wide2')).toBe(2)
  })

  it('counts Han characters only', () => {
    expect(countHan('Study 留学 2026！')).toBe(2)
  })

  it('cuts a text to the limit, the ellipsis included', () => {
    expect(truncateToLength('小鹿留学', 8, 'wide2')).toBe('小鹿留学')
    expect(truncateToLength('小鹿留学中心', 8, 'wide2')).toBe('小鹿留…')
    expect(truncateToLength('abcdef', 4, 'char')).toBe('abc…')
  })

  it('tells empty, short, long and above-advised apart', () => {
    const limit = TEXT_LIMITS['alipay-mp'].name!
    expect(lengthStatus(0, limit)).toBe('empty')
    expect(lengthStatus(2, limit)).toBe('short')
    expect(lengthStatus(10, limit)).toBe('ok')
    expect(lengthStatus(25, limit)).toBe('above-advised')
    expect(lengthStatus(31, limit)).toBe('long')
    expect(lengthStatus(500, undefined)).toBe('ok')
  })
})

describe('previewCard', () => {
  const listing = {
    ...emptyListing(),
    name: '小鹿留学出国咨询服务中心',
    intro: '提供留学咨询、院校申请和签证材料准备服务'
  }

  it('shows a name that fits WeChat and is too long on Douyin', () => {
    const wechat = previewCard(listing, 'wechat-mp')
    expect(wechat.name).toMatchObject({ counted: 24, status: 'ok', truncated: false })
    expect(wechat.name.limit).toEqual({ min: 4, max: 30, counting: 'wide2' })
    const douyin = previewCard(listing, 'douyin-mp')
    expect(douyin.name).toMatchObject({
      counted: 24,
      status: 'long',
      truncated: true,
      display: '小鹿留学出国咨询服…'
    })
  })

  it('counts the intro per platform: too long for Alipay’s slogan, fine for Douyin', () => {
    expect(previewCard(listing, 'alipay-mp').intro).toMatchObject({ counted: 20, status: 'ok' })
    const long = { ...listing, intro: '留'.repeat(40) }
    expect(previewCard(long, 'alipay-mp').intro).toMatchObject({
      status: 'long',
      display: '留'.repeat(31) + '…'
    })
    expect(previewCard(long, 'douyin-mp').intro.status).toBe('ok')
  })

  it('cuts the display at the stricter bound where sources disagree', () => {
    const line = previewLine('名'.repeat(25), TEXT_LIMITS['alipay-mp'].name)
    expect(line).toMatchObject({
      status: 'above-advised',
      truncated: true,
      display: '名'.repeat(19) + '…'
    })
  })

  it('has no limit where the platform publishes none', () => {
    expect(previewCard(listing, 'baidu-mp').intro).toMatchObject({
      limit: null,
      status: 'ok',
      truncated: false
    })
  })
})
