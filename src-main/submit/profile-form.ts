import type { Issue } from '../domain/issue'
import { SubmitProfile } from '../domain/submit-profile'
import {
  isMerchantTokens,
  parseMerchantTokens,
  type ProfileForm,
  type ProfileFormInput
} from '../domain/submit-profile-form'
import { KaitongError } from '../api/result'
import { alipayCredentials, wechatPayCredentials, type Profiles } from './credentials'

/**
 * The Settings form over the stored sending profiles: keys and certificates are written,
 * never read back (the form shows only that one is saved), a field left empty keeps what is
 * stored, and every problem is reported on its own field.
 */

type ListingSection = 'wechat-mp' | 'douyin-mp' | 'baidu-mp'
type Section = 'wechatPay' | 'alipay' | ListingSection
const LISTING_SECTIONS: readonly ListingSection[] = ['wechat-mp', 'douyin-mp', 'baidu-mp']
const SECTIONS: readonly Section[] = ['wechatPay', 'alipay', ...LISTING_SECTIONS]
const isListing = (section: string): section is ListingSection =>
  (LISTING_SECTIONS as readonly string[]).includes(section)

/** A platform's part of a profile: mini-program platforms sit under `listing`. */
function sectionOf(profile: Partial<SubmitProfile>, section: Section) {
  return (isListing(section) ? profile.listing?.[section] : profile[section]) as
    Record<string, unknown> | undefined
}

/**
 * Fields never sent back to the screen: private keys, the API v3 key, certificates, public
 * keys and tokens (public keys too, so the form treats every pasted key alike).
 */
export function isWriteOnly(field: string): boolean {
  return /(Key|Certificate|Cert|Token|Tokens|Secret)$/.test(field)
}

function masked(section: Record<string, unknown>) {
  const shown: Record<string, string> = {}
  const saved: string[] = []
  const merchants: Record<string, number> = {}
  for (const [field, value] of Object.entries(section)) {
    // Per-merchant tokens (a map) are saved keys too: the form says for how many merchants.
    if (value && typeof value === 'object' && Object.keys(value).length > 0) {
      saved.push(field)
      merchants[field] = Object.keys(value).length
    }
    if (typeof value !== 'string') continue
    if (!isWriteOnly(field)) shown[field] = value
    else if (value.trim()) saved.push(field)
  }
  return {
    fields: shown,
    saved: saved.sort(),
    ...(Object.keys(merchants).length > 0 ? { merchants } : {})
  }
}

/** A stored profile as the form shows it. */
export function profileForm(profile: SubmitProfile): ProfileForm {
  return {
    name: profile.name,
    environment: profile.environment,
    ...Object.fromEntries(
      SECTIONS.flatMap((section) => {
        const stored = sectionOf(profile, section)
        return stored ? [[section, masked(stored)]] : []
      })
    )
  }
}

/**
 * The entered section over the stored one: an empty field keeps the stored value, and typed
 * per-merchant tokens replace the stored list. A token line that cannot be read is an issue.
 */
function mergeSection(
  section: Section,
  entered: Record<string, string> | undefined,
  stored: Record<string, unknown> | undefined,
  issues: Issue[]
): Record<string, unknown> | undefined {
  if (!entered) return undefined
  const merged: Record<string, unknown> = { ...stored }
  for (const [field, value] of Object.entries(entered)) {
    const text = value.trim()
    if (isMerchantTokens(field)) {
      if (!text) continue
      const read = parseMerchantTokens(text)
      if (read.ok) merged[field] = read.tokens
      else {
        const params = { line: read.line }
        issues.push({
          code: 'submit.cred_tokens_line',
          path: `${section}.${field}`,
          severity: 'error',
          params
        })
      }
      continue
    }
    // A blank key field means "keep"; only a shown field can be emptied on purpose.
    if (text || !isWriteOnly(field) || typeof stored?.[field] !== 'string') merged[field] = text
  }
  return merged
}

/** Where each credential check points in the form. */
const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  'submit.cred_mchid_format': 'wechatPay.mchid',
  'submit.cred_serial_format': 'wechatPay.merchantSerial',
  'submit.cred_serial_mismatch': 'wechatPay.merchantSerial',
  'submit.cred_key_mismatch': 'wechatPay.merchantPrivateKey',
  'submit.cred_platform_key_is_merchant': 'wechatPay.platformKey',
  'submit.cred_api_v3_key_length': 'wechatPay.apiV3Key',
  'submit.cred_app_id_format': 'alipay.appId',
  'submit.cred_alipay_key_is_app_key': 'alipay.alipayPublicKey',
  'submit.cred_app_certificate_mismatch': 'alipay.appCertificate'
}
/** The `which` parameter of the key checks, as a form field. */
const FIELD_OF_KEY: Readonly<Record<string, string>> = {
  wechatPayMerchant: 'wechatPay.merchantPrivateKey',
  wechatPayCertificate: 'wechatPay.merchantCertificate',
  alipayApp: 'alipay.appPrivateKey',
  alipayPublic: 'alipay.alipayPublicKey',
  alipayAppCertificate: 'alipay.appCertificate',
  alipayCertificate: 'alipay.alipayCertificate',
  alipayRootCertificate: 'alipay.alipayRootCertificate'
}

/** Alipay's certificate mode: its three certificates stand in for Alipay's public key. */
const ALIPAY_CERTIFICATES = ['appCertificate', 'alipayCertificate', 'alipayRootCertificate']
const filled = (section: Record<string, unknown>, field: string) =>
  typeof section[field] === 'string' && section[field].trim() !== ''
const certificateMode = (section: Record<string, unknown>) =>
  ALIPAY_CERTIFICATES.some((field) => filled(section, field))

function issueOf(error: KaitongError, section: Section, entered: Record<string, unknown>): Issue {
  const which = error.params?.['which']
  const path =
    (error.code === 'submit.cred_certificates_incomplete'
      ? `alipay.${ALIPAY_CERTIFICATES.find((field) => !filled(entered, field))}`
      : undefined) ??
    (error.code === 'submit.cred_alipay_key_is_app_key' && certificateMode(entered)
      ? 'alipay.alipayCertificate'
      : undefined) ??
    FIELD_OF_CODE[error.code] ??
    (typeof which === 'string' ? FIELD_OF_KEY[which] : undefined) ??
    // The platform key's own checks (keys/platform-key) name no field: they are about it.
    (error.code.startsWith('keys.') ? 'wechatPay.platformKey' : section)
  return {
    code: error.code,
    path,
    severity: 'error',
    ...(error.params ? { params: error.params } : {})
  }
}

/** Required fields (one issue each), then the first failing credential check of each section. */
function check(
  profile: SubmitProfile,
  required: Record<'wechatPay' | 'alipay', readonly string[]>,
  now: Date
) {
  const issues: Issue[] = []
  for (const section of SECTIONS) {
    const entered = sectionOf(profile, section)
    if (!entered || isListing(section)) continue
    const missing = required[section].filter(
      (field) =>
        !filled(entered, field) &&
        !(section === 'alipay' && field === 'alipayPublicKey' && certificateMode(entered))
    )
    for (const field of missing) {
      issues.push({ code: 'submit.cred_required', path: `${section}.${field}`, severity: 'error' })
    }
    // The checks run in the form's order and stop at the first problem: one on a field
    // still empty is already said; one on a field filled in is worth saying now.
    try {
      if (section === 'wechatPay') wechatPayCredentials(profile, now)
      else alipayCredentials(profile, now)
    } catch (error) {
      if (!(error instanceof KaitongError)) throw error
      const found = issueOf(error, section, entered)
      if (!issues.some((issue) => issue.path === found.path)) issues.push(found)
    }
  }
  return issues
}

const REQUIRED: Record<'wechatPay' | 'alipay', readonly string[]> = {
  wechatPay: ['mchid', 'merchantSerial', 'merchantPrivateKey', 'platformKey', 'apiV3Key'],
  alipay: ['appId', 'appPrivateKey', 'alipayPublicKey']
}

export interface ProfileFormDeps {
  profiles: Profiles
  names(): string[]
  remove(name: string): void
}

export function createProfileForms(deps: ProfileFormDeps) {
  function stored(name: string): SubmitProfile | undefined {
    try {
      return deps.profiles.get(name)
    } catch {
      return undefined
    }
  }

  /** The profile the form describes, with the stored keys where the form left them empty. */
  function merged(input: ProfileFormInput): SubmitProfile {
    const before = stored(input.previousName ?? input.name)
    const candidate: Record<string, unknown> = {
      ...before,
      name: input.name.trim(),
      environment: input.environment
    }
    const listing: Record<string, unknown> = {}
    const unread: Issue[] = []
    for (const section of SECTIONS) {
      const merge = mergeSection(
        section,
        input[section],
        before && sectionOf(before, section),
        unread
      )
      if (isListing(section)) {
        if (merge) listing[section] = merge
        continue
      }
      if (!merge) {
        delete candidate[section]
        continue
      }
      // A required field left out is said as empty, on its field, like one left blank.
      for (const field of REQUIRED[section]) merge[field] ??= ''
      candidate[section] = merge
    }
    if (Object.keys(listing).length > 0) candidate['listing'] = listing
    else delete candidate['listing']
    if (unread.length > 0) {
      throw new KaitongError('submit.profile_invalid', { count: unread.length }, unread)
    }
    const parsed = SubmitProfile.safeParse(candidate)
    if (!parsed.success) {
      throw new KaitongError(
        'submit.profile_invalid',
        { count: parsed.error.issues.length },
        parsed.error.issues.map((issue) => ({
          code: issue.code === 'too_big' ? 'submit.cred_too_long' : 'submit.cred_required',
          path: issue.path.join('.'),
          severity: 'error' as const
        }))
      )
    }
    return parsed.data
  }

  /** Every problem of the form, each on its field. */
  function problems(input: ProfileFormInput, now: Date): Issue[] {
    const profile = merged(input)
    const issues = check(profile, REQUIRED, now)
    if (!profile.wechatPay && !profile.alipay && !profile.listing) {
      issues.push({ code: 'submit.cred_no_platform', path: 'platforms', severity: 'error' })
    }
    const renamed = input.previousName && input.previousName !== profile.name
    if ((renamed || !input.previousName) && stored(profile.name)) {
      issues.push({ code: 'submit.profile_exists', path: 'name', severity: 'error' })
    }
    return issues
  }

  return {
    list(): ProfileForm[] {
      return deps
        .names()
        .flatMap((name) => {
          const found = stored(name)
          return found ? [profileForm(found)] : []
        })
        .sort((a, b) => a.name.localeCompare(b.name))
    },
    /** Nothing is saved. */
    check: (input: ProfileFormInput, now: Date = new Date()) => problems(input, now),
    /** Saved only without a problem; a renamed profile leaves its old name. */
    save(input: ProfileFormInput, now: Date = new Date()): ProfileForm {
      const issues = problems(input, now)
      if (issues.length > 0) {
        throw new KaitongError('submit.profile_invalid', { count: issues.length }, issues)
      }
      const profile = merged(input)
      try {
        deps.profiles.save(profile, now)
      } catch (error) {
        // The token service's checks run on saving: each goes under its platform's address.
        const platform = error instanceof KaitongError ? error.params?.['platform'] : undefined
        if (typeof platform !== 'string' || !isListing(platform)) throw error
        const code =
          (error as KaitongError).code === 'submit.token_missing'
            ? 'submit.cred_token_service_required'
            : (error as KaitongError).code
        throw new KaitongError('submit.profile_invalid', { count: 1 }, [
          { code, path: `${platform}.tokenServiceUrl`, severity: 'error' }
        ])
      }
      if (input.previousName && input.previousName !== profile.name) {
        deps.remove(input.previousName)
      }
      return profileForm(profile)
    },
    remove(name: string): void {
      if (!stored(name)) throw new KaitongError('submit.profile_missing', { profile: name })
      deps.remove(name)
    }
  }
}

export type ProfileForms = ReturnType<typeof createProfileForms>
