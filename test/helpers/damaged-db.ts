import {
  openSync,
  readFileSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
  writeSync,
  closeSync
} from 'node:fs'
import { randomBytes } from 'node:crypto'
import { openDatabase } from '../../src-main/store/connection'
import { migrate } from '../../src-main/store/migrations'
import { createDraftsRepo } from '../../src-main/store/drafts'

/**
 * A real Kaitong database with `drafts` drafts, closed cleanly (WAL folded in); encrypted
 * when given the key (as the app writes it), plain otherwise (as an older Kaitong did).
 */
export function writeHealthyDb(path: string, drafts = 3, key?: Uint8Array): string[] {
  const db = openDatabase(path, key ? { key } : {})
  migrate(db)
  const repo = createDraftsRepo(db)
  const ids = Array.from({ length: drafts }, (_, i) => repo.create(`草稿 ${i + 1}`).id)
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  return ids
}

function overwrite(path: string, offset: number, bytes: Uint8Array): void {
  const fd = openSync(path, 'r+')
  try {
    writeSync(fd, bytes, 0, bytes.length, offset)
  } finally {
    closeSync(fd)
  }
}

/** The kinds of damage a disk, a sync tool or a careless copy does to the database file. */
export const DAMAGE = {
  /** The 100-byte header, magic string included, overwritten. */
  'damaged header': (path: string) => overwrite(path, 0, randomBytes(100)),
  /** Page 1 after the header: sqlite_schema's b-tree. */
  'damaged schema page': (path: string) => overwrite(path, 100, Buffer.alloc(400, 0xff)),
  'half-truncated file': (path: string) => truncateSync(path, Math.floor(statSync(path).size / 2)),
  'random bytes': (path: string) => writeFileSync(path, randomBytes(statSync(path).size)),
  '0-byte file': (path: string) => {
    writeFileSync(path, '')
    // Emptied a while ago, not a file another process is creating right now.
    const minuteAgo = new Date(Date.now() - 60_000)
    utimesSync(path, minuteAgo, minuteAgo)
  }
} as const satisfies Record<string, (path: string) => void>

export type Damage = keyof typeof DAMAGE

/** A database written by a future Kaitong, left in rollback-journal mode so a write shows. */
export function makeFutureDb(path: string, version = 99): void {
  const db = openDatabase(path)
  migrate(db)
  db.pragma('journal_mode = DELETE')
  db.pragma(`user_version = ${version}`)
  db.close()
}

export function fileBytes(path: string): Buffer {
  return readFileSync(path)
}
