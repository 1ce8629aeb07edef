import { z } from 'zod'

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
      alipayPublicKey: z.string().max(8192),
      gateway: z.string().max(512).optional()
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
  alipay: z.object({ appId: z.string() }).optional()
})
export type SubmitProfileView = z.output<typeof SubmitProfileView>
