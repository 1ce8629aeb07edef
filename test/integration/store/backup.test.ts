import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Cipher from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import type { KaitongError } from '../../../src-main/api/result'
import { backupTo, restoreBackup } from '../../../src-main/store/backup'
import { openDatabase } from '../../../src-main/store/connection'
import { createDraftsRepo } from '../../../src-main/store/drafts'
import { makeFutureDb, writeHealthyDb, DAMAGE } from '../../helpers/damaged-db'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir('kaitong-backup-')

function titles(path: string): string[] {
  const db = openDatabase(path, { readonly: true })
  const found = createDraftsRepo(db)
    .list()
    .map((draft) => draft.title)
    .sort()
  db.close()
  return found
}

function refusal(code: string) {
  return expect.objectContaining({ code }) as KaitongError
}

describe('backup and restore', () => {
  it('copies a database that is open and being written into a file that holds every draft', () => {
    const dir = tempDir()
    const live = join(dir, 'kaitong.sqlite')
    writeHealthyDb(live, 2)
    const db = openDatabase(live)
    createDraftsRepo(db).create('写到一半')
    backupTo(db, join(dir, 'copy.sqlite'))
    db.close()
    expect(titles(join(dir, 'copy.sqlite'))).toEqual(['写到一半', '草稿 1', '草稿 2'])
  })

  it('restores a backup and keeps the replaced database aside', () => {
    const dir = tempDir()
    const live = join(dir, 'kaitong.sqlite')
    writeHealthyDb(join(dir, 'backup.sqlite'), 1)
    writeHealthyDb(live, 3)
    const { keptAt } = restoreBackup(join(dir, 'backup.sqlite'), live)
    expect(titles(live)).toEqual(['草稿 1'])
    expect(titles(String(keptAt))).toHaveLength(3)
  })

  it.each([
    [
      'a damaged file',
      'backup.unreadable',
      (path: string) => {
        writeHealthyDb(path)
        DAMAGE['damaged header'](path)
      }
    ],
    ['a newer schema', 'backup.newer_schema', (path: string) => makeFutureDb(path)],
    ['an empty SQLite file', 'backup.not_kaitong', (path: string) => openDatabase(path).close()],
    ['a missing file', 'backup.not_found', () => undefined]
  ])('refuses %s before replacing anything', (_name, code, make) => {
    const dir = tempDir()
    const live = join(dir, 'kaitong.sqlite')
    writeHealthyDb(live, 2)
    const before = readFileSync(live)
    make(join(dir, 'backup.sqlite'))
    expect(() => restoreBackup(join(dir, 'backup.sqlite'), live)).toThrow(refusal(code))
    expect(readFileSync(live)).toEqual(before)
    expect(existsSync(`${live}.restore`)).toBe(false)
  })

  it('refuses a backup whose pages fail the integrity check', () => {
    const dir = tempDir()
    const live = join(dir, 'kaitong.sqlite')
    writeHealthyDb(live, 1)
    const backup = join(dir, 'backup.sqlite')
    writeHealthyDb(backup, 40)
    // Damage a page deep in the file, where opening and reading the schema still work.
    const bytes = readFileSync(backup)
    bytes.fill(0x5a, bytes.length - 4096 + 200, bytes.length - 200)
    writeFileSync(backup, bytes)
    expect(() => restoreBackup(backup, live)).toThrow(refusal('backup.damaged'))
    expect(titles(live)).toEqual(['草稿 1'])
  })

  it('keeps an encrypted database encrypted in its backup, under the same key', () => {
    const dir = tempDir()
    const open = (path: string, key: string) => {
      const db = new Cipher(path)
      db.pragma(`cipher = 'sqlcipher'`)
      db.pragma(`key = '${key}'`)
      return db
    }
    const db = open(join(dir, 'live.sqlite'), 'k1')
    db.exec("CREATE TABLE t (v TEXT) STRICT; INSERT INTO t VALUES ('110101199003074514')")
    // The same statement backupTo runs: VACUUM INTO writes through the connection's cipher.
    db.prepare('VACUUM INTO ?').run(join(dir, 'copy.sqlite'))
    db.close()

    expect(readFileSync(join(dir, 'copy.sqlite')).includes('110101199003074514')).toBe(false)
    const copy = open(join(dir, 'copy.sqlite'), 'k1')
    expect(copy.prepare('SELECT v FROM t').pluck().get()).toBe('110101199003074514')
    copy.close()
    const wrongKey = open(join(dir, 'copy.sqlite'), 'k2')
    expect(() => wrongKey.prepare('SELECT v FROM t').get()).toThrow()
    wrongKey.close()
  })
})
