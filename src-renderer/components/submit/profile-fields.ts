import type { ProfileForm, ProfileFormInput } from '../../../src-main/domain/submit-profile-form'

/**
 * The fields of a sending profile's form, by platform section, in the order shown. A field a
 * platform gains is one line here and its label in the submit area's messages.
 */
export type ProfileSection = 'wechatPay' | 'alipay' | 'wechat-mp' | 'douyin-mp' | 'baidu-mp'
export const PROFILE_SECTIONS: readonly ProfileSection[] = [
  'wechatPay',
  'alipay',
  'wechat-mp',
  'douyin-mp',
  'baidu-mp'
]

/** The mini-program platforms share their fields' labels. */
export function labelSection(section: ProfileSection): string {
  return section === 'wechatPay' || section === 'alipay' ? section : 'listing'
}

/** A mini-program platform reached through the agency's token service or tokens typed per merchant. */
const LISTING_FIELDS: readonly ProfileField[] = [
  { key: 'tokenServiceUrl', kind: 'text' },
  { key: 'tokenServiceSecret', kind: 'secret' },
  { key: 'accessTokens', kind: 'tokens' },
  { key: 'baseUrl', kind: 'text', advanced: true }
]

export interface ProfileField {
  key: string
  /**
   * `pem`, `secret` and `tokens` (one merchant's code and token a line) are write-only:
   * shown as saved, never filled back.
   */
  kind: 'text' | 'pem' | 'secret' | 'tokens'
  required?: boolean
  /** Behind "advanced": base URLs for a proxy or a test gateway. */
  advanced?: boolean
}

export const PROFILE_FIELDS: Readonly<Record<ProfileSection, readonly ProfileField[]>> = {
  wechatPay: [
    { key: 'mchid', kind: 'text', required: true },
    { key: 'merchantSerial', kind: 'text', required: true },
    { key: 'apiV3Key', kind: 'secret', required: true },
    { key: 'platformKeyId', kind: 'text' },
    { key: 'merchantPrivateKey', kind: 'pem', required: true },
    { key: 'platformKey', kind: 'pem', required: true },
    { key: 'merchantCertificate', kind: 'pem' },
    { key: 'baseUrl', kind: 'text', advanced: true }
  ],
  alipay: [
    { key: 'appId', kind: 'text', required: true },
    { key: 'appPrivateKey', kind: 'pem', required: true },
    // Key mode: Alipay's public key; certificate mode: the three certificates instead.
    { key: 'alipayPublicKey', kind: 'pem' },
    { key: 'appCertificate', kind: 'pem' },
    { key: 'alipayCertificate', kind: 'pem' },
    { key: 'alipayRootCertificate', kind: 'pem' },
    { key: 'appAuthTokens', kind: 'tokens' },
    { key: 'gateway', kind: 'text', advanced: true }
  ],
  'wechat-mp': LISTING_FIELDS,
  'douyin-mp': LISTING_FIELDS,
  'baidu-mp': LISTING_FIELDS
}

/** What the form edits: every field as text, and which sections are in use. */
export interface ProfileDraft {
  previousName?: string
  name: string
  environment: 'sandbox' | 'production'
  use: Record<ProfileSection, boolean>
  values: Record<ProfileSection, Record<string, string>>
  /** Write-only fields the stored profile holds. */
  saved: Record<ProfileSection, string[]>
  /** Per-merchant token fields: for how many merchants the stored profile holds one. */
  merchants: Record<ProfileSection, Record<string, number>>
}

export function emptyDraft(): ProfileDraft {
  return {
    name: '',
    environment: 'sandbox',
    use: {
      wechatPay: true,
      alipay: false,
      'wechat-mp': false,
      'douyin-mp': false,
      'baidu-mp': false
    },
    values: { wechatPay: {}, alipay: {}, 'wechat-mp': {}, 'douyin-mp': {}, 'baidu-mp': {} },
    saved: { wechatPay: [], alipay: [], 'wechat-mp': [], 'douyin-mp': [], 'baidu-mp': [] },
    merchants: { wechatPay: {}, alipay: {}, 'wechat-mp': {}, 'douyin-mp': {}, 'baidu-mp': {} }
  }
}

export function draftOf(profile: ProfileForm): ProfileDraft {
  const draft = emptyDraft()
  draft.previousName = profile.name
  draft.name = profile.name
  draft.environment = profile.environment
  for (const section of PROFILE_SECTIONS) {
    const stored = profile[section]
    draft.use[section] = !!stored
    draft.values[section] = { ...stored?.fields }
    draft.saved[section] = [...(stored?.saved ?? [])]
    draft.merchants[section] = { ...stored?.merchants }
  }
  return draft
}

/** The contract's input: sections not in use are left out, empty key fields keep the stored key. */
export function inputOf(draft: ProfileDraft): ProfileFormInput {
  const input: ProfileFormInput = {
    name: draft.name,
    environment: draft.environment,
    ...(draft.previousName ? { previousName: draft.previousName } : {})
  }
  for (const section of PROFILE_SECTIONS) {
    if (!draft.use[section]) continue
    input[section] = Object.fromEntries(
      PROFILE_FIELDS[section].map((field) => [field.key, draft.values[section][field.key] ?? ''])
    )
  }
  return input
}
