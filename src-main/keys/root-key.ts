import { hkdfSync, randomBytes, scryptSync } from 'node:crypto'
import { KaitongError } from '../api/result'

/**
 * The one secret everything at rest hangs from (Signal Desktop's model): 256 random bits,
 * sealed by the OS keychain in the app, given by `KAITONG_KEY` or a key file outside it.
 * The database and the media files each get their own key derived from it, so neither
 * cipher ever sees the other's key.
 */
export type RootKey = Buffer & { readonly __rootKey: true }

export const ROOT_KEY_BYTES = 32
const HEX_KEY = /^[0-9a-f]{64}$/i

export function generateRootKey(): RootKey {
  return randomBytes(ROOT_KEY_BYTES) as RootKey
}

/** A key written as 64 hex digits (`KAITONG_KEY`, the key file). */
export function rootKeyFromHex(hex: string): RootKey {
  const trimmed = hex.trim()
  if (!HEX_KEY.test(trimmed)) throw new KaitongError('key.invalid_hex')
  return Buffer.from(trimmed, 'hex') as RootKey
}

/**
 * A typed passphrase stretched with scrypt (once per start, about 0.1 s): the salt lives in
 * the data folder, so the same passphrase opens the same folder and only that one.
 */
export function rootKeyFromPassphrase(passphrase: string, salt: Uint8Array): RootKey {
  return scryptSync(passphrase.normalize('NFC'), salt, ROOT_KEY_BYTES, {
    N: 2 ** 15,
    r: 8,
    p: 1,
    maxmem: 64 * 1024 * 1024
  }) as RootKey
}

export type KeyPurpose = 'database' | 'media'

/** HKDF-SHA256 with the purpose as `info`: independent 256-bit keys from one root. */
export function deriveKey(root: RootKey, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', root, Buffer.alloc(0), `kaitong/${purpose}/v1`, 32))
}
