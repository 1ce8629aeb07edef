import { z } from 'zod'

/**
 * The Settings form of a sending profile. Each platform section is a set of named text
 * fields, so fields a platform gains later pass through unchanged. Keys, certificates and
 * tokens are write-only: the form lists them under `saved` and never receives their text.
 */
const FieldName = z.string().min(1).max(40)
const Section = z.record(FieldName, z.string().max(8192))

export const ProfileFormInput = z.object({
  /** The name the profile had when the form was opened (absent for a new profile). */
  previousName: z.string().min(1).max(64).optional(),
  name: z.string().max(64),
  environment: z.enum(['sandbox', 'production']),
  /** A key field left empty keeps the stored key. */
  wechatPay: Section.optional(),
  alipay: Section.optional(),
  /** Mini-program platforms: the agency's token service (per-merchant tokens stay as stored). */
  'wechat-mp': Section.optional(),
  'douyin-mp': Section.optional(),
  'baidu-mp': Section.optional()
})
export type ProfileFormInput = z.input<typeof ProfileFormInput>

const ShownSection = z.object({
  fields: z.record(FieldName, z.string()),
  /** Write-only fields that hold a value. */
  saved: z.array(FieldName)
})

export const ProfileForm = z.object({
  name: z.string(),
  environment: z.enum(['sandbox', 'production']),
  wechatPay: ShownSection.optional(),
  alipay: ShownSection.optional(),
  'wechat-mp': ShownSection.optional(),
  'douyin-mp': ShownSection.optional(),
  'baidu-mp': ShownSection.optional()
})
export type ProfileForm = z.output<typeof ProfileForm>
