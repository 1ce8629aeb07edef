import { describe, expect, it } from 'vitest'
import { readStatusAnswer, UnrecognisedAnswer } from '../../../../src-main/platforms/status'
import { statusAnswer } from '../../../helpers/status-answers'

const NOW = new Date('2026-12-06T08:00:00Z')

describe('reading WeChat Pay applyment answers', () => {
  it('marks a rejection and links each audit_detail field to its draft field', () => {
    const reading = readStatusAnswer('wechat-pay', statusAnswer('wechat-pay-rejected'), NOW)
    expect(reading.lifecycle).toBe('rejected')
    expect(reading.ids).toMatchObject({ applymentId: '2000002124775691' })
    expect(reading.reasons.map((reason) => reason.path)).toEqual([
      'merchant.legalRep.frontPhoto',
      'merchant.settlement.accountName',
      undefined
    ])
  })

  it('turns a to-be-signed answer into an action with the sign link', () => {
    const reading = readStatusAnswer('wechat-pay', statusAnswer('wechat-pay-to-be-signed'), NOW)
    expect(reading).toMatchObject({ lifecycle: 'actionNeeded', action: 'sign' })
    expect(reading.links[0]?.url).toContain('pay.weixin.qq.com/public/apply4ec_sign')
  })
})

describe('reading Alipay answers', () => {
  it('reads a rejected 直付通 order with its audit memo mapped to the licence photo', () => {
    const reading = readStatusAnswer('alipay', statusAnswer('alipay-zft-rejected'), NOW)
    expect(reading.lifecycle).toBe('rejected')
    expect(reading.ids.orderId).toBe('2017112200502000000004754299')
    expect(reading.reasons.map((reason) => reason.path)).toContain('merchant.licence.photo')
  })

  it('gives a 代签约 confirmation its link and a 15-day window', () => {
    const reading = readStatusAnswer('alipay', statusAnswer('alipay-agent-confirm'), NOW)
    expect(reading).toMatchObject({ lifecycle: 'actionNeeded', action: 'confirm' })
    expect(reading.links[0]?.expiresAt).toBe('2026-12-21T08:00:00.000Z')
  })

  it('reads a canceled 代签约 order with the product reasons', () => {
    const reading = readStatusAnswer('alipay', statusAnswer('alipay-agent-rejected'), NOW)
    expect(reading.lifecycle).toBe('rejected')
    expect(reading.reasons.map((reason) => reason.path)).toEqual([
      'merchant.business.store.entrancePhoto',
      'merchant.business.store.interiorPhoto'
    ])
  })
})

describe('reading mini-program audit answers', () => {
  it('splits WeChat’s numbered reasons and links the intro and the categories', () => {
    const reading = readStatusAnswer('wechat-mp', statusAnswer('wechat-mp-rejected'), NOW)
    expect(reading).toMatchObject({ lifecycle: 'rejected', ids: { auditId: '1234567' } })
    expect(reading.reasons.map((reason) => reason.path)).toContain('listing.intro')
    expect(reading.reasons.map((reason) => reason.path)).toContain('listing.categories')
  })

  it('reads Alipay’s rejected version', () => {
    const reading = readStatusAnswer('alipay-mp', statusAnswer('alipay-mp-rejected'), NOW)
    expect(reading).toMatchObject({ lifecycle: 'rejected', ids: { version: '0.0.1' } })
    expect(reading.reasons[0]?.path).toBe('listing.intro')
  })

  it('reads Douyin’s reasons per host app and keeps its log id', () => {
    const reading = readStatusAnswer('douyin-mp', statusAnswer('douyin-mp-rejected'), NOW)
    expect(reading.lifecycle).toBe('rejected')
    expect(reading.reasons).toHaveLength(3)
    expect(reading.requestId).toBe('2034EAC')
  })

  it('picks Baidu’s version under review over the one online', () => {
    const reading = readStatusAnswer('baidu-mp', statusAnswer('baidu-mp-rejected'), NOW)
    expect(reading).toMatchObject({ lifecycle: 'rejected', ids: { version: '1.2.7' } })
    expect(reading.reasons[0]?.path).toBe('listing.name')
  })
})

describe('an answer from the wrong platform', () => {
  it('is refused rather than guessed at', () => {
    expect(() => readStatusAnswer('wechat-pay', statusAnswer('douyin-mp-rejected'), NOW)).toThrow(
      UnrecognisedAnswer
    )
    expect(() => readStatusAnswer('baidu-mp', { hello: 1 }, NOW)).toThrow(UnrecognisedAnswer)
  })
})
