import { chmodSync, existsSync, mkdirSync, renameSync } from 'node:fs'
import { basename, join } from 'node:path'
import { KEY_FILE, resolveRootKey, SEALED_KEY_FILE, type KeySource } from '../keys/key-source'
import type { KeySourceName } from './handlers/security'
import { deriveKey, type RootKey } from '../keys/root-key'
import { createContentStore } from '../media/content-store'
import { encryptInPlace, isEncryptedDatabase, isPlaintextDatabase } from '../store/encrypt-in-place'

export interface KeyedStoreOptions {
  dataDir: string
  dbPath: string
  nativeBinding?: string
  /** The app passes the keychain's key; the CLI and tests leave it to `KAITONG_KEY` / key file. */
  rootKey?: RootKey
  keySource?: KeySourceName
}

export interface StoreKeys {
  databaseKey: Buffer
  mediaKey: Buffer
  keySource: KeySourceName
}

/** How `security.status` names a key source (a key made on this start counts as its kind). */
export function keySourceName(source: KeySource | KeySourceName): KeySourceName {
  if (source === 'new-key-file') return 'key-file'
  if (source === 'new-passphrase') return 'passphrase'
  return source
}

/** The user alone may read the data folder: 0700 for folders Kaitong makes, 0600 for files. */
export function restrictModes(dbPath: string): void {
  for (const path of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) {
    if (existsSync(path)) chmodSync(path, 0o600)
  }
}

/**
 * The keys the store opens with, after encrypting a plaintext database (and its pictures)
 * left by an older Kaitong. The media files go first: each is rewritten whole, so a run
 * stopped halfway simply continues at the next start. Opening itself (with its integrity
 * checks and backups) is store/open-store.ts.
 */
export function prepareStoreKeys(options: KeyedStoreOptions): StoreKeys {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 })
  const resolved: { key: RootKey; source: KeySource | KeySourceName } = options.rootKey
    ? { key: options.rootKey, source: options.keySource ?? 'keychain' }
    : resolveRootKey({
        dataDir: options.dataDir,
        encryptedDatabaseExists: isEncryptedDatabase(options.dbPath)
      })
  const rootKey = resolved.key
  const keySource = keySourceName(resolved.source)
  const databaseKey = deriveKey(rootKey, 'database')
  const mediaKey = deriveKey(rootKey, 'media')
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  if (isPlaintextDatabase(options.dbPath)) {
    createContentStore(join(options.dataDir, 'media'), mediaKey).encryptPlaintextFiles()
    encryptInPlace(options.dbPath, databaseKey, binding)
  }
  return { databaseKey, mediaKey, keySource }
}

/**
 * Starting over after the key is lost: the database, its pictures and the old sealed key go
 * into `<dataDir>/locked-<time>/`, whole, so they open again if the key ever comes back.
 */
export function setAsideLockedData(
  dataDir: string,
  dbPath: string,
  now: Date = new Date()
): string {
  const folder = join(dataDir, `locked-${now.toISOString().replace(/[:.]/g, '-')}`)
  mkdirSync(folder, { mode: 0o700 })
  for (const path of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) {
    if (existsSync(path)) renameSync(path, join(folder, basename(path)))
  }
  for (const name of ['media', SEALED_KEY_FILE, KEY_FILE]) {
    if (existsSync(join(dataDir, name))) renameSync(join(dataDir, name), join(folder, name))
  }
  return folder
}
