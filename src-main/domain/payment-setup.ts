import { z } from 'zod'
import { picked, text } from './fields'
import { MediaRef } from './media-ref'

/**
 * The payment-provider step: which provider the merchant has, which one to add, and the
 * choices only a provider's onboarding request needs (the business itself lives in the
 * merchant profile). Our own enums in camelCase; the adapters map them to platform values.
 * Every field has a default so that `{}` parses and older drafts still open.
 */
export const PaymentProviderId = z.enum(['wechat-pay', 'alipay'])
export type PaymentProviderId = z.output<typeof PaymentProviderId>

/**
 * WeChat Pay 特约商户进件. `business_code` is the application's identity: derived from the
 * prefix, the merchant's credit code and `attempt`, so each resubmission after a rejection
 * gets a fresh one and earlier codes are kept to refuse reusing them.
 */
export const WechatPaySetup = z.object({
  /** Suggested by WeChat: the service provider's own 商户号; digits, letters, `_`. */
  businessCodePrefix: text(32),
  attempt: z.number().int().min(1).max(999).default(1),
  previousBusinessCodes: z.array(z.string().max(124)).max(999).default([]),
  /** 优惠费率活动 id (e.g. `20191030111cff5b5e`); empty when not joining one. */
  activityId: text(32),
  /** Activity rates in percent, e.g. `0.38` (since 2023-09-18, debit and credit apart). */
  debitActivityRate: text(8),
  creditActivityRate: text(8)
})
export type WechatPaySetup = z.output<typeof WechatPaySetup>

/**
 * Alipay has two ways in: a 直付通 (ZFT) platform creates a 二级商户 for the merchant; a
 * third-party app signs products for the merchant's own Alipay account (代签约).
 */
export const AlipayRoute = z.enum(['zft', 'agent'])
export type AlipayRoute = z.output<typeof AlipayRoute>

/**
 * ZFT `service`, in Alipay's order. The last three were offered before; they stay readable
 * so older drafts open, and precheck refuses them (platforms/payment-codes.ts, ZFT_SERVICES).
 */
export const ZftService = z.enum([
  'faceToFace',
  'app',
  'wap',
  'pc',
  'withhold',
  'miniProgram',
  'jsapi',
  'preAuth',
  'orderCode'
])
export type ZftService = z.output<typeof ZftService>

/** 代签约 products: 当面付 (`alipay.open.agent.facetoface.sign`), APP支付 (`…mobilepay.sign`). */
export const AgentProduct = z.enum(['faceToFace', 'mobilePay'])
export type AgentProduct = z.output<typeof AgentProduct>

/** Where ZFT settles: the merchant's bank card (profile settlement) or an Alipay account. */
export const AlipaySettleTo = z.enum(['bankCard', 'alipayAccount'])
export type AlipaySettleTo = z.output<typeof AlipaySettleTo>

export const AppPlatform = z.enum(['ios', 'android'])
export type AppPlatform = z.output<typeof AppPlatform>

/** 苹果, 应用宝, 华为, 360, 小米, 豌豆荚, 其他 (Alipay's 2025 list). */
export const AppMarket = z.enum([
  'apple',
  'tencent',
  'huawei',
  'qihoo360',
  'xiaomi',
  'wandoujia',
  'other'
])
export type AppMarket = z.output<typeof AppMarket>

/** 已上线 / 未上线. */
export const AppStatus = z.enum(['online', 'offline'])
export type AppStatus = z.output<typeof AppStatus>

/** What `alipay.open.agent.mobilepay.sign` asks about the app beyond the profile's app scene. */
export const AlipayAppDetails = z.object({
  platforms: z.array(AppPlatform).max(2).default([]),
  markets: z.array(AppMarket).max(7).default([]),
  status: AppStatus.nullable().default(null),
  /** A login for Alipay's reviewers, when the app needs one. */
  testAccount: text(64),
  testPassword: text(64)
})
export type AlipayAppDetails = z.output<typeof AlipayAppDetails>

export const AlipaySetup = z.object({
  route: AlipayRoute.default('zft'),
  /**
   * The merchant's real-name Alipay account (logon id: mobile or email). ZFT binds it
   * (`binding_alipay_logon_id`); 代签约 signs for it (`account`, which may also be a 2088 PID).
   */
  merchantAccount: text(64),
  /** ZFT `external_id`; empty → the merchant's credit code. */
  externalId: text(32),
  services: z.array(ZftService).max(9).default([]),
  /** ZFT `sign_time_with_isv`: the day the merchant signed with the service provider. */
  signDate: picked(16),
  settleTo: AlipaySettleTo.default('bankCard'),
  /** Alipay logon id to settle to, when `settleTo` is `alipayAccount`. */
  settleAccount: text(64),
  /** ZFT `account_inst_id` (bank short code, e.g. `CMB`); empty → derived from the bank name. */
  bankInstId: text(16),
  /**
   * ZFT `license_auth_letter_image`: the 授权函/说明函 made from Alipay's template, needed when
   * the settlement account's holder is not the merchant or the legal representative is foreign.
   */
  licenceAuthLetter: MediaRef,
  /** The merchant's Alipay mini program (`tiny_app_id`), sent with ZFT 小程序支付. */
  miniProgramAppId: text(32),
  products: z.array(AgentProduct).max(2).default([]),
  /** Authorise the service provider's app right after signing (当面付 `sign_and_auth`). */
  signAndAuth: z.boolean().default(false),
  /** 当面付 service rate in percent, `0.38`–`0.6`; required with `signAndAuth`. */
  rate: text(8),
  app: AlipayAppDetails.prefault({})
})
export type AlipaySetup = z.output<typeof AlipaySetup>

export const PaymentSetup = z.object({
  currentProvider: PaymentProviderId.nullable().default(null),
  addProvider: PaymentProviderId.nullable().default(null),
  wechat: WechatPaySetup.prefault({}),
  alipay: AlipaySetup.prefault({})
})
export type PaymentSetup = z.output<typeof PaymentSetup>
