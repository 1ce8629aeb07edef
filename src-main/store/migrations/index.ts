import type { WritableDb } from '../connection'
import { writeTransaction } from '../write-transaction'
import m0001 from './0001-initial'
import m0002 from './0002-draft-revisions'
import m0003 from './0003-media'
import m0004 from './0004-exports'
import m0005 from './0005-settings'
import m0006 from './0006-submission-ledger'
import m0007 from './0007-revision-sealing'
import m0008 from './0008-draft-summaries'
import m0009 from './0009-team-keys'
import m0010 from './0010-ledger-authors'

export interface Migration {
  version: number
  up: (db: WritableDb) => void
}

/** Ordered, append-only. Never edit a shipped migration: add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, up: m0001 },
  { version: 2, up: m0002 },
  { version: 3, up: m0003 },
  { version: 4, up: m0004 },
  { version: 5, up: m0005 },
  { version: 6, up: m0006 },
  { version: 7, up: m0007 },
  { version: 8, up: m0008 },
  // teamkey: the team key (the team store's step; nothing changes here)
  { version: 9, up: m0009 },
  // teamsend: the shared ledger's authors and send claims
  { version: 10, up: m0010 }
]

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0

export class DbFromFutureError extends Error {
  constructor(readonly found: number) {
    super(`database schema version ${found} is newer than this app (${LATEST_VERSION})`)
    this.name = 'DbFromFutureError'
  }
}

export function schemaVersion(db: WritableDb): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Brings the database to the latest version in one transaction: either every pending step
 * applies or none does. The version is read inside the write lock (BEGIN IMMEDIATE), so two
 * first starts at once apply the steps once: the second waits, then finds nothing to do.
 * `upTo` exists for tests that build an old database.
 */
export function migrate(
  db: WritableDb,
  migrations: readonly Migration[] = MIGRATIONS,
  upTo = migrations.at(-1)?.version ?? 0
): number {
  migrations.forEach((step, index) => {
    if (step.version !== index + 1)
      throw new Error(`migration ${index} has version ${step.version}`)
  })
  writeTransaction(db, () => {
    const current = schemaVersion(db)
    if (current > LATEST_VERSION) throw new DbFromFutureError(current)
    const pending = migrations.filter((step) => step.version > current && step.version <= upTo)
    for (const step of pending) step.up(db)
    if (pending.length > 0) db.pragma(`user_version = ${Number(pending.at(-1)?.version)}`)
  })()
  return schemaVersion(db)
}
