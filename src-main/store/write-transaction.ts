import type Database from 'better-sqlite3-multiple-ciphers'
import { errorCode } from './errors'

/** busy_timeout already waited this many times over before a retry gives up. */
const BUSY_ATTEMPTS = 3

/**
 * A transaction that writes. It begins IMMEDIATE: the write lock is taken before the first
 * read, so another writer (the CLI importing while the app autosaves) makes it wait for
 * `busy_timeout` instead of failing at once with BUSY when a deferred read tries to become a
 * write. A save still busy after that is retried, never dropped.
 */
export function writeTransaction<A extends unknown[], R>(
  db: Database.Database,
  fn: (...args: A) => R
): (...args: A) => R {
  const transaction = db.transaction(fn)
  return (...args: A): R => {
    for (let attempt = 1; ; attempt++) {
      try {
        return transaction.immediate(...args)
      } catch (error) {
        if (attempt >= BUSY_ATTEMPTS || !errorCode(error).startsWith('SQLITE_BUSY')) throw error
      }
    }
  }
}
