import { safeStorage } from 'electron'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LockedReason } from '../api/locked'
import { KEY_ENV, KEY_FILE, SEALED_KEY_FILE } from '../keys/key-source'
import { generateRootKey, rootKeyFromHex, type RootKey } from '../keys/root-key'
import type { KeySourceName } from '../api/handlers/security'

export type KeyOutcome =
  { ok: true; key: RootKey; source: KeySourceName } | { ok: false; reason: LockedReason }

type SealingStorage = Pick<
  typeof safeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString'
>

/**
 * The app's root key, Signal Desktop's way: 256 random bits sealed by the OS keychain through
 * `safeStorage` in `kaitong.key.sealed` (0600). A sealed key that no longer unseals (another
 * user, a reset keychain) and an encrypted database without any key are reported, never
 * replaced by a new key: a new key would mean a new, empty database.
 */
export function loadRootKey(
  dataDir: string,
  encryptedDatabaseExists: boolean,
  env: NodeJS.ProcessEnv = process.env,
  storage: SealingStorage = safeStorage
): KeyOutcome {
  const fromEnv = env[KEY_ENV]
  if (fromEnv) return { ok: true, key: rootKeyFromHex(fromEnv), source: 'env' }

  const sealedPath = join(dataDir, SEALED_KEY_FILE)
  if (existsSync(sealedPath)) {
    if (!storage.isEncryptionAvailable()) return { ok: false, reason: 'keychain_unavailable' }
    try {
      const key = rootKeyFromHex(storage.decryptString(readFileSync(sealedPath)))
      return { ok: true, key, source: 'keychain' }
    } catch {
      return { ok: false, reason: 'unseal_failed' }
    }
  }

  // A folder the CLI encrypted first: its key file stays the key (the CLI still needs it).
  const keyFile = join(dataDir, KEY_FILE)
  if (existsSync(keyFile)) {
    return { ok: true, key: rootKeyFromHex(readFileSync(keyFile, 'utf8')), source: 'key-file' }
  }

  if (encryptedDatabaseExists) return { ok: false, reason: 'key_missing' }
  if (!storage.isEncryptionAvailable()) return { ok: false, reason: 'keychain_unavailable' }
  const key = generateRootKey()
  writeFileSync(sealedPath, storage.encryptString(key.toString('hex')), {
    mode: 0o600,
    flag: 'wx'
  })
  return { ok: true, key, source: 'keychain' }
}
