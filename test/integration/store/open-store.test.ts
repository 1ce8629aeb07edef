import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { KaitongError } from '../../../src-main/api/result'
import {
  backupDirFor,
  createBackup,
  listBackups,
  stageRestore
} from '../../../src-main/store/backup'
import { openDatabase } from '../../../src-main/store/connection'
import { createDraftsRepo } from '../../../src-main/store/drafts'
import { LATEST_VERSION, migrate, schemaVersion } from '../../../src-main/store/migrations'
import { openStore, type OpenedStore } from '../../../src-main/store/open-store'
import { DAMAGE, makeFutureDb, writeHealthyDb } from '../../helpers/damaged-db'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir('kaitong-open-')

function dbIn(dir: string): string {
  return join(dir, 'kaitong.sqlite')
}

function draftCount(store: OpenedStore): number {
  return createDraftsRepo(store.db).list().length
}

/** A backup holding `drafts` drafts, made the way the daily backup makes it. */
function backupWith(dir: string, drafts: number): string {
  const source = join(dir, 'source.sqlite')
  writeHealthyDb(source, drafts)
  const db = openDatabase(source)
  const { file } = createBackup(db, backupDirFor(dbIn(dir)), new Date('2026-11-01T08:00:00Z'))
  db.close()
  return file
}

describe('opening the database', () => {
  it.each(Object.keys(DAMAGE) as (keyof typeof DAMAGE)[])(
    'moves a database with a %s aside, byte for byte, and starts on a new one',
    (damage) => {
      const dir = tempDir()
      const path = dbIn(dir)
      writeHealthyDb(path)
      DAMAGE[damage](path)
      const damaged = readFileSync(path)

      const store = openStore(path)
      expect(store.startup).toMatchObject({ state: 'set_aside' })
      if (store.startup.state !== 'set_aside') return
      expect(readFileSync(store.startup.movedTo)).toEqual(damaged)
      expect(draftCount(store)).toBe(0)
      store.close()
    }
  )

  it('calls a 0-byte file empty rather than quietly using it as a new database', () => {
    const dir = tempDir()
    writeHealthyDb(dbIn(dir))
    DAMAGE['0-byte file'](dbIn(dir))
    const store = openStore(dbIn(dir))
    expect(store.startup).toMatchObject({ state: 'set_aside', reason: 'empty' })
    store.close()
  })

  it('offers the newest backup that passes the integrity check', () => {
    const dir = tempDir()
    const good = backupWith(dir, 2)
    writeFileSync(join(backupDirFor(dbIn(dir)), 'kaitong-20261102T080000000Z.sqlite'), 'not a db')
    writeHealthyDb(dbIn(dir))
    DAMAGE['damaged header'](dbIn(dir))

    const store = openStore(dbIn(dir))
    expect(store.startup).toMatchObject({ state: 'set_aside', backup: { file: good } })
    store.close()
  })

  it('refuses a database from a newer Kaitong without writing a byte to it', () => {
    const dir = tempDir()
    makeFutureDb(dbIn(dir))
    const before = readFileSync(dbIn(dir))

    expect(() => openStore(dbIn(dir))).toThrow(
      expect.objectContaining({ code: 'store.newer_schema' }) as KaitongError
    )
    expect(readFileSync(dbIn(dir))).toEqual(before)
  })

  it('runs the full integrity check after an unclean shutdown and finds what the quick check misses', () => {
    const dir = tempDir()
    const path = dbIn(dir)
    const [id] = writeHealthyDb(path, 1)
    damageIndexEntry(path, String(id))
    // The quick check skips index-versus-table comparisons, so a clean start opens the file.
    openStore(path).close()

    const dead = spawnSync(process.execPath, ['-e', '']).pid
    writeFileSync(`${path}.running-${dead}`, '')
    const store = openStore(path)
    expect(store.startup).toMatchObject({ state: 'set_aside', reason: 'damaged' })
    store.close()
  })

  it('leaves no running marker after a clean close', () => {
    const dir = tempDir()
    openStore(dbIn(dir)).close()
    expect(readdirSync(dir).filter((name) => name.includes('.running-'))).toEqual([])
  })

  it('never throws from close, even when the connection is already gone', () => {
    const store = openStore(dbIn(tempDir()))
    store.db.close()
    expect(() => store.close()).not.toThrow()
  })

  it('backs an existing database up before migrating it', () => {
    const dir = tempDir()
    const db = openDatabase(dbIn(dir))
    migrate(db, undefined, 2)
    db.close()

    const store = openStore(dbIn(dir))
    expect(schemaVersion(store.db)).toBe(LATEST_VERSION)
    store.close()
    const [backup] = listBackups(backupDirFor(dbIn(dir)))
    const copy = openDatabase(String(backup?.file), { readonly: true })
    expect(schemaVersion(copy)).toBe(2)
    copy.close()
  })

  it('takes the copy another start made of the same database in the same millisecond as its own', () => {
    const dir = tempDir()
    const db = openDatabase(dbIn(dir))
    migrate(db, undefined, 2)
    const at = new Date('2026-12-06T10:00:00.000Z')
    createBackup(db, backupDirFor(dbIn(dir)), at)
    db.close()

    const store = openStore(dbIn(dir), {}, () => at)
    expect(schemaVersion(store.db)).toBe(LATEST_VERSION)
    store.close()
    expect(listBackups(backupDirFor(dbIn(dir)))).toHaveLength(1)
  })

  it('makes no backup of a file another start is still creating (no schema yet)', () => {
    const dir = tempDir()
    // What a start racing this one leaves for a moment: the file, in WAL mode, still empty.
    openDatabase(dbIn(dir)).close()

    const store = openStore(dbIn(dir))
    expect(schemaVersion(store.db)).toBe(LATEST_VERSION)
    store.close()
    expect(listBackups(backupDirFor(dbIn(dir)))).toEqual([])
  })

  it('backs up a database with drafts once a day', () => {
    const dir = tempDir()
    writeHealthyDb(dbIn(dir))
    const at = (iso: string) => () => new Date(iso)
    openStore(dbIn(dir), {}, at('2026-12-01T08:00:00Z')).close()
    openStore(dbIn(dir), {}, at('2026-12-01T18:00:00Z')).close()
    openStore(dbIn(dir), {}, at('2026-12-02T08:00:00Z')).close()
    expect(listBackups(backupDirFor(dbIn(dir))).map((backup) => backup.createdAt)).toEqual([
      '2026-12-02T08:00:00.000Z',
      '2026-12-01T08:00:00.000Z'
    ])
  })

  it('swaps a staged restore in at the next start and keeps the replaced database aside', () => {
    const dir = tempDir()
    const backup = backupWith(dir, 2)
    writeHealthyDb(dbIn(dir), 5)
    stageRestore(backup, dbIn(dir))

    const store = openStore(dbIn(dir))
    expect(draftCount(store)).toBe(2)
    expect(store.startup).toMatchObject({ state: 'ok' })
    if (store.startup.state !== 'ok') return
    const keptAt = String(store.startup.restoredFrom)
    store.close()
    const replaced = openStore(keptAt)
    expect(draftCount(replaced)).toBe(5)
    replaced.close()
    expect(existsSync(`${dbIn(dir)}.restore`)).toBe(false)
  })
})

/**
 * Changes one character of a draft id inside the primary-key index only: the b-tree stays
 * well formed (the quick check passes) but the index no longer matches the table.
 */
function damageIndexEntry(path: string, id: string): void {
  const db = openDatabase(path)
  const rootpage = db
    .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_drafts_1'")
    .pluck()
    .get() as number
  const pageSize = db.pragma('page_size', { simple: true }) as number
  db.close()
  const bytes = readFileSync(path)
  const page = bytes.subarray((rootpage - 1) * pageSize, rootpage * pageSize)
  const at = page.indexOf(id)
  expect(at).toBeGreaterThan(0)
  const last = at + id.length - 1
  page[last] = page[last] === 0x30 ? 0x31 : 0x30
  writeFileSync(path, bytes)
}
