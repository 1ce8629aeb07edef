import { KaitongError } from '../api/result'

/**
 * SQLite and file-system failures a user can act on (a full disk, a read-only folder), by
 * their error code. SQLite's extended codes (`SQLITE_IOERR_WRITE`) map by their prefix.
 */
const STORAGE_CODES: readonly [string, string][] = [
  ['SQLITE_FULL', 'store.disk_full'],
  ['ENOSPC', 'store.disk_full'],
  ['EDQUOT', 'store.disk_full'],
  // A file-size limit (RLIMIT_FSIZE) is a full disk to the user.
  ['EFBIG', 'store.disk_full'],
  ['SQLITE_READONLY', 'store.read_only'],
  ['SQLITE_CANTOPEN', 'store.read_only'],
  ['EROFS', 'store.read_only'],
  ['EACCES', 'store.no_permission'],
  ['EPERM', 'store.no_permission'],
  ['SQLITE_BUSY', 'store.busy'],
  ['SQLITE_LOCKED', 'store.busy'],
  ['SQLITE_CORRUPT', 'store.corrupt'],
  ['SQLITE_NOTADB', 'store.corrupt'],
  ['SQLITE_IOERR', 'store.io_error'],
  ['EIO', 'store.io_error']
]

/** The error's code (`SQLITE_BUSY_SNAPSHOT`, `ENOSPC` …), or '' when it has none. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : ''
}

export function storageFailure(error: unknown): KaitongError | undefined {
  const code = errorCode(error)
  if (!code) return undefined
  const found = STORAGE_CODES.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`))
  return found && new KaitongError(found[1], { detail: code })
}
