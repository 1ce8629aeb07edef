import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { KaitongError } from '../../../src-main/api/result'
import { emptyDraftContent } from '../../../src-main/domain/draft'
import { sha256Hex } from '../../../src-main/store/content-hash'
import { createDraftsRepo } from '../../../src-main/store/drafts'
import { createExportsRepo } from '../../../src-main/store/exports'
import { MIGRATIONS } from '../../../src-main/store/migrations'
import { openTeamStore, type TeamStore } from '../../../src-main/store/pg/connect'
import { pgDraftsPort } from '../../../src-main/store/pg/drafts'
import { pgMediaBlobs } from '../../../src-main/store/pg/media-blobs'
import { withFailures } from '../../../src-main/store/port'
import { migratePg, PG_MIGRATIONS } from '../../../src-main/store/pg/migrations'
import { createSubmissionsRepo } from '../../../src-main/store/submissions'
import { useTempApp } from '../../helpers/app'
import { runCommands } from '../../helpers/cli-runs'
import { POSTGRES_MISSING, startPostgres, type TestPostgres } from '../../helpers/postgres'
import { useTempDb } from '../../helpers/temp-db'
import { refusal } from './drafts-port.contract'

const FIXTURES = join(__dirname, '../../fixtures')
const tempDb = useTempDb()
const tempApp = useTempApp()

if (POSTGRES_MISSING) console.warn(POSTGRES_MISSING)

describe.skipIf(POSTGRES_MISSING)('PostgreSQL team store', () => {
  let server: TestPostgres
  let made = 0
  const open: TeamStore[] = []
  beforeAll(async () => {
    server = await startPostgres()
  }, 60_000)
  afterAll(async () => {
    await Promise.all(open.map((store) => store.close()))
    server?.stop()
  })

  async function freshDatabase(): Promise<string> {
    return server.createDatabase(`team_${++made}`)
  }

  async function connect(url: string): Promise<TeamStore> {
    const store = await openTeamStore(url)
    open.push(store)
    return store
  }

  async function migrated(): Promise<{ url: string; store: TeamStore }> {
    const url = await freshDatabase()
    const store = await connect(url)
    await migratePg(store.pool)
    return { url, store }
  }

  describe('schema', () => {
    it('has a PostgreSQL step for every SQLite migration, in the same order', () => {
      expect(PG_MIGRATIONS.map((step) => step.version)).toEqual(
        MIGRATIONS.map((step) => step.version)
      )
    })

    it('holds every column of every SQLite table', async () => {
      const { store } = await migrated()
      const { db } = tempDb.open()
      // SQLite's full-text index (a virtual table and its shadow tables) has no twin yet.
      const virtual = db
        .prepare("SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
        .pluck()
        .all() as string[]
      const tables = (
        db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]
      ).filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)))
      const pgColumns = await store.pool.query<{ t: string; c: string }>(
        `SELECT table_name AS t, column_name AS c FROM information_schema.columns
         WHERE table_schema = 'public'`
      )
      const missing = tables.flatMap((table) =>
        (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[])
          .map((column) => `${table}.${column.name}`)
          .filter((name) => !pgColumns.rows.some((row) => `${row.t}.${row.c}` === name))
      )
      expect(missing).toEqual([])
    })

    it('migrates once and then finds nothing to do', async () => {
      const { store } = await migrated()
      expect(await migratePg(store.pool)).toEqual({
        from: MIGRATIONS.length,
        to: MIGRATIONS.length
      })
    })

    it('refuses a team store written by a newer Kaitong', async () => {
      const { store } = await migrated()
      await store.pool.query('UPDATE kaitong_schema SET version = version + 1')
      expect((await refusal(migratePg(store.pool))).code).toBe('team.newer_schema')
    })

    it("refuses a database holding another application's tables", async () => {
      const store = await connect(await freshDatabase())
      await store.pool.query('CREATE TABLE invoices (id INTEGER)')
      const error = await refusal(migratePg(store.pool))
      expect([error.code, error.params]).toEqual(['team.other_app', { tables: 'invoices' }])
    })
  })

  describe('connecting', () => {
    it('uses TLS when the server offers it', async () => {
      expect((await connect(server.url())).tls).toBe(true)
    })

    it('says the password was refused, without showing it', async () => {
      const wrong = server.url().replace(server.password, 'not-the-password')
      const error = await refusal(openTeamStore(wrong))
      expect([error.code, error.params]).toEqual(['team.wrong_password', { user: 'kaitong' }])
    })

    it('says the server cannot be reached when nothing listens', async () => {
      const error = await refusal(openTeamStore('postgres://kaitong:x@127.0.0.1:1/kaitong'))
      expect(error.code).toBe('team.unreachable')
    })

    it('says which database is missing', async () => {
      const error = await refusal(openTeamStore(server.url('no_such_db')))
      expect([error.code, error.params?.['database']]).toEqual(['team.no_database', 'no_such_db'])
    })
  })

  describe('two operators on one draft', () => {
    async function operators() {
      const { url, store } = await migrated()
      // Roles belong to the whole cluster: one name per test.
      const role = `lin_${made}`
      await store.pool.query(`CREATE ROLE ${role} LOGIN PASSWORD 'lin-pw'`)
      await store.pool.query(`GRANT ALL ON ALL TABLES IN SCHEMA public TO ${role}`)
      const lin = await connect(url.replace(`kaitong:${server.password}`, `${role}:lin-pw`))
      return {
        role,
        zhao: pgDraftsPort(store.pool, store.operator),
        lin: pgDraftsPort(lin.pool, lin.operator)
      }
    }

    it('records who saved every revision', async () => {
      const { role, zhao, lin } = await operators()
      const { id } = await zhao.create('杭州小笼包')
      const named = emptyDraftContent()
      named.merchant.business.shortName = '小笼包'
      await lin.save(id, { content: named, baseRevision: 1 })
      expect((await zhao.revisions(id)).map((r) => [r.revision, r.author])).toEqual([
        [2, role],
        [1, 'kaitong']
      ])
    })

    it('keeps both when they save different fields from the same revision at once', async () => {
      const { zhao, lin } = await operators()
      const { id } = await zhao.create('草稿')
      const phone = emptyDraftContent()
      phone.merchant.business.servicePhone = '0571-88888888'
      const name = emptyDraftContent()
      name.merchant.business.shortName = '小笼包'
      await Promise.all([
        zhao.save(id, { content: phone, baseRevision: 1 }),
        lin.save(id, { content: name, baseRevision: 1 })
      ])
      const stored = (await zhao.get(id)).content.merchant.business
      expect([stored.servicePhone, stored.shortName, (await zhao.get(id)).revision]).toEqual([
        '0571-88888888',
        '小笼包',
        3
      ])
    })

    it('refuses exactly one of two saves that change the same field at once', async () => {
      const { zhao, lin } = await operators()
      const { id } = await zhao.create('草稿')
      const saves = ['赵的简称', '林的简称'].map((shortName, i) => {
        const content = emptyDraftContent()
        content.merchant.business.shortName = shortName
        return (i === 0 ? zhao : lin).save(id, { content, baseRevision: 1 })
      })
      const outcomes = await Promise.allSettled(saves)
      const refused = outcomes.filter((o) => o.status === 'rejected')
      expect(refused.map((o) => (o.reason as KaitongError).code)).toEqual(['drafts.conflict'])
    })
  })

  describe('when the server goes away', () => {
    it('refuses a save as unreachable and keeps the last saved revision intact', async () => {
      const { store } = await migrated()
      const port = withFailures(pgDraftsPort(store.pool, store.operator), store.failure)
      const { id } = await port.create('草稿')
      const named = emptyDraftContent()
      named.merchant.business.shortName = '小笼包'
      await port.save(id, { content: named, baseRevision: 1 })
      const later = emptyDraftContent()
      later.merchant.business.shortName = '小笼包二号'
      const error = await server.whileDown(() =>
        refusal(port.save(id, { content: later, baseRevision: 2 }))
      )
      expect(error.code).toBe('team.unreachable')
      const after = await port.get(id)
      expect([after.revision, after.content.merchant.business.shortName]).toEqual([2, '小笼包'])
      expect(await port.save(id, { content: later, baseRevision: 2 })).toMatchObject({
        revision: 3
      })
    })
  })

  describe('pictures', () => {
    it('keeps a picture once by its sha256 and refuses bytes that are not what they are named', async () => {
      const { store } = await migrated()
      const blobs = pgMediaBlobs(store.pool)
      const bytes = readFileSync(join(FIXTURES, 'images/logo-transparent.png'))
      await blobs.put(sha256Hex(bytes), bytes)
      await blobs.put(sha256Hex(bytes), bytes)
      expect((await blobs.get(sha256Hex(bytes)))?.equals(bytes)).toBe(true)
      expect((await refusal(blobs.put('0'.repeat(64), bytes))).code).toBe('team.verify_failed')
    })
  })

  describe('kaitong team', () => {
    /** A local store with two drafts, history, a picture, an export and its ledger entry. */
    async function localStore() {
      const { app, dataDir, dbPath, reopen } = tempApp()
      const drafts = createDraftsRepo(app.db)
      const first = drafts.create('杭州小笼包')
      drafts.checkpoint(first.id)
      const content = emptyDraftContent()
      content.merchant.business.shortName = '小笼包'
      drafts.saveContent(first.id, content)
      drafts.create('宁波汤圆')
      await app.media.importMedia({
        bytes: readFileSync(join(FIXTURES, 'images/logo-transparent.png')),
        originalName: 'logo.png',
        draftId: first.id
      })
      const exported = createExportsRepo(app.db).add({
        draftId: first.id,
        platform: 'wechat-pay',
        revision: 2,
        path: join(dataDir, 'bundle.zip'),
        sha256: 'a'.repeat(64),
        bytes: 10,
        createdAt: '2026-12-01T08:00:00.000Z'
      })
      createSubmissionsRepo(app.db).recordExport({
        draftId: first.id,
        platform: 'wechat-pay',
        exportId: exported.id,
        revision: 2,
        bundleSha256: 'a'.repeat(64),
        licenceCode: '',
        at: '2026-12-01T08:00:00.000Z'
      })
      app.close()
      return { dataDir, dbPath, reopen, firstId: first.id }
    }

    it('creates the schema and says the connection is encrypted', async () => {
      const url = await freshDatabase()
      const [run] = await runCommands([['team', 'init', '--db', url, '--lang', 'en']])
      expect(run?.code).toBe(0)
      expect(run?.output).toContain('connection encrypted with TLS')
      expect(run?.output).not.toContain(server.password)
    })

    it('pushes a local store and checks every row, revision and picture', async () => {
      const url = await freshDatabase()
      const local = await localStore()
      const [, push] = await runCommands([
        ['team', 'init', '--db', url],
        ['team', 'push', '--db', url, '--local', local.dbPath, '--json']
      ])
      expect(push?.code).toBe(0)
      const report = JSON.parse(String(push?.output)) as {
        tables: { table: string; source: number; copied: number }[]
        revisionsHashed: number
        picturesHashed: number
      }
      expect(report.tables.map((t) => [t.table, t.copied])).toEqual([
        ['merchants', 2],
        ['drafts', 2],
        ['draft_revisions', 3],
        ['media', 1],
        ['draft_media', 1],
        ['exports', 1],
        ['submissions', 1],
        ['submission_events', 1]
      ])
      expect([report.revisionsHashed, report.picturesHashed]).toEqual([3, 1])
    })

    it('numbers exports made on the team store after the pushed ones', async () => {
      const url = await freshDatabase()
      const local = await localStore()
      await runCommands([
        ['team', 'init', '--db', url],
        ['team', 'push', '--db', url, '--local', local.dbPath]
      ])
      const store = await connect(url)
      // As the shared ledger adds a colleague's bundle: the id comes from the sequence.
      const next = await store.pool.query<{ id: number }>(
        `INSERT INTO exports (draft_id, platform, revision, path, sha256, bytes, created_at, author)
         VALUES ($1, 'alipay', 2, '/tmp/b.zip', $2, 1, '2026-12-02T08:00:00.000Z', $3) RETURNING id`,
        [local.firstId, 'c'.repeat(64), store.operator]
      )
      expect(next.rows[0]?.id).toBe(2)
    })

    it('resumes a push by copying only what is not there yet', async () => {
      const url = await freshDatabase()
      const local = await localStore()
      const runs = await runCommands([
        ['team', 'init', '--db', url],
        ['team', 'push', '--db', url, '--local', local.dbPath, '--json'],
        ['team', 'push', '--db', url, '--local', local.dbPath, '--json']
      ])
      const again = JSON.parse(String(runs[2]?.output)) as { tables: { copied: number }[] }
      expect(again.tables.map((t) => t.copied)).toEqual([0, 0, 0, 0, 0, 0, 0, 0])
    })

    it('pulls the team store into an empty local store with the same history and pictures', async () => {
      const url = await freshDatabase()
      const local = await localStore()
      const other = tempApp()
      other.app.close()
      const [, , pull] = await runCommands([
        ['team', 'init', '--db', url],
        ['team', 'push', '--db', url, '--local', local.dbPath],
        ['team', 'pull', '--db', url, '--local', other.dbPath, '--lang', 'en']
      ])
      expect(pull?.code).toBe(0)
      expect(pull?.output).toContain('sha256 of 3 revisions and 1 pictures checked')
      const reopened = other.reopen()
      const drafts = createDraftsRepo(reopened.db)
      expect(drafts.get(local.firstId).content.merchant.business.shortName).toBe('小笼包')
      expect(drafts.revisions(local.firstId)).toHaveLength(2)
      expect(reopened.media.listForDraft(local.firstId)).toHaveLength(1)
    })

    it("brings another operator's later revision home on pull, and a later push keeps it", async () => {
      const url = await freshDatabase()
      const local = await localStore()
      await runCommands([
        ['team', 'init', '--db', url],
        ['team', 'push', '--db', url, '--local', local.dbPath]
      ])
      const store = await connect(url)
      const team = pgDraftsPort(store.pool, store.operator)
      const changed = (await team.get(local.firstId)).content
      changed.merchant.business.servicePhone = '0571-88888888'
      await team.save(local.firstId, { content: changed, baseRevision: 2 })
      const runs = await runCommands([
        ['team', 'pull', '--db', url, '--local', local.dbPath],
        ['team', 'push', '--db', url, '--local', local.dbPath]
      ])
      expect(runs.map((run) => run.code)).toEqual([0, 0])
      const home = createDraftsRepo(local.reopen().db)
      expect(home.get(local.firstId)).toMatchObject({ revision: 3 })
      expect((await team.get(local.firstId)).revision).toBe(3)
    })

    it('refuses to push into a team store that was never initialised', async () => {
      const url = await freshDatabase()
      const local = await localStore()
      const [run] = await runCommands([['team', 'push', '--db', url, '--local', local.dbPath]])
      expect(run?.code).toBe(1)
      expect(run?.output).toContain('kaitong team init')
    })

    it('answers a wrong password in one sentence, exit 1, no stack trace', async () => {
      const wrong = server.url().replace(server.password, 'nope')
      const [run] = await runCommands([['team', 'init', '--db', wrong, '--lang', 'en']])
      expect(run?.code).toBe(1)
      expect(run?.output.trim()).toBe(
        'The team database refused the password for user kaitong. Check the user name and password with your administrator'
      )
    })

    it('answers an unreachable server in zh-CN by default', async () => {
      const [run] = await runCommands([['team', 'init', '--db', 'postgres://a:b@127.0.0.1:1/x']])
      expect(run?.code).toBe(1)
      expect(run?.output).toContain('连不上团队数据库服务器 127.0.0.1:1')
      expect(run?.output).not.toMatch(/\n\s+at /)
    })
  })
})
