import { describe, expect, it } from 'vitest'
import { nextTick, reactive } from 'vue'
import { emptyDraftContent, type DraftContent } from '../../../src-main/domain/draft'
import { reviewPlatform } from '../../../src-main/platforms/review'
import {
  dueTotal,
  fixPlace,
  groupDue,
  openIssues,
  usePaymentReview
} from '../../../src-renderer/composables/use-payment-review'
import { draftWith } from '../platforms/payment-fixtures'

const TODAY = '2026-11-25'

function open(content: DraftContent = emptyDraftContent()) {
  const draft = reactive(content)
  return { draft, review: usePaymentReview(() => draft, { today: TODAY }) }
}

function dueIds(review: ReturnType<typeof usePaymentReview>): string[] {
  return review.groups.value.flatMap((group) => group.items.map((item) => item.id))
}

describe('fixPlace', () => {
  it('fixes the payment setup, the sales scenes and the category codes on the Payment step', () => {
    expect(fixPlace('payment.alipay.services')).toEqual({ step: 'payment' })
    expect(fixPlace('merchant.business.salesScenes')).toEqual({ step: 'payment' })
    expect(fixPlace('merchant.business.store.interiorPhoto')).toEqual({ step: 'payment' })
    expect(fixPlace('merchant.business.industry.alipayMcc')).toEqual({ step: 'payment' })
  })

  it('sends every other profile field to its Merchant sub-step', () => {
    expect(fixPlace('merchant.licence.photo')).toEqual({ step: 'merchant', section: 'subject' })
    expect(fixPlace('merchant.business.shortName')).toEqual({
      step: 'merchant',
      section: 'business'
    })
    expect(fixPlace('merchant.settlement.accountNumber')).toEqual({
      step: 'merchant',
      section: 'settlement'
    })
  })
})

describe('groupDue', () => {
  it('lists this page first, then the Merchant sub-steps in their order', () => {
    const content = emptyDraftContent()
    const { requirements, issues } = reviewPlatform('wechat-pay', content, { today: TODAY })
    const keys = groupDue(requirements, issues).map((group) => group.key)
    expect(keys).toEqual([
      'payment',
      'merchant.subject',
      'merchant.legalRep',
      'merchant.contacts',
      'merchant.business',
      'merchant.settlement'
    ])
  })

  it('counts the profile’s other empty required fields in their sub-step, once', () => {
    const content = emptyDraftContent()
    const { requirements, issues } = reviewPlatform('wechat-pay', content, { today: TODAY })
    const subject = groupDue(requirements, issues).find((group) => group.key === 'merchant.subject')
    expect(subject?.items.map((item) => item.id)).toContain('wechat-pay.licence_photo')
    // The licence photo is an item; the registered address is only the profile's own rule.
    expect(subject?.others).toContain('merchant.licence.registeredAddress')
    expect(subject?.others).not.toContain('merchant.licence.photo')
  })

  it('holds nothing for a complete draft', () => {
    const content = draftWith('enterprise', () => undefined)
    const { requirements, issues } = reviewPlatform('alipay', content, { today: TODAY })
    expect(dueTotal(groupDue(requirements, issues))).toBe(0)
  })
})

describe('openIssues', () => {
  it('leaves emptiness to the due list and puts errors before warnings', () => {
    const content = draftWith('enterprise', (draft) => {
      draft.merchant.business.shortName = '特约商户'
      draft.merchant.business.industry.wechatSettlementId = ''
    })
    const { requirements, issues } = reviewPlatform('wechat-pay', content, { today: TODAY })
    const open = openIssues(issues, requirements)
    expect(open.map((found) => found.code)).toContain('wechat-pay.short_name_meaningless')
    expect(open.some((found) => found.code.endsWith('.required'))).toBe(false)
    expect(open.some((found) => found.path === 'merchant.business.industry')).toBe(false)
    const severities = open.map((found) => found.severity)
    expect(severities).toEqual([...severities].sort((a, b) => a.localeCompare(b)))
  })
})

describe('usePaymentReview', () => {
  it('has nothing due until a provider to add is chosen', () => {
    const { review } = open()
    expect(review.platform.value).toBeNull()
    expect(review.groups.value).toEqual([])
    expect(review.dueCount.value).toBe(0)
  })

  it('follows the provider to add: WeChat Pay and Alipay ask for different things', async () => {
    const { draft, review } = open()
    draft.payment.addProvider = 'wechat-pay'
    await nextTick()
    expect(dueIds(review)).toContain('wechat-pay.wechat_settlement_id')
    expect(dueIds(review)).not.toContain('alipay.alipay_services')
    draft.payment.addProvider = 'alipay'
    await nextTick()
    expect(dueIds(review)).toContain('alipay.alipay_services')
    expect(dueIds(review)).toContain('alipay.alipay_mcc')
    expect(dueIds(review)).not.toContain('wechat-pay.wechat_settlement_id')
  })

  it('opens a ticked scene’s details as due items and drops them once filled', async () => {
    const { draft, review } = open()
    draft.payment.addProvider = 'wechat-pay'
    expect(dueIds(review)).toContain('wechat-pay.sales_scenes')
    draft.merchant.business.salesScenes.push('store')
    await nextTick()
    expect(dueIds(review)).not.toContain('wechat-pay.sales_scenes')
    expect(dueIds(review)).toContain('wechat-pay.store_name')
    draft.merchant.business.store.name = '山海咖啡科兴店'
    await nextTick()
    expect(dueIds(review)).not.toContain('wechat-pay.store_name')
  })

  it('counts each provider as the panel counts it', () => {
    const { draft, review } = open()
    draft.payment.addProvider = 'alipay'
    expect(review.dueByProvider.value.alipay).toBe(review.dueCount.value)
    expect(review.dueByProvider.value['wechat-pay']).toBeGreaterThan(0)
  })

  it('gives a field its findings about the value, and says whether the provider asks for it', () => {
    const { review } = open(
      draftWith('enterprise', (draft) => {
        draft.payment.addProvider = 'alipay'
        draft.payment.alipay.rate = '0.9'
        draft.payment.alipay.route = 'agent'
        draft.payment.alipay.signAndAuth = true
        draft.merchant.contact.email = ''
      })
    )
    expect(review.issuesAt('payment.alipay.rate').map((found) => found.code)).toEqual([
      'alipay.rate_range'
    ])
    expect(review.issuesAt('merchant.contact.email')).toEqual([])
    expect(review.requires('merchant.contact.email')).toBe(true)
    expect(review.requires('payment.alipay.signDate')).toBe(false)
  })
})
