import { chmodSync, existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { resolveRootKey } from '../keys/key-source'
import { deriveKey, type RootKey } from '../keys/root-key'
import { createContentStore } from '../media/content-store'
import { openDatabase, type WritableDb } from '../store/connection'
import {
  encryptInPlace,
  isEncryptedDatabase,
  isPlaintextDatabase,
  type EncryptionReport
} from '../store/encrypt-in-place'

export interface KeyedStoreOptions {
  dataDir: string
  dbPath: string
  nativeBinding?: string
  /** The app passes the keychain's key; the CLI and tests leave it to `KAITONG_KEY` / key file. */
  rootKey?: RootKey
}

export interface KeyedStore {
  db: WritableDb
  mediaKey: Buffer
  /** Set on the first start after an update from plaintext storage. */
  encrypted?: EncryptionReport
}

/** The user alone may read the data folder: 0700 for folders Kaitong makes, 0600 for files. */
function restrictModes(dbPath: string): void {
  for (const path of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) {
    if (existsSync(path)) chmodSync(path, 0o600)
  }
}

/**
 * Opens the database encrypted under the root key, first encrypting a plaintext database
 * (and its pictures) left by an older Kaitong. The media files go first: each is rewritten
 * whole, so a run stopped halfway simply continues at the next start.
 */
export function openKeyedStore(options: KeyedStoreOptions): KeyedStore {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 })
  const rootKey =
    options.rootKey ??
    resolveRootKey({
      dataDir: options.dataDir,
      encryptedDatabaseExists: isEncryptedDatabase(options.dbPath)
    }).key
  const databaseKey = deriveKey(rootKey, 'database')
  const mediaKey = deriveKey(rootKey, 'media')
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  let encrypted: EncryptionReport | undefined
  if (isPlaintextDatabase(options.dbPath)) {
    createContentStore(join(options.dataDir, 'media'), mediaKey).encryptPlaintextFiles()
    encrypted = encryptInPlace(options.dbPath, databaseKey, binding)
  }
  const db = openDatabase(options.dbPath, { ...binding, key: databaseKey })
  restrictModes(options.dbPath)
  return { db, mediaKey, ...(encrypted ? { encrypted } : {}) }
}
