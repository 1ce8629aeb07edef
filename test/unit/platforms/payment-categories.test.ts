import { describe, expect, it } from 'vitest'
import { normalizeMerchantProfile } from '../../../src-main/domain/text'
import {
  checkMcc,
  checkSettlementRule,
  settlementChoices
} from '../../../src-main/platforms/payment-categories'
import {
  ALIPAY_MCC_TABLE,
  WECHAT_SETTLEMENT_TABLE
} from '../../../src-main/platforms/payment-category-tables'
import { loadPinyin, matchesSearch } from '../../../src-renderer/components/merchant/pinyin-search'
import { draftWith, type Subject } from './payment-fixtures'

function profileWith(subject: Subject, id: string, industry: string, mcc = '') {
  const draft = draftWith(subject, (content) => {
    content.merchant.business.industry.wechatSettlementId = id
    content.merchant.business.industry.wechatQualificationType = industry
    content.merchant.business.industry.alipayMcc = mcc
  })
  return normalizeMerchantProfile(draft.merchant)
}

function codes(issues: ReadonlyArray<{ code: string; severity: string }>): string[] {
  return issues.map((found) => `${found.code} ${found.severity}`)
}

describe('the shipped settlement-rule and MCC tables', () => {
  it('find 餐饮 by its pinyin initials cy, in both tables', async () => {
    // The dictionary loads on the first search in the app; here it is awaited first.
    await loadPinyin()
    const settlement = settlementChoices(WECHAT_SETTLEMENT_TABLE).filter((choice) =>
      matchesSearch([choice.rule.settlementId, choice.industry?.name ?? ''], 'cy')
    )
    const mcc = ALIPAY_MCC_TABLE.categories.filter((entry) =>
      matchesSearch([entry.code, entry.name, entry.group], 'cy')
    )

    expect(
      settlement.map((choice) => `${choice.rule.settlementId} ${choice.industry?.name}`)
    ).toEqual(expect.arrayContaining(['719 餐饮', '716 餐饮']))
    expect(mcc.map((entry) => entry.code)).toContain('5812')
  })

  it('give each settlement industry its rate and qualifications', () => {
    const pet = settlementChoices(WECHAT_SETTLEMENT_TABLE).find(
      (choice) => choice.rule.settlementId === '716' && choice.industry?.name === '宠物医院'
    )

    expect(pet?.rule.rate).toBe('0.6')
    expect(pet?.industry?.qualificationsRequired).toBe(true)
    expect(pet?.industry?.qualifications).toContain('动物诊疗许可证')
  })
})

describe('checkSettlementRule', () => {
  it('accepts a rule and industry the table gives the subject type', () => {
    expect(
      checkSettlementRule(WECHAT_SETTLEMENT_TABLE, profileWith('individual', '719', '餐饮'))
    ).toEqual([])
  })

  it('warns when the rule is for another subject type and names the fitting ones', () => {
    const issues = checkSettlementRule(
      WECHAT_SETTLEMENT_TABLE,
      profileWith('individual', '716', '餐饮')
    )

    expect(codes(issues)).toEqual(['wechat-pay.settlement_id_subject warning'])
    expect(issues[0]?.params?.ids).toContain('719')
  })

  it('refuses an industry the rule does not cover', () => {
    const issues = checkSettlementRule(
      WECHAT_SETTLEMENT_TABLE,
      profileWith('enterprise', '730', '餐饮')
    )

    expect(codes(issues)).toEqual(['wechat-pay.settlement_industry error'])
  })

  it('warns about a rule the table does not list', () => {
    const issues = checkSettlementRule(
      WECHAT_SETTLEMENT_TABLE,
      profileWith('enterprise', '999', '餐饮')
    )

    expect(codes(issues)).toEqual(['wechat-pay.settlement_id_unlisted warning'])
  })

  it('leaves subject types the table has no rows for unchecked', () => {
    expect(
      checkSettlementRule(WECHAT_SETTLEMENT_TABLE, profileWith('government', '999', 'x'))
    ).toEqual([])
  })
})

describe('checkMcc', () => {
  it('warns about an MCC the excerpt does not list, and not about a listed one', () => {
    expect(codes(checkMcc(ALIPAY_MCC_TABLE, profileWith('individual', '', '', '1234')))).toEqual([
      'alipay.mcc_unlisted warning'
    ])
    expect(checkMcc(ALIPAY_MCC_TABLE, profileWith('individual', '', '', '5812'))).toEqual([])
  })
})
