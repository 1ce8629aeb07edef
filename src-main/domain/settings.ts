import { z } from 'zod'

/** How a precheck rule reports: the merchant or agency may lower or silence a rule. */
export const RuleLevel = z.enum(['error', 'warning', 'off'])
export type RuleLevel = z.output<typeof RuleLevel>

export const RuleLevels = z.record(z.string(), RuleLevel)

/** The imported WeChat Pay platform key (a public key or certificate: nothing secret). */
export const StoredWechatPayKey = z.object({
  keyId: z.string(),
  kind: z.enum(['public-key', 'certificate']),
  fileName: z.string(),
  /** Certificates only: end of validity, ISO 8601. */
  validTo: z.string().nullable(),
  importedAt: z.string(),
  pem: z.string()
})
export type StoredWechatPayKey = z.output<typeof StoredWechatPayKey>
