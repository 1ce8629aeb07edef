import { z } from 'zod'
import { checkUscc } from './identifiers/uscc'
import { merchantKey } from './submit-profile'

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
  saved: z.array(FieldName),
  /** Per-merchant token fields: how many merchants they hold a token for. */
  merchants: z.record(FieldName, z.number().int()).optional()
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

/** Form fields holding a token per merchant (a map in the stored profile). */
export const isMerchantTokens = (field: string): boolean => field.endsWith('Tokens')

export type MerchantTokenLines =
  { ok: true; tokens: Record<string, string> } | { ok: false; line: number }

/**
 * Per-merchant tokens as typed or pasted into the form: one merchant a line, its
 * 统一社会信用代码 (in groups or not) then the token, separated by a space, tab or comma —
 * what a spreadsheet's two columns paste as. Blank lines are skipped; the first line that is
 * not a valid code and a token is named.
 */
export function parseMerchantTokens(text: string): MerchantTokenLines {
  const tokens: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue
    const match = /^(.*?)[\s,，:：]+(\S+)\s*$/.exec(line.trim())
    const code = match ? merchantKey(match[1] ?? '') : ''
    const finding = checkUscc(code)
    if (!match || (finding !== null && finding !== 'check_char_known_exception')) {
      return { ok: false, line: index + 1 }
    }
    tokens[code] = match[2] ?? ''
  }
  return { ok: true, tokens }
}
