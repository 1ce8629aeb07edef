import Database from 'better-sqlite3'

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
}

export function openDatabase(path: string, options: OpenOptions = {}): WritableDb {
  const db = new Database(path, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {})
  })
  // First: switching to WAL takes a lock another process starting at the same moment may hold.
  db.pragma('busy_timeout = 5000')
  if (!options.readonly) db.pragma('journal_mode = WAL')
  // FULL: a saved draft survives power loss (WAL's NORMAL may lose the last commits).
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  return db as WritableDb
}

/** Folds the WAL back into the database file; cheap when little changed. */
export function checkpoint(db: WritableDb): void {
  db.pragma('wal_checkpoint(PASSIVE)')
}
