import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { KaitongError } from '../api/result'
import { generateRootKey, rootKeyFromHex, rootKeyFromPassphrase, type RootKey } from './root-key'

/** Outside Electron: the key file (0600) a run without a keychain or a terminal falls back to. */
export const KEY_FILE = 'kaitong.key'
/** The salt of a passphrase-protected folder; its presence means "ask for the passphrase". */
export const PASSPHRASE_SALT_FILE = 'kaitong.passphrase-salt'
/** The app's root key sealed by the OS keychain (written by electron/key-store.ts). */
export const SEALED_KEY_FILE = 'kaitong.key.sealed'
export const KEY_ENV = 'KAITONG_KEY'

export type KeySource = 'env' | 'key-file' | 'new-key-file' | 'passphrase' | 'new-passphrase'

export interface KeySourceOptions {
  dataDir: string
  /** Whether an encrypted database is already there (a new key would not open it). */
  encryptedDatabaseExists: boolean
  env?: NodeJS.ProcessEnv
  /**
   * Asks the person at the terminal; absent (or answering undefined) when nobody can.
   * `confirm` is the second ask for a new passphrase.
   */
  prompt?: (kind: 'passphrase' | 'new-passphrase' | 'confirm') => string | undefined
}

/**
 * Where the CLI, tests and scripts get the root key: `KAITONG_KEY`, else the folder's key
 * file, else a passphrase typed at a terminal, else a new key file (the caller prints a
 * warning). It never makes a new key for a folder whose encrypted database needs the old one.
 */
export function resolveRootKey(options: KeySourceOptions): { key: RootKey; source: KeySource } {
  const env = options.env ?? process.env
  const fromEnv = env[KEY_ENV]
  if (fromEnv) return { key: rootKeyFromHex(fromEnv), source: 'env' }

  const keyFile = join(options.dataDir, KEY_FILE)
  if (existsSync(keyFile)) {
    return { key: rootKeyFromHex(readFileSync(keyFile, 'utf8')), source: 'key-file' }
  }

  const saltFile = join(options.dataDir, PASSPHRASE_SALT_FILE)
  if (existsSync(saltFile)) {
    const passphrase = options.prompt?.('passphrase')
    if (!passphrase) throw new KaitongError('key.passphrase_needed', { env: KEY_ENV })
    return { key: rootKeyFromPassphrase(passphrase, readFileSync(saltFile)), source: 'passphrase' }
  }

  if (options.encryptedDatabaseExists) {
    const sealed = existsSync(join(options.dataDir, SEALED_KEY_FILE))
    throw new KaitongError(sealed ? 'key.sealed_by_app' : 'key.missing', { env: KEY_ENV })
  }

  const passphrase = options.prompt?.('new-passphrase')
  if (passphrase) {
    if (options.prompt?.('confirm') !== passphrase)
      throw new KaitongError('key.passphrase_mismatch')
    const salt = randomBytes(16)
    writeFileSync(saltFile, salt, { mode: 0o600, flag: 'wx' })
    return { key: rootKeyFromPassphrase(passphrase, salt), source: 'new-passphrase' }
  }

  const key = generateRootKey()
  writeFileSync(keyFile, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' })
  return { key, source: 'new-key-file' }
}
