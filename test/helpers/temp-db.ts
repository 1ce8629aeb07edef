import { join } from 'node:path'
import { afterEach } from 'vitest'
import { openDatabase, type WritableDb } from '../../src-main/store/connection'
import { migrate } from '../../src-main/store/migrations'
import { testDatabaseKey } from './test-key'
import { useTempDir } from './temp-dir'

/** Real SQLite files in temp folders: `open()` gives a migrated database and its path. */
export function useTempDb() {
  const tempDir = useTempDir('kaitong-db-')
  const open: WritableDb[] = []
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close()
  })
  return {
    open(options: { migrateTo?: number } = {}): { db: WritableDb; path: string; dir: string } {
      const dir = tempDir()
      const path = join(dir, 'kaitong.sqlite')
      const db = openDatabase(path, { key: testDatabaseKey() })
      open.push(db)
      if (options.migrateTo !== 0) migrate(db, undefined, options.migrateTo)
      return { db, path, dir }
    },
    /** Another connection to a database `open()` made (same key). */
    reopen(path: string): WritableDb {
      const db = openDatabase(path, { key: testDatabaseKey() })
      open.push(db)
      return db
    },
    track(db: WritableDb): WritableDb {
      open.push(db)
      return db
    }
  }
}
