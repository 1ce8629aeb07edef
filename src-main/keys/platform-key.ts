import { createPublicKey, X509Certificate, type KeyObject } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { KaitongError } from '../api/result'

/**
 * The WeChat Pay key a service provider imports so Kaitong can encrypt sensitive fields
 * itself: the WeChat Pay public key (`pub_key.pem`, identified by its `PUB_KEY_ID_…`, which
 * the user types or the file name carries) or a platform certificate (identified by its
 * serial). Either id is what the uploader sends as `Wechatpay-Serial`.
 */
export interface WechatPayPublicKey {
  keyId: string
  kind: 'public-key' | 'certificate'
  key: KeyObject
  /** The most plaintext RSA-OAEP with SHA-1 takes with this key: k − 2·20 − 2 bytes. */
  maxPlaintextBytes: number
  /** Certificates only: end of validity, ISO 8601. */
  validTo?: string
}

export interface KeyImportOptions {
  /** The id the user typed; for a certificate it must match the serial. */
  keyId?: string
  /** The time the key must be valid at (certificates); defaults to now. */
  now?: Date
}

const PUB_KEY_ID = /^PUB_KEY_ID_[0-9A-Za-z]+$/
const PUB_KEY_ID_IN_NAME = /PUB_KEY_ID_[0-9A-Za-z]+/
const PRIVATE_KEY = /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/
const CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/
const PUBLIC_KEY = /-----BEGIN (?:RSA )?PUBLIC KEY-----[\s\S]+?-----END (?:RSA )?PUBLIC KEY-----/
const MIN_RSA_BITS = 2048
const SHA1_BYTES = 20

function publicKeyId(fileName: string, typed: string | undefined): string {
  const keyId = typed?.trim() || PUB_KEY_ID_IN_NAME.exec(basename(fileName))?.[0]
  if (!keyId) throw new KaitongError('keys.key_id_missing', { file: basename(fileName) })
  if (!PUB_KEY_ID.test(keyId)) throw new KaitongError('keys.key_id_format', { keyId })
  return keyId
}

function readCertificate(pem: string, file: string): X509Certificate {
  try {
    return new X509Certificate(pem)
  } catch {
    throw new KaitongError('keys.malformed_file', { file })
  }
}

function certificateKey(pem: string, file: string, options: KeyImportOptions): WechatPayPublicKey {
  const certificate = readCertificate(pem, file)
  const serial = certificate.serialNumber.toUpperCase()
  const typed = options.keyId?.trim()
  if (typed && typed.toUpperCase() !== serial) {
    throw new KaitongError('keys.key_id_mismatch', { keyId: typed, serial })
  }
  const now = options.now ?? new Date()
  const validFrom = new Date(certificate.validFrom)
  const validTo = new Date(certificate.validTo)
  if (now < validFrom) {
    throw new KaitongError('keys.certificate_not_yet_valid', {
      date: validFrom.toISOString().slice(0, 10)
    })
  }
  if (now > validTo) {
    throw new KaitongError('keys.certificate_expired', { date: validTo.toISOString().slice(0, 10) })
  }
  return rsaKey(certificate.publicKey, serial, 'certificate', validTo.toISOString())
}

function publicKey(pem: string, file: string, options: KeyImportOptions): WechatPayPublicKey {
  let key: KeyObject
  try {
    key = createPublicKey(pem)
  } catch {
    throw new KaitongError('keys.malformed_file', { file })
  }
  return rsaKey(key, publicKeyId(file, options.keyId), 'public-key')
}

/** Only RSA keys of 2048 bits or more encrypt for WeChat Pay APIv3 (SM2 keys are a separate scheme). */
function rsaKey(
  key: KeyObject,
  keyId: string,
  kind: WechatPayPublicKey['kind'],
  validTo?: string
): WechatPayPublicKey {
  if (key.asymmetricKeyType !== 'rsa') {
    throw new KaitongError('keys.wrong_key_type', { type: key.asymmetricKeyType ?? 'unknown' })
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0
  if (bits < MIN_RSA_BITS) throw new KaitongError('keys.key_too_small', { bits })
  return {
    keyId,
    kind,
    key,
    maxPlaintextBytes: bits / 8 - 2 * SHA1_BYTES - 2,
    ...(validTo ? { validTo } : {})
  }
}

/**
 * The key in a PEM file's content. `fileName` is only read for the key id and messages.
 * Throws KaitongError `keys.*` for anything that is not a usable WeChat Pay key.
 */
export function parseWechatPayKey(
  content: string | Uint8Array,
  fileName: string,
  options: KeyImportOptions = {}
): WechatPayPublicKey {
  const text = (typeof content === 'string' ? content : new TextDecoder().decode(content)).replace(
    /^\uFEFF/,
    ''
  )
  const file = basename(fileName)
  if (PRIVATE_KEY.test(text)) throw new KaitongError('keys.private_key', { file })
  const certificate = CERTIFICATE.exec(text)?.[0]
  if (certificate) return certificateKey(certificate, fileName, options)
  const key = PUBLIC_KEY.exec(text)?.[0]
  if (key) return publicKey(key, fileName, options)
  throw new KaitongError('keys.malformed_file', { file })
}

/** Reads and parses a key file the user picked. */
export async function loadWechatPayKey(
  path: string,
  options: KeyImportOptions = {}
): Promise<WechatPayPublicKey> {
  let content: Uint8Array
  try {
    content = await readFile(path)
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown'
    throw new KaitongError('keys.file_unreadable', { file: basename(path), reason })
  }
  return parseWechatPayKey(content, path, options)
}
