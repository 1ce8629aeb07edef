import { MerchantProfile } from './merchant-profile'

/**
 * Normalisation applied before checking and before storing, so that what a merchant pastes
 * from a PDF, an IME in full-width mode or a spreadsheet checks and compares like what they
 * would have typed by hand.
 */

/**
 * Control characters (NUL, BEL, ESC, DEL, C1) and the bidi overrides that reorder what a
 * reader sees (U+202A–U+202E, U+2066–U+2069): never part of a name or an address, and a
 * terminal would act on them. Line breaks and tabs stay for multi-line fields.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

export function removeControls(value: string): string {
  return value.replace(CONTROLS, '')
}

/** Every string of a value (a draft area, a whole draft) without control characters. */
export function removeControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return removeControls(value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => removeControlsDeep(item)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, removeControlsDeep(child)])
    ) as T
  }
  return value
}

/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space to their half-width forms. */
export function toHalfWidth(value: string): string {
  return value.replace(/[\uFF01-\uFF5E\u3000]/g, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0)
  )
}

/**
 * Full-width letters, digits and spaces only: Chinese punctuation such as （） is kept as
 * printed on the licence, because names must match the document.
 */
function foldLettersAndDigits(value: string): string {
  return value.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000]/g, (char) =>
    toHalfWidth(char)
  )
}

/** Trim and collapse runs of white space to one space. */
export function collapseSpaces(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/** Middle dots in names of minority or foreign people (买买提·艾力) come in many code points. */
const MIDDLE_DOTS = /[\u00B7\u2022\u2027\u30FB\uFF65\u318D]/g

/** Free text and names: width-folded letters and digits, collapsed spaces, one middle dot. */
export function normalizeText(value: string): string {
  return collapseSpaces(foldLettersAndDigits(value)).replace(MIDDLE_DOTS, '·')
}

/** Codes and document numbers: half-width, no white space, upper case. */
export function normalizeCode(value: string): string {
  return toHalfWidth(value).replace(/\s+/g, '').toUpperCase()
}

/** 统一社会信用代码 as people type it in groups: `9144-0300-…` or `9144 0300 …`. */
export function normalizeCreditCode(value: string): string {
  return normalizeCode(value).replace(/[-\u2010-\u2015]/g, '')
}

/** Digit strings typed in groups (account numbers, region and bank codes). */
export function normalizeDigits(value: string): string {
  return toHalfWidth(value).replace(/[\s-]+/g, '')
}

/** Mainland mobile numbers: digits only, without the +86 / 0086 country prefix. */
export function normalizeMobile(value: string): string {
  const digits = normalizeDigits(value).replace(/[()]/g, '')
  const withoutCountry = digits.replace(/^(\+86|0086)/, '')
  return /^861\d{10}$/.test(withoutCountry) ? withoutCountry.slice(2) : withoutCountry
}

/**
 * Phone numbers: mobiles become 11 digits, landlines `AREA-NUMBER[-EXT]` (010 and 02x are the
 * only three-digit area codes, so the split is unambiguous), 400/800 numbers `400-xxx-xxxx`.
 * Anything not recognised is only trimmed, so the checker can report it as typed.
 */
export function normalizePhone(value: string): string {
  const text = collapseSpaces(toHalfWidth(value))
  const mobile = normalizeMobile(text)
  if (/^1\d{10}$/.test(mobile)) return mobile
  const compact = text
    .replace(/\s*(转|分机|ext\.?|x)\s*/i, '-')
    .replace(/^\((0\d{2,3})\)/, '$1-')
    .replace(/[\s()]+/g, '')
  const hotline = /^([48]00)-?(\d{3})-?(\d{4})$/.exec(compact)
  if (hotline) return `${hotline[1]}-${hotline[2]}-${hotline[3]}`
  const landline = /^(0(?:10|2\d|[3-9]\d{2}))-?(\d{7,8})(?:-(\d{1,6}))?$/.exec(compact)
  if (landline) {
    return [landline[1], landline[2], landline[3]].filter((part) => part !== undefined).join('-')
  }
  return text
}

export function normalizeEmail(value: string): string {
  const text = toHalfWidth(value).replace(/\s+/g, '')
  const at = text.lastIndexOf('@')
  return at < 0 ? text : text.slice(0, at + 1) + text.slice(at + 1).toLowerCase()
}

/** `2024/1/5`, `2024.01.05`, `2024年1月5日` and `20240105` all become `2024-01-05`. */
export function normalizeDate(value: string): string {
  const text = toHalfWidth(value).replace(/\s+/g, '')
  const separated = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text)
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  const parts = separated ?? compact
  if (!parts) return text
  return `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}`
}

/** WeChat app ids are lower-case hex; Alipay's are digits, unaffected. */
export function normalizeAppId(value: string): string {
  return toHalfWidth(value).replace(/\s+/g, '').toLowerCase()
}

export function normalizeUrl(value: string): string {
  return toHalfWidth(value).trim()
}

/**
 * Two names denote the same holder: compares width-folded (brackets too), without spaces,
 * case-insensitive, so `某某（深圳）有限公司` equals `某某(深圳)有限公司`.
 */
export function sameName(left: string, right: string): boolean {
  const key = (value: string) => toHalfWidth(normalizeText(value)).replace(/\s+/g, '').toLowerCase()
  return key(left) === key(right)
}

type Normalizer = (value: string) => string

/** Normaliser by field name; every other string field is free text. */
const FIELD_NORMALIZERS: Readonly<Record<string, Normalizer>> = {
  creditCode: normalizeCreditCode,
  idNumber: normalizeCode,
  number: normalizeCode,
  alipayCategoryCode: normalizeCode,
  mobile: normalizeMobile,
  servicePhone: normalizePhone,
  email: normalizeEmail,
  validFrom: normalizeDate,
  validTo: normalizeDate,
  accountNumber: normalizeDigits,
  bankCode: normalizeDigits,
  regionCode: normalizeDigits,
  wechatSettlementId: normalizeDigits,
  alipayMcc: normalizeDigits,
  appId: normalizeAppId,
  url: normalizeUrl,
  downloadUrl: normalizeUrl,
  icpRecord: normalizeCode,
  sha256: (value) => value
}

function normalizeTree(value: unknown, key: string): unknown {
  if (typeof value === 'string') {
    return (FIELD_NORMALIZERS[key] ?? normalizeText)(removeControls(value))
  }
  if (Array.isArray(value)) return value.map((item) => normalizeTree(item, key))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([childKey, child]) => [childKey, normalizeTree(child, childKey)])
    )
  }
  return value
}

/** The profile as it is checked and stored. Idempotent. */
export function normalizeMerchantProfile(profile: MerchantProfile): MerchantProfile {
  return MerchantProfile.parse(normalizeTree(profile, ''))
}
