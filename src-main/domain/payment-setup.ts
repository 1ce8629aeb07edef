import { z } from 'zod'

/** The payment-provider step: which provider the merchant has and which one to add. */
export const PaymentProviderId = z.enum(['wechat-pay', 'alipay'])

export const PaymentSetup = z.object({
  currentProvider: PaymentProviderId.nullable().default(null),
  addProvider: PaymentProviderId.nullable().default(null)
})
export type PaymentSetup = z.output<typeof PaymentSetup>
