import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto'
import { KaitongError } from '../api/result'
import { parseWechatPayKey, type WechatPayPublicKey } from '../keys/platform-key'
import type { SettingsRepo } from '../store/settings'
import type { TokenPlatform } from './listing-gateway'
import { merchantKey, SubmitProfile, type SubmitProfileView } from '../domain/submit-profile'

export { SubmitProfile }

export interface WechatPayCredentials {
  mchid: string
  merchantSerial: string
  merchantPrivateKey: KeyObject
  platformKey: WechatPayPublicKey
  apiV3Key: string
  baseUrl?: string
}

export interface AlipayCredentials {
  appId: string
  appPrivateKey: string
  /** Key mode; in certificate mode the SDK reads Alipay's key from its certificate. */
  alipayPublicKey?: string
  certificates?: { app: string; alipay: string; root: string }
  gateway?: string
}

/** The entry a per-merchant map holds for this merchant, however its key was typed. */
function forMerchant(map: Record<string, string> | undefined, merchant: string) {
  return Object.entries(map ?? {}).find(([key]) => merchantKey(key) === merchant)?.[1]
}

/** The app_auth_token the profile holds for a merchant, when it holds one. */
export function alipayAppAuthToken(profile: SubmitProfile, merchant: string): string | undefined {
  return forMerchant(profile.alipay?.appAuthTokens, merchant)
}

const SERIAL = /^[0-9A-F]{8,40}$/i
const MCHID = /^\d{8,10}$/
const ALIPAY_APP_ID = /^\d{16}$/

/** Alipay's console hands keys out as bare base64: give them the PEM armour node:crypto reads. */
function pem(text: string, label: 'PRIVATE KEY' | 'PUBLIC KEY'): string {
  const trimmed = text.trim()
  if (trimmed.startsWith('-----BEGIN')) return trimmed
  const body = trimmed.replace(/\s+/g, '').replace(/(.{64})/g, '$1\n')
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`
}

function privateRsaKey(text: string, which: string): KeyObject {
  if (/-----BEGIN (?:RSA )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/.test(text)) {
    throw new KaitongError('submit.cred_not_private_key', { which })
  }
  let key: KeyObject
  try {
    key = createPrivateKey(pem(text, 'PRIVATE KEY'))
  } catch {
    throw new KaitongError('submit.cred_key_unreadable', { which })
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw new KaitongError('submit.cred_wrong_key_type', {
      which,
      type: key.asymmetricKeyType ?? 'unknown'
    })
  }
  return key
}

function publicRsaKey(text: string, which: string): KeyObject {
  if (/PRIVATE KEY-----/.test(text)) throw new KaitongError('submit.cred_not_public_key', { which })
  try {
    const key = createPublicKey(pem(text, 'PUBLIC KEY'))
    if (key.asymmetricKeyType !== 'rsa') {
      throw new KaitongError('submit.cred_wrong_key_type', {
        which,
        type: key.asymmetricKeyType ?? 'unknown'
      })
    }
    return key
  } catch (error) {
    if (error instanceof KaitongError) throw error
    throw new KaitongError('submit.cred_key_unreadable', { which })
  }
}

function samePublicKey(a: KeyObject, b: KeyObject): boolean {
  const der = (key: KeyObject) => key.export({ type: 'spki', format: 'der' })
  return der(a).equals(der(b))
}

/** The WeChat Pay part of a profile, checked; each problem its own message. */
export function wechatPayCredentials(
  profile: SubmitProfile,
  now: Date = new Date()
): WechatPayCredentials {
  const entered = profile.wechatPay
  if (!entered) throw new KaitongError('submit.cred_missing', { platform: 'wechat-pay' })
  if (!MCHID.test(entered.mchid.trim())) throw new KaitongError('submit.cred_mchid_format')
  const serial = entered.merchantSerial.trim().toUpperCase()
  if (!SERIAL.test(serial)) throw new KaitongError('submit.cred_serial_format')
  const merchantPrivateKey = privateRsaKey(entered.merchantPrivateKey, 'wechatPayMerchant')
  if (entered.merchantCertificate) {
    let certificate: X509Certificate
    try {
      certificate = new X509Certificate(entered.merchantCertificate)
    } catch {
      throw new KaitongError('submit.cred_key_unreadable', { which: 'wechatPayCertificate' })
    }
    if (certificate.serialNumber.toUpperCase() !== serial) {
      throw new KaitongError('submit.cred_serial_mismatch', {
        serial,
        certificate: certificate.serialNumber.toUpperCase()
      })
    }
    if (!samePublicKey(certificate.publicKey, createPublicKey(merchantPrivateKey))) {
      throw new KaitongError('submit.cred_key_mismatch')
    }
  }
  const platformKey = parseWechatPayKey(entered.platformKey, 'platform-key.pem', {
    ...(entered.platformKeyId ? { keyId: entered.platformKeyId } : {}),
    now
  })
  if (platformKey.keyId === serial) throw new KaitongError('submit.cred_platform_key_is_merchant')
  if (Buffer.byteLength(entered.apiV3Key, 'utf8') !== 32) {
    throw new KaitongError('submit.cred_api_v3_key_length')
  }
  return {
    mchid: entered.mchid.trim(),
    merchantSerial: serial,
    merchantPrivateKey,
    platformKey,
    apiV3Key: entered.apiV3Key,
    ...(entered.baseUrl ? { baseUrl: entered.baseUrl } : {})
  }
}

function certificate(text: string, which: string): X509Certificate {
  try {
    return new X509Certificate(text)
  } catch {
    throw new KaitongError('submit.cred_certificate_unreadable', { which })
  }
}

/** The Alipay part of a profile, checked: key mode, or certificate mode with all three. */
export function alipayCredentials(
  profile: SubmitProfile,
  now: Date = new Date()
): AlipayCredentials {
  const entered = profile.alipay
  if (!entered) throw new KaitongError('submit.cred_missing', { platform: 'alipay' })
  if (!ALIPAY_APP_ID.test(entered.appId.trim())) throw new KaitongError('submit.cred_app_id_format')
  const appKey = privateRsaKey(entered.appPrivateKey, 'alipayApp')
  const common = {
    appId: entered.appId.trim(),
    appPrivateKey: appKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    ...(entered.gateway ? { gateway: entered.gateway } : {})
  }
  const certs = [entered.appCertificate, entered.alipayCertificate, entered.alipayRootCertificate]
  if (certs.some((text) => text?.trim())) {
    const [app, alipay, root] = certs.map((text) => text?.trim() ?? '')
    if (!app || !alipay || !root) throw new KaitongError('submit.cred_certificates_incomplete')
    const appCert = certificate(app, 'alipayAppCertificate')
    const alipayCert = certificate(alipay, 'alipayCertificate')
    certificate(root, 'alipayRootCertificate')
    // The app certificate is issued for the app's key pair: another one means a mix-up.
    if (!samePublicKey(appCert.publicKey, createPublicKey(appKey))) {
      throw new KaitongError('submit.cred_app_certificate_mismatch')
    }
    if (samePublicKey(alipayCert.publicKey, appCert.publicKey)) {
      throw new KaitongError('submit.cred_alipay_key_is_app_key')
    }
    for (const [which, cert] of [
      ['alipayAppCertificate', appCert],
      ['alipayCertificate', alipayCert]
    ] as const) {
      if (new Date(cert.validTo) < now) {
        throw new KaitongError('submit.cred_certificate_expired', { which, date: cert.validTo })
      }
    }
    return { ...common, certificates: { app, alipay, root } }
  }
  const alipayKey = publicRsaKey(entered.alipayPublicKey, 'alipayPublic')
  // The most common slip: the app's own public key pasted where Alipay's belongs.
  if (samePublicKey(alipayKey, createPublicKey(appKey))) {
    throw new KaitongError('submit.cred_alipay_key_is_app_key')
  }
  return {
    ...common,
    alipayPublicKey: alipayKey.export({ type: 'spki', format: 'pem' }).toString()
  }
}

/**
 * The authorizer access token for a merchant on a mini-program platform: typed into the
 * profile, or asked of the agency's token service (which keeps WeChat's tokens fresh).
 */
export async function listingToken(
  profile: SubmitProfile,
  platform: TokenPlatform,
  merchant: string,
  timeoutMs = 10_000
): Promise<string> {
  const access = profile.listing?.[platform]
  if (!access) throw new KaitongError('submit.cred_missing', { platform })
  const typed = forMerchant(access.accessTokens, merchant)
  if (typed) return typed.trim()
  if (!access.tokenServiceUrl)
    throw new KaitongError('submit.token_missing', { platform, merchant })
  const url = new URL(access.tokenServiceUrl)
  url.searchParams.set('platform', platform)
  url.searchParams.set('merchant', merchant)
  let response: Response
  try {
    response = await fetch(url, {
      headers: access.tokenServiceSecret
        ? { authorization: `Bearer ${access.tokenServiceSecret}` }
        : {},
      signal: AbortSignal.timeout(timeoutMs)
    })
  } catch {
    throw new KaitongError('submit.token_service_unreachable', { platform, host: url.host })
  }
  const answer = (await response.json().catch(() => undefined)) as
    Record<string, unknown> | undefined
  const token = answer?.['access_token'] ?? answer?.['authorizer_access_token']
  if (!response.ok || typeof token !== 'string' || token === '') {
    throw new KaitongError('submit.token_service_refused', {
      platform,
      merchant,
      status: response.status
    })
  }
  return token
}

export const KEY_PREFIX = 'submit.profile:'

/** Profiles by name in the settings table. */
export function createProfiles(settings: SettingsRepo) {
  return {
    get(name: string): SubmitProfile {
      const parsed = SubmitProfile.safeParse(settings.get(`${KEY_PREFIX}${name}`))
      if (!parsed.success) throw new KaitongError('submit.profile_missing', { profile: name })
      return parsed.data
    },
    /** Names and ids only, for the app and the CLI. */
    view(profile: SubmitProfile): SubmitProfileView {
      return {
        name: profile.name,
        environment: profile.environment,
        ...(profile.wechatPay
          ? {
              wechatPay: {
                mchid: profile.wechatPay.mchid,
                merchantSerial: profile.wechatPay.merchantSerial,
                platformKeyId: wechatPayCredentials(profile).platformKey.keyId
              }
            }
          : {}),
        ...(profile.alipay ? { alipay: { appId: profile.alipay.appId } } : {}),
        ...(profile.listing
          ? {
              listing: Object.fromEntries(
                Object.entries(profile.listing).flatMap(([platform, access]) =>
                  access
                    ? [[platform, access.tokenServiceUrl ? 'tokenService' : 'tokens'] as const]
                    : []
                )
              )
            }
          : {})
      }
    },
    /** Saved only once every part entered passes its checks. */
    save(profile: SubmitProfile, now: Date = new Date()): void {
      if (profile.wechatPay) wechatPayCredentials(profile, now)
      if (profile.alipay) alipayCredentials(profile, now)
      for (const [platform, access] of Object.entries(profile.listing ?? {})) {
        if (!access) continue
        const tokens = Object.keys(access.accessTokens ?? {}).length
        if (tokens === 0 && !access.tokenServiceUrl) {
          throw new KaitongError('submit.token_missing', { platform, merchant: '' })
        }
        if (access.tokenServiceUrl && !URL.canParse(access.tokenServiceUrl)) {
          throw new KaitongError('submit.token_service_url', { platform })
        }
      }
      settings.set(`${KEY_PREFIX}${profile.name}`, profile)
    }
  }
}

export type Profiles = ReturnType<typeof createProfiles>
