import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { KaitongError } from '../api/result'
import { openDatabase, type OpenOptions, type WritableDb } from './connection'
import { LATEST_VERSION, schemaVersion } from './migrations'

/**
 * Backups are whole copies of the database made by `VACUUM INTO`: consistent while the app
 * keeps writing, compact, and written by the same connection, so an encrypted database
 * gives an encrypted backup under the same key (SQLite's backup API refuses that case).
 */

export interface BackupInfo {
  file: string
  createdAt: string
  bytes: number
}

const NAME = /^kaitong-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.sqlite$/
/** The last few are kept whatever their age, then the newest of each month for a year. */
const KEEP_LAST = 7
const KEEP_MONTHS = 12

export function backupDirFor(dbPath: string): string {
  return join(dirname(dbPath), 'backups')
}

function backupName(time: Date): string {
  const stamp = time.toISOString().replace(/[-:.]/g, '')
  return `kaitong-${stamp}.sqlite`
}

function parseName(name: string): Date | undefined {
  const match = NAME.exec(name)
  if (!match) return undefined
  const [y = 0, mo = 0, d, h, mi, s, ms] = match.slice(1).map(Number)
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms))
}

/** The backups in `dir`, newest first. A missing folder has none. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .flatMap((name) => {
      const time = parseName(name)
      if (!time) return []
      const file = join(dir, name)
      return [{ file, createdAt: time.toISOString(), bytes: statSync(file).size }]
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

/** A backup in the backups folder, named for its time so rotation can read its age. */
export function createBackup(db: WritableDb, dir: string, time: Date = new Date()): BackupInfo {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, backupName(time))
  return { file, createdAt: time.toISOString(), bytes: backupTo(db, file) }
}

/**
 * Copies the open database to `file` (which must not exist) and returns its size; a
 * half-written copy never carries the final name.
 */
export function backupTo(db: WritableDb, file: string): number {
  if (existsSync(file)) throw new KaitongError('backup.exists', { file })
  mkdirSync(dirname(file), { recursive: true })
  // Per process: two apps starting at once may back up in the same millisecond, and one must
  // never write into (or remove) the other's half-written copy.
  const partial = `${file}.${process.pid}.partial`
  rmSync(partial, { force: true })
  try {
    db.prepare('VACUUM INTO ?').run(partial)
    renameSync(partial, file)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
  return statSync(file).size
}

/** Which backups the rotation keeps: the last seven, and the newest of each of twelve months. */
export function backupsToKeep(backups: readonly BackupInfo[], now: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const keep = new Set(newestFirst.slice(0, KEEP_LAST).map((backup) => backup.file))
  const oldestMonth = now.getUTCFullYear() * 12 + now.getUTCMonth() - (KEEP_MONTHS - 1)
  const monthsSeen = new Set<number>()
  for (const backup of newestFirst) {
    const time = new Date(backup.createdAt)
    const month = time.getUTCFullYear() * 12 + time.getUTCMonth()
    if (month < oldestMonth || monthsSeen.has(month)) continue
    monthsSeen.add(month)
    keep.add(backup.file)
  }
  return keep
}

export function pruneBackups(dir: string, now: Date = new Date()): void {
  const backups = listBackups(dir)
  const keep = backupsToKeep(backups, now)
  for (const backup of backups) if (!keep.has(backup.file)) rmSync(backup.file, { force: true })
}

/** True when no backup was made on `now`'s (UTC) day yet. */
export function dailyBackupDue(dir: string, now: Date = new Date()): boolean {
  const today = now.toISOString().slice(0, 10)
  return !listBackups(dir).some((backup) => backup.createdAt.startsWith(today))
}

/**
 * Proves a file can replace the database: it opens (with the same key), passes a full
 * integrity check, and holds a Kaitong schema this version can read. Nothing is written.
 */
export function validateBackup(
  path: string,
  options: OpenOptions = {},
  /** The name the user knows the file by, when `path` is a copy of it. */
  file: string = path
): { version: number } {
  if (!existsSync(path) || !statSync(path).isFile())
    throw new KaitongError('backup.not_found', { file })
  let db: WritableDb | undefined
  try {
    db = openDatabase(path, { ...options, readonly: true })
    const integrity = db.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') throw new KaitongError('backup.damaged', { file })
    const version = schemaVersion(db)
    if (version > LATEST_VERSION)
      throw new KaitongError('backup.newer_schema', {
        file,
        found: version,
        supported: LATEST_VERSION
      })
    if (version === 0) throw new KaitongError('backup.not_kaitong', { file })
    return { version }
  } catch (error) {
    // Not a database, damaged, or encrypted under another key: SQLite cannot tell these apart.
    if (error instanceof KaitongError && error.code !== 'store.key_rejected') throw error
    throw new KaitongError('backup.unreadable', { file })
  } finally {
    try {
      db?.close()
    } catch {
      // A read-only handle holds nothing to lose.
    }
  }
}

/** The newest backup that passes `validateBackup`, if any. */
export function newestGoodBackup(dir: string, options: OpenOptions = {}): BackupInfo | undefined {
  return listBackups(dir).find((backup) => {
    try {
      validateBackup(backup.file, options)
      return true
    } catch {
      return false
    }
  })
}

const SIDE_FILES = ['', '-wal', '-shm', '-journal']

/**
 * Renames the database and its side files to `<name>.<label>-<time>`, together, so SQLite
 * still pairs the moved file with its WAL. Returns the new path, or undefined if none existed.
 */
export function moveAside(
  dbPath: string,
  label: string,
  time: Date = new Date()
): string | undefined {
  if (!existsSync(dbPath)) return undefined
  const target = `${dbPath}.${label}-${time.toISOString().replace(/[-:.]/g, '')}`
  for (const suffix of SIDE_FILES) {
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, target + suffix)
  }
  return target
}

export function stagedRestorePath(dbPath: string): string {
  return `${dbPath}.restore`
}

/**
 * Copies `file` next to the database and validates the copy (so a backup on a read-only
 * stick can be checked); `applyStagedRestore` swaps it in at the next start, when no
 * connection is open. The running app keeps working meanwhile.
 */
export function stageRestore(file: string, dbPath: string, options: OpenOptions = {}): void {
  if (!existsSync(file) || !statSync(file).isFile())
    throw new KaitongError('backup.not_found', { file })
  const staged = stagedRestorePath(dbPath)
  const partial = `${staged}.partial`
  copyFileSync(file, partial)
  try {
    validateBackup(partial, options, file)
  } catch (error) {
    removeWithSideFiles(partial)
    throw error
  }
  for (const suffix of SIDE_FILES.slice(1)) rmSync(partial + suffix, { force: true })
  renameSync(partial, staged)
}

function removeWithSideFiles(path: string): void {
  for (const suffix of SIDE_FILES) rmSync(path + suffix, { force: true })
}

/**
 * Swaps a staged restore in, keeping the replaced database aside. Returns whether one was
 * staged and where the replaced database went.
 */
export function applyStagedRestore(
  dbPath: string,
  time: Date = new Date()
): { restored: boolean; keptAt?: string } {
  const staged = stagedRestorePath(dbPath)
  if (!existsSync(staged)) return { restored: false }
  const keptAt = moveAside(dbPath, 'replaced', time)
  renameSync(staged, dbPath)
  return { restored: true, ...(keptAt ? { keptAt } : {}) }
}

/** The CLI's restore: validate, keep the current database aside, put the copy in place. */
export function restoreBackup(
  file: string,
  dbPath: string,
  options: OpenOptions = {},
  time: Date = new Date()
): { keptAt?: string } {
  stageRestore(file, dbPath, options)
  const { keptAt } = applyStagedRestore(dbPath, time)
  return keptAt ? { keptAt } : {}
}
