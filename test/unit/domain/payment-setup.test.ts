import { describe, expect, it } from 'vitest'
import { DraftContent } from '../../../src-main/domain/draft'
import { PaymentSetup } from '../../../src-main/domain/payment-setup'

describe('PaymentSetup', () => {
  it('parses an empty object to defaults for every field', () => {
    expect(PaymentSetup.parse({})).toEqual({
      currentProvider: null,
      addProvider: null,
      wechat: {
        businessCodePrefix: '',
        attempt: 1,
        previousBusinessCodes: [],
        activityId: '',
        debitActivityRate: '',
        creditActivityRate: ''
      },
      alipay: {
        route: 'zft',
        merchantAccount: '',
        externalId: '',
        services: [],
        signDate: '',
        settleTo: 'bankCard',
        settleAccount: '',
        bankInstId: '',
        licenceAuthLetter: null,
        miniProgramAppId: '',
        products: [],
        signAndAuth: false,
        rate: '',
        app: { platforms: [], markets: [], status: null, testAccount: '', testPassword: '' }
      }
    })
  })

  it('keeps the providers a walking-skeleton draft saved', () => {
    const draft = DraftContent.parse({
      payment: { currentProvider: 'alipay', addProvider: 'wechat-pay' }
    })
    expect(draft.payment.currentProvider).toBe('alipay')
    expect(draft.payment.addProvider).toBe('wechat-pay')
    expect(draft.payment.alipay.route).toBe('zft')
  })

  it('refuses an unknown route and an attempt below 1', () => {
    expect(PaymentSetup.safeParse({ alipay: { route: 'direct' } }).success).toBe(false)
    expect(PaymentSetup.safeParse({ wechat: { attempt: 0 } }).success).toBe(false)
  })
})
