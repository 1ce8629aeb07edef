import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto'
import { KaitongError } from '../api/result'
import { parseWechatPayKey, type WechatPayPublicKey } from '../keys/platform-key'
import type { SettingsRepo } from '../store/settings'
import { SubmitProfile, type SubmitProfileView } from '../domain/submit-profile'

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
  alipayPublicKey: string
  gateway?: string
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

/** The Alipay part of a profile, checked. */
export function alipayCredentials(profile: SubmitProfile): AlipayCredentials {
  const entered = profile.alipay
  if (!entered) throw new KaitongError('submit.cred_missing', { platform: 'alipay' })
  if (!ALIPAY_APP_ID.test(entered.appId.trim())) throw new KaitongError('submit.cred_app_id_format')
  const appKey = privateRsaKey(entered.appPrivateKey, 'alipayApp')
  const alipayKey = publicRsaKey(entered.alipayPublicKey, 'alipayPublic')
  // The most common slip: the app's own public key pasted where Alipay's belongs.
  if (samePublicKey(alipayKey, createPublicKey(appKey))) {
    throw new KaitongError('submit.cred_alipay_key_is_app_key')
  }
  return {
    appId: entered.appId.trim(),
    appPrivateKey: appKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    alipayPublicKey: alipayKey.export({ type: 'spki', format: 'pem' }).toString(),
    ...(entered.gateway ? { gateway: entered.gateway } : {})
  }
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
        ...(profile.alipay ? { alipay: { appId: profile.alipay.appId } } : {})
      }
    },
    /** Saved only once every part entered passes its checks. */
    save(profile: SubmitProfile, now: Date = new Date()): void {
      if (profile.wechatPay) wechatPayCredentials(profile, now)
      if (profile.alipay) alipayCredentials(profile)
      settings.set(`${KEY_PREFIX}${profile.name}`, profile)
    }
  }
}

export type Profiles = ReturnType<typeof createProfiles>
