import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { KaitongError } from '../api/result'
import {
  applyStagedRestore,
  backupDirFor,
  createBackup,
  dailyBackupDue,
  moveAside,
  newestGoodBackup,
  pruneBackups,
  type BackupInfo
} from './backup'
import { errorCode } from './errors'
import {
  checkpoint,
  openDatabase,
  pauseSync,
  type OpenOptions,
  type WritableDb
} from './connection'
import { LATEST_VERSION, migrate, schemaVersion } from './migrations'

/** How the store came up; anything but `ok` is shown to the user (app banner, CLI message). */
export type StoreStartup =
  | { state: 'ok'; restoredFrom?: string }
  | {
      state: 'set_aside'
      /** `empty`: a 0-byte file; `damaged`: fails the integrity check or is not a database. */
      reason: 'empty' | 'damaged' | 'unreadable'
      movedTo: string
      backup?: BackupInfo
    }

export interface OpenedStore {
  db: WritableDb
  startup: StoreStartup
  /** Checkpoints and closes; never throws (a full disk must not turn into a crash at exit). */
  close(): void
}

const MARKER = '.running-'

/**
 * A marker per running process; one left by a process that is gone means it did not close
 * the database (crash, kill, power loss), so the next start runs the full integrity check.
 */
function takeUncleanMarkers(dbPath: string): boolean {
  const dir = dirname(dbPath)
  const prefix = basename(dbPath) + MARKER
  if (!existsSync(dir)) return false
  let unclean = false
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue
    const pid = Number(name.slice(prefix.length))
    if (pid === process.pid || isAlive(pid)) continue
    unclean = true
    rmSync(join(dir, name), { force: true })
  }
  return unclean
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

type Probe = 'ok' | 'damaged' | 'unreadable'

/** Another process creating the database holds a 0-byte file for a moment; that one is fine. */
const FRESH_FILE_MS = 10_000

/** A 0-byte database left from before: a sync tool or a bad copy emptied it. */
function isStaleEmptyFile(dbPath: string): boolean {
  const stats = statSync(dbPath)
  return stats.size === 0 && Date.now() - stats.mtimeMs > FRESH_FILE_MS
}

/**
 * Looks at an existing file through a read-only handle, so a damaged or newer database is
 * never written to (opening read-write would set WAL mode and checkpoint into it).
 */
function probe(dbPath: string, options: OpenOptions, fullCheck: boolean): Probe {
  if (isStaleEmptyFile(dbPath)) return 'damaged'
  let db: WritableDb | undefined
  try {
    db = openDatabase(dbPath, { ...options, readonly: true })
    const found = schemaVersion(db)
    if (found > LATEST_VERSION)
      throw new KaitongError('store.newer_schema', { found, supported: LATEST_VERSION })
    const check = db.pragma(fullCheck ? 'integrity_check' : 'quick_check', { simple: true })
    return check === 'ok' ? 'ok' : 'damaged'
  } catch (error) {
    if (error instanceof KaitongError) throw error
    const code = errorCode(error)
    if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) return 'damaged'
    if (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') return 'unreadable'
    throw error
  } finally {
    closeQuietly(db)
  }
}

function closeQuietly(db: WritableDb | undefined): void {
  try {
    db?.close()
  } catch {
    // Closing a read-only handle or a failed one loses nothing.
  }
}

/**
 * Opens the database the way every start must: a staged restore is swapped in, a damaged,
 * unreadable or empty file is moved aside untouched (and the newest good backup offered), a
 * newer schema is refused, an existing database is backed up before migrating and once a
 * day, and the migration runs inside the write lock.
 */
export function openStore(
  dbPath: string,
  options: OpenOptions = {},
  now: () => Date = () => new Date()
): OpenedStore {
  const backups = backupDirFor(dbPath)
  const { keptAt } = applyStagedRestore(dbPath, now())
  const unclean = takeUncleanMarkers(dbPath)
  let startup: StoreStartup = keptAt ? { state: 'ok', restoredFrom: keptAt } : { state: 'ok' }
  let existed = existsSync(dbPath)
  if (existed) {
    const found = probe(dbPath, options, unclean)
    if (found !== 'ok') {
      const reason = isStaleEmptyFile(dbPath) ? 'empty' : found
      const movedTo = moveAside(dbPath, reason, now()) ?? dbPath
      const backup = newestGoodBackup(backups, options)
      startup = { state: 'set_aside', reason, movedTo, ...(backup ? { backup } : {}) }
      existed = false
    }
  }

  const db = openWritable(dbPath, options, existed ? backups : undefined, now)
  if (existed) dailyBackup(db, backups, now())

  const marker = `${dbPath}${MARKER}${process.pid}`
  try {
    writeFileSync(marker, '')
  } catch {
    // Without a marker an unclean exit gets the quick check instead of the full one.
  }
  return {
    db,
    startup,
    close() {
      try {
        checkpoint(db)
      } catch {
        // The WAL keeps every commit; the next open folds it in.
      }
      closeQuietly(db)
      try {
        rmSync(marker, { force: true })
      } catch {
        // A marker left behind only costs the next start a full integrity check.
      }
    }
  }
}

/** Opens read-write and migrates, backing an existing database up first when it is behind. */
function openWritable(
  dbPath: string,
  options: OpenOptions,
  backups: string | undefined,
  now: () => Date
): WritableDb {
  const db = openDatabase(dbPath, options)
  try {
    if (backups) backupBeforeMigrating(db, backups, now)
    migrate(db)
    return db
  } catch (error) {
    closeQuietly(db)
    throw error
  }
}

/** How often a backup busy with another start's migration is tried again, and the pause. */
const BACKUP_ATTEMPTS = 20
const BACKUP_PAUSE_MS = 100

/**
 * A database behind the app's schema is copied before it is migrated. Another start at the
 * same moment may be migrating it (the copy is then busy): wait and look again; once that
 * start has migrated (having made its own copy first) there is nothing left to back up. A
 * file still at version 0 is one another start is creating: it holds nothing to keep.
 */
function backupBeforeMigrating(db: WritableDb, backups: string, now: () => Date): void {
  for (let attempt = 1; schemaVersion(db) < LATEST_VERSION; attempt++) {
    if (schemaVersion(db) === 0) return
    try {
      createBackup(db, backups, now())
      return
    } catch (error) {
      // Another start copied the same database in the same millisecond: that copy is this one.
      if (error instanceof KaitongError && error.code === 'backup.exists') return
      const code = errorCode(error)
      const contended = code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_IOERR')
      if (!contended || attempt >= BACKUP_ATTEMPTS) throw error
      pauseSync(BACKUP_PAUSE_MS)
    }
  }
}

/**
 * A failed daily backup (full disk) must not stop the day's work; tomorrow tries again. A
 * database without drafts is not backed up: an empty copy would become the "newest good
 * backup" offered after a fault, ahead of the one that holds the merchant's work.
 */
function dailyBackup(db: WritableDb, dir: string, time: Date): void {
  try {
    const hasDrafts = db.prepare('SELECT EXISTS (SELECT 1 FROM drafts) AS found').pluck().get()
    if (hasDrafts && dailyBackupDue(dir, time)) createBackup(db, dir, time)
    pruneBackups(dir, time)
  } catch {
    // Nothing to undo: createBackup removes its partial file.
  }
}
