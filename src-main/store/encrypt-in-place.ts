import Database from 'better-sqlite3-multiple-ciphers'
import {
  closeSync,
  copyFileSync,
  chmodSync,
  existsSync,
  fsyncSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync
} from 'node:fs'
import { applyKey } from './connection'

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/** A SQLite file in the clear (an encrypted one starts with random salt, not this header). */
export function isPlaintextDatabase(path: string): boolean {
  if (!existsSync(path)) return false
  const header = Buffer.alloc(PLAINTEXT_HEADER.length)
  const fd = openSync(path, 'r')
  try {
    return (
      readSync(fd, header, 0, header.length, 0) === header.length && header.equals(PLAINTEXT_HEADER)
    )
  } finally {
    closeSync(fd)
  }
}

/** An existing, non-empty database that is not plain SQLite: only its key opens it. */
export function isEncryptedDatabase(path: string): boolean {
  return existsSync(path) && statSync(path).size > 0 && !isPlaintextDatabase(path)
}

export interface EncryptionReport {
  /** The plaintext copy taken before anything changed; the caller shreds it once the app is up. */
  backupPath: string
  bytes: number
  ms: number
}

export function plaintextBackupPath(path: string): string {
  return `${path}.before-encryption`
}

interface Binding {
  nativeBinding?: string
}

function openRaw(path: string, binding: Binding, readonly = false): Database.Database {
  return new Database(path, {
    ...(binding.nativeBinding ? { nativeBinding: binding.nativeBinding } : {}),
    ...(readonly ? { readonly: true, fileMustExist: true } : {})
  })
}

function tableCounts(db: Database.Database): Record<string, number> {
  const names = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[]
  // Names come from the file's own schema, quoted as identifiers; no user value is spliced in.
  return Object.fromEntries(
    names.map((name) => [
      name,
      db
        .prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number
    ])
  )
}

/**
 * Turns a plaintext database into an SQLCipher one (Signal Desktop's first-start migration):
 * the WAL is folded in, a backup copy is taken, a second copy is encrypted with `rekey` and
 * checked (quick_check, schema version, every table's row count) against the backup, and only
 * then renamed over the original. Until that rename the original is untouched.
 */
export function encryptInPlace(
  path: string,
  key: Uint8Array,
  binding: Binding = {}
): EncryptionReport {
  const started = performance.now()
  const plain = openRaw(path, binding)
  plain.pragma('wal_checkpoint(TRUNCATE)')
  // Out of WAL mode, so the file alone holds everything and rekey may run on the copy.
  plain.pragma('journal_mode = DELETE')
  plain.close()

  const backupPath = plaintextBackupPath(path)
  copyFileSync(path, backupPath)
  chmodSync(backupPath, 0o600)

  const work = `${path}.encrypting`
  rmSync(work, { force: true })
  copyFileSync(path, work)
  chmodSync(work, 0o600)
  const encrypted = openRaw(work, binding)
  encrypted.pragma(`cipher = 'sqlcipher'`)
  encrypted.pragma(`rekey = "x'${Buffer.from(key).toString('hex')}'"`)
  encrypted.close()

  const check = openRaw(work, binding, true)
  const before = openRaw(backupPath, binding, true)
  try {
    applyKey(check, key)
    const verdict = check.pragma('quick_check', { simple: true })
    const same =
      verdict === 'ok' &&
      check.pragma('user_version', { simple: true }) ===
        before.pragma('user_version', { simple: true }) &&
      JSON.stringify(tableCounts(check)) === JSON.stringify(tableCounts(before))
    if (!same) throw new Error(`encrypted copy differs from the original (${String(verdict)})`)
  } finally {
    check.close()
    before.close()
  }

  const fd = openSync(work, 'r')
  fsyncSync(fd)
  closeSync(fd)
  for (const side of ['-wal', '-shm', '-journal']) rmSync(`${path}${side}`, { force: true })
  renameSync(work, path)
  return { backupPath, bytes: statSync(path).size, ms: performance.now() - started }
}

/** Overwrites a file with zeros before unlinking it: the plaintext backup, once not needed. */
export function shredFile(path: string): void {
  if (!existsSync(path)) return
  const size = statSync(path).size
  const fd = openSync(path, 'r+')
  try {
    const zeros = Buffer.alloc(Math.min(size, 1 << 20))
    for (let offset = 0; offset < size; offset += zeros.length) {
      writeSync(fd, zeros, 0, Math.min(zeros.length, size - offset), offset)
    }
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  rmSync(path)
}
