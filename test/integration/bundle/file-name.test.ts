import { describe, expect, it } from 'vitest'
import { bundleFileName } from '../../../src-main/bundle'

const day = new Date('2026-03-01T10:00:00Z')

describe('bundleFileName', () => {
  it('keeps the Chinese merchant name as it is', () => {
    expect(bundleFileName('深圳市开通科技有限公司', 'alipay', day)).toBe(
      '深圳市开通科技有限公司-alipay-20260301.kaitong.zip'
    )
  })

  it('drops the characters Windows, macOS or Linux refuse in a file name', () => {
    expect(bundleFileName('深圳<开通>:科技/有限\\"公司"|?*\u0007', 'wechat-pay', day)).toBe(
      '深圳开通科技有限公司-wechat-pay-20260301.kaitong.zip'
    )
  })

  it('turns whitespace into hyphens and trims dots and hyphens at either end', () => {
    expect(bundleFileName('  .Acme  Trading Co.  ', 'alipay', day)).toBe(
      'Acme-Trading-Co-alipay-20260301.kaitong.zip'
    )
  })

  it('drops a right-to-left override that would disguise the extension', () => {
    expect(bundleFileName('小店\u202Egpj.exe', 'alipay', day)).toBe(
      '小店gpj.exe-alipay-20260301.kaitong.zip'
    )
  })

  it('falls back to a generic slug when nothing usable is left', () => {
    expect(bundleFileName('???', 'douyin-mp', day)).toBe('merchant-douyin-mp-20260301.kaitong.zip')
  })

  it('dates the file by the UTC day of the revision', () => {
    expect(bundleFileName('小店', 'alipay', new Date('2026-03-01T07:30:00+08:00'))).toBe(
      '小店-alipay-20260228.kaitong.zip'
    )
  })
})
