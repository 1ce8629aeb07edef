import { z } from 'zod'

/** A merchant as profiles key their secrets: the 统一社会信用代码 without spaces or hyphens. */
export function merchantKey(creditCode: string): string {
  return creditCode.replace(/[\s-]/g, '').toUpperCase()
}

/** Per-merchant secrets, keyed by the merchant's 统一社会信用代码 (as typed on the licence). */
const PerMerchant = z.record(z.string().min(1).max(32), z.string().min(1).max(1024))

/**
 * How Kaitong gets a mini-program platform's authorizer access token for a merchant: typed
 * by hand, or from the agency's own token service (WeChat pushes component_verify_ticket to
 * a server, never to a desktop, so only a server can keep these tokens fresh).
 */
export const ListingAccess = z.object({
  accessTokens: PerMerchant.optional(),
  /** `GET <url>?platform=<id>&merchant=<信用代码>` answers `{"access_token": "…"}`. */
  tokenServiceUrl: z.string().max(512).optional(),
  /** Sent as `Authorization: Bearer …` to the token service, when the agency set one. */
  tokenServiceSecret: z.string().max(512).optional(),
  /** The platform's API host; tests point it at 127.0.0.1. */
  baseUrl: z.string().max(512).optional()
})
export type ListingAccess = z.output<typeof ListingAccess>

/**
 * An agency's sending profile as entered in Settings: its WeChat Pay 服务商 and Alipay
 * service-provider credentials. Stored in the settings table, which the database's SQLCipher
 * encryption covers.
 */
export const SubmitProfile = z.object({
  name: z.string().min(1).max(64),
  /** WeChat Pay has no sandbox: a production profile asks twice before sending. */
  environment: z.enum(['sandbox', 'production']),
  wechatPay: z
    .object({
      mchid: z.string().max(32),
      merchantSerial: z.string().max(64),
      merchantPrivateKey: z.string().max(8192),
      /** The merchant certificate (apiclient_cert.pem), when given: checks key and serial agree. */
      merchantCertificate: z.string().max(8192).optional(),
      platformKey: z.string().max(8192),
      platformKeyId: z.string().max(64).optional(),
      apiV3Key: z.string().max(64),
      baseUrl: z.string().max(512).optional()
    })
    .optional(),
  /** Advanced: the first wait before a retry and how long an answer may take (slow links, tests). */
  retryBaseMs: z.number().int().min(1).max(60_000).optional(),
  timeoutMs: z.number().int().min(100).max(120_000).optional(),
  alipay: z
    .object({
      appId: z.string().max(32),
      appPrivateKey: z.string().max(8192),
      /** Empty in certificate mode, where the Alipay certificate carries Alipay's key. */
      alipayPublicKey: z.string().max(8192),
      /** Certificate mode (公钥证书): app, Alipay and Alipay root certificates, all three. */
      appCertificate: z.string().max(16384).optional(),
      alipayCertificate: z.string().max(16384).optional(),
      alipayRootCertificate: z.string().max(32768).optional(),
      /** app_auth_token per merchant, for calls made on a merchant's behalf (mini programs). */
      appAuthTokens: PerMerchant.optional(),
      gateway: z.string().max(512).optional()
    })
    .optional(),
  /** The mini-program platforms reached over HTTPS with an authorizer access token. */
  listing: z
    .object({
      'wechat-mp': ListingAccess.optional(),
      'douyin-mp': ListingAccess.optional(),
      'baidu-mp': ListingAccess.optional()
    })
    .optional()
})
export type SubmitProfile = z.output<typeof SubmitProfile>

/** What the app shows of a saved profile: names and ids, never a key. */
export const SubmitProfileView = z.object({
  name: z.string(),
  environment: z.enum(['sandbox', 'production']),
  wechatPay: z
    .object({ mchid: z.string(), merchantSerial: z.string(), platformKeyId: z.string() })
    .optional(),
  alipay: z.object({ appId: z.string() }).optional(),
  /** Which listing platforms the profile reaches, and how (never a token). */
  listing: z.record(z.string(), z.enum(['tokens', 'tokenService'])).optional()
})
export type SubmitProfileView = z.output<typeof SubmitProfileView>
