import { describe, expect, it } from 'vitest'
import {
  BANKS,
  findBank,
  WECHAT_ACCOUNT_BANKS,
  WECHAT_OTHER_BANK
} from '../../../src-main/domain/banks'
import { WECHAT_DIRECT_BANKS } from '../../../src-main/platforms/payment-codes'

describe('banks', () => {
  it('lists WeChat Pay account_bank values: 17 direct banks and 其他银行', () => {
    expect(WECHAT_ACCOUNT_BANKS).toHaveLength(18)
    expect(WECHAT_ACCOUNT_BANKS.at(-1)).toBe(WECHAT_OTHER_BANK)
  })

  it('agrees with the direct banks the WeChat Pay adapter sends as they are', () => {
    expect([...WECHAT_ACCOUNT_BANKS.slice(0, -1)].sort()).toEqual([...WECHAT_DIRECT_BANKS].sort())
  })

  it('holds the 17 direct banks as the 开户银行对照表 is commonly published', () => {
    expect([...WECHAT_DIRECT_BANKS].sort()).toEqual(
      [
        '工商银行',
        '交通银行',
        '招商银行',
        '民生银行',
        '中信银行',
        '浦发银行',
        '兴业银行',
        '光大银行',
        '广发银行',
        '平安银行',
        '北京银行',
        '华夏银行',
        '农业银行',
        '建设银行',
        '邮政储蓄银行',
        '中国银行',
        '宁波银行'
      ].sort()
    )
  })

  it('names each bank once, by stored and full name alike', () => {
    const names = BANKS.flatMap((bank) =>
      bank.fullName === bank.name ? [bank.name] : [bank.name, bank.fullName]
    )
    expect(new Set(names).size).toBe(names.length)
    expect(new Set(BANKS.map((bank) => bank.abbreviation)).size).toBe(BANKS.length)
  })

  it('finds a bank by the name stored or the name registered', () => {
    expect(findBank('中国工商银行')?.name).toBe('工商银行')
    expect(findBank('招商银行')?.wechatDirect).toBe(true)
    expect(findBank('上海银行')?.wechatDirect).toBe(false)
    expect(findBank('某某村镇银行')).toBeNull()
  })
})
