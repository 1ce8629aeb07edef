import { describe, expect, it } from 'vitest'
import { LISTING_QUOTAS, quotasFor } from '../../../src-main/platforms/quotas'

describe('listing quotas', () => {
  it('gives WeChat two renames per calendar year', () => {
    expect(quotasFor('wechat-mp', 'listing.name')).toEqual([
      expect.objectContaining({ limit: 2, period: 'natural-year', uncertain: false })
    ])
  })

  it('takes the stricter reading where sources disagree, and says so', () => {
    expect(quotasFor('alipay-mp', 'listing.name')[0]).toMatchObject({
      limit: 0,
      period: 'after-launch',
      uncertain: true
    })
    expect(quotasFor('douyin-mp', 'listing.categories.douyin-mp')[0]).toMatchObject({
      limit: 3,
      period: 'month',
      uncertain: true
    })
  })

  it('lists every quota of a platform', () => {
    expect(quotasFor('baidu-mp').map((quota) => quota.path)).toEqual([
      'listing.name',
      'listing.logo',
      'listing.intro',
      'listing.categories.baidu-mp'
    ])
  })

  it('explains every quota in Chinese and English', () => {
    for (const quota of LISTING_QUOTAS) {
      expect(quota.text['zh-CN']).not.toBe('')
      expect(quota.text.en).not.toBe('')
    }
  })
})
