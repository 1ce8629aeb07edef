import { z } from 'zod'
import { issue, type Issue } from '../domain/issue'
import { SubjectType, type MerchantProfile } from '../domain/merchant-profile'

/**
 * The payment providers' category tables, shipped as dated data in
 * resources/payment-categories: WeChat Pay's 费率结算规则对照表 (settlement rule → subject types,
 * rate, 所属行业 and their 特殊资质) and Alipay ZFT's MCC list. A newer table is a data change.
 */

const Dated = {
  source: z.string().min(1),
  /** When the table was taken from its sources, `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** `excerpt`: unlisted codes are allowed with a warning. */
  coverage: z.enum(['complete', 'excerpt']),
  note: z.string().default('')
}

export const SettlementIndustry = z.object({
  industryId: z.string().min(1),
  /** 所属行业, sent as `qualification_type`. */
  name: z.string().min(1),
  /** The table's 是否需要特殊资质. */
  qualificationsRequired: z.boolean(),
  /** 特殊资质, in the table's words. */
  qualifications: z.string()
})
export type SettlementIndustry = z.output<typeof SettlementIndustry>

export const SettlementRule = z.object({
  settlementId: z.string().regex(/^\d{1,3}$/),
  /** Our subject types, plus WeChat's 小微 (no licence), which drafts do not have. */
  subjectTypes: z.array(z.union([SubjectType, z.literal('micro')])).min(1),
  /** Percent, e.g. `0.6`. */
  rate: z.string().regex(/^\d+(\.\d+)?$/),
  /** The rule's 适用行业 description. */
  scope: z.string().min(1),
  industries: z.array(SettlementIndustry)
})
export type SettlementRule = z.output<typeof SettlementRule>

export const SettlementTable = z.object({
  provider: z.literal('wechat-pay'),
  ...Dated,
  rules: z.array(SettlementRule)
})
export type SettlementTable = z.output<typeof SettlementTable>

export const MccEntry = z.object({
  code: z.string().regex(/^\d{4}$/),
  name: z.string().min(1),
  en: z.string().min(1),
  /** A coarse group name, to browse and to search by. */
  group: z.string().min(1),
  source: z.string().min(1)
})
export type MccEntry = z.output<typeof MccEntry>

export const MccTable = z.object({
  provider: z.literal('alipay'),
  ...Dated,
  categories: z.array(MccEntry)
})
export type MccTable = z.output<typeof MccTable>

/** One line of the settlement picker: a rule with one of its industries. */
export interface SettlementChoice {
  rule: SettlementRule
  industry: SettlementIndustry | undefined
}

/** Every (rule, industry) pair; a rule without industries (小微) is one line. */
export function settlementChoices(table: SettlementTable): SettlementChoice[] {
  return table.rules.flatMap((rule): SettlementChoice[] =>
    rule.industries.length === 0
      ? [{ rule, industry: undefined }]
      : rule.industries.map((industry) => ({ rule, industry }))
  )
}

/** Subject types the table has rows for; other types cannot be checked against it. */
function coveredSubjects(table: SettlementTable): Set<string> {
  return new Set(table.rules.flatMap((rule) => rule.subjectTypes))
}

/**
 * Cross-checks the merchant's settlement rule against the table. An industry the rule does
 * not list is an error. A rule for another subject type is a warning, not an error: the
 * official applyment4sub request example pairs 719 (个体户 in the table) with an enterprise.
 * A rule the excerpt does not know is a warning too.
 */
export function checkSettlementRule(table: SettlementTable, profile: MerchantProfile): Issue[] {
  const { wechatSettlementId: id, wechatQualificationType: industryName } =
    profile.business.industry
  // The excerpt has no rows for some subject types: nothing to check those against.
  if (id === '' || !coveredSubjects(table).has(profile.subjectType)) return []
  const base = 'merchant.business.industry'
  const rule = table.rules.find((entry) => entry.settlementId === id)
  if (!rule) {
    return [
      issue('wechat-pay.settlement_id_unlisted', `${base}.wechatSettlementId`, 'warning', { id })
    ]
  }
  const issues: Issue[] = []
  if (!(rule.subjectTypes as readonly string[]).includes(profile.subjectType)) {
    const fitting = table.rules
      .filter((entry) => (entry.subjectTypes as readonly string[]).includes(profile.subjectType))
      .map((entry) => entry.settlementId)
    issues.push(
      issue('wechat-pay.settlement_id_subject', `${base}.wechatSettlementId`, 'warning', {
        id,
        ids: fitting.join(', ')
      })
    )
  }
  if (
    industryName !== '' &&
    rule.industries.length > 0 &&
    !rule.industries.some((industry) => industry.name === industryName)
  ) {
    issues.push(
      issue('wechat-pay.settlement_industry', `${base}.wechatQualificationType`, 'error', {
        id,
        industry: industryName
      })
    )
  }
  return issues
}

/** Warns about an MCC the shipped excerpt does not list (it may still be valid). */
export function checkMcc(table: MccTable, profile: MerchantProfile): Issue[] {
  const { alipayMcc } = profile.business.industry
  if (alipayMcc === '' || table.categories.some((entry) => entry.code === alipayMcc)) return []
  return [
    issue('alipay.mcc_unlisted', 'merchant.business.industry.alipayMcc', 'warning', {
      code: alipayMcc
    })
  ]
}
