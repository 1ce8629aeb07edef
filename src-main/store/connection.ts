import Database from 'better-sqlite3-multiple-ciphers'
import { closeSync, existsSync, openSync } from 'node:fs'
import { KaitongError } from '../api/result'
import { errorCode } from './errors'

/**
 * Branded handles (Signal's pattern) so a function says whether it may write; both are the
 * same better-sqlite3 object at run time.
 */
export type WritableDb = Database.Database & { readonly __writable: true }
export type ReadableDb = Database.Database & { readonly __readable?: true }

export interface OpenOptions {
  /** Path of an Electron-ABI build of better_sqlite3.node; the Node build is the default. */
  nativeBinding?: string
  readonly?: boolean
  /**
   * The 256-bit database key (derived from the root key, see keys/root-key.ts). Without it
   * the file is plain SQLite: only the plaintext-to-encrypted migration opens one that way.
   */
  key?: Uint8Array
}

/**
 * SQLCipher's format (v4 defaults) with a raw key given as `x'…'`: no PBKDF2 on each open
 * (0.5 ms instead of ~100 ms), since the key is already 256 random bits.
 */
export function applyKey(db: Database.Database, key: Uint8Array): void {
  db.pragma(`cipher = 'sqlcipher'`)
  db.pragma(`key = "x'${Buffer.from(key).toString('hex')}'"`)
}

/** Blocks this thread: opening and migrating are synchronous, as better-sqlite3 is. */
export function pauseSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/** How long a first start waits for another process creating the same file: 100 × 20 ms. */
const CONTENDED_RETRIES = 100
const CONTENDED_PAUSE_MS = 20

/**
 * Runs `step` again while another process starting at the same moment holds the file. SQLite
 * does not call the busy handler when a read turns into a write (switching to WAL does), and a
 * file being created gives a short read ("disk I/O error"): both pass in milliseconds.
 */
function whileContended<T>(step: () => T): T {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return step()
    } catch (error) {
      const code = errorCode(error)
      const transient = code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_BUSY')
      if (!transient || attempt >= CONTENDED_RETRIES) throw error
      pauseSync(CONTENDED_PAUSE_MS)
    }
  }
}

/** The first page decrypts (or, without a key, parses) — else the key is not this file's. */
function checkKey(db: Database.Database, hasKey: boolean): void {
  try {
    whileContended(() => db.prepare('SELECT count(*) FROM sqlite_master').get())
  } catch (error) {
    db.close()
    // With a key, "not a database" is the key's doing (another folder's, a lost keychain);
    // without one the file itself is damaged, which the store's open-time checks handle.
    if (errorCode(error) === 'SQLITE_NOTADB' && hasKey) throw new KaitongError('store.key_rejected')
    throw error
  }
}

export function openDatabase(path: string, options: OpenOptions = {}): WritableDb {
  // Created 0600 here, so SQLite gives its -wal and -shm the same mode.
  if (!options.readonly && !existsSync(path)) closeSync(openSync(path, 'a', 0o600))
  const db = new Database(path, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {})
  })
  // First: switching to WAL takes a lock another process starting at the same moment may hold.
  db.pragma('busy_timeout = 5000')
  if (options.key) applyKey(db, options.key)
  checkKey(db, options.key !== undefined)
  if (!options.readonly) whileContended(() => db.pragma('journal_mode = WAL'))
  // FULL: a saved draft survives power loss (WAL's NORMAL may lose the last commits).
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  // Deleted rows are overwritten, not just unlinked from the b-tree.
  db.pragma('secure_delete = ON')
  return db as WritableDb
}

/** Folds the WAL back into the database file; cheap when little changed. */
export function checkpoint(db: WritableDb): void {
  db.pragma('wal_checkpoint(PASSIVE)')
}

/** Folds the WAL in and empties it, so values just deleted no longer sit in old frames. */
export function checkpointAndTruncate(db: WritableDb): void {
  db.pragma('wal_checkpoint(TRUNCATE)')
}
