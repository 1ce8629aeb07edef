import { describe, expect, it } from 'vitest'
import {
  DbFromFutureError,
  LATEST_VERSION,
  MIGRATIONS,
  migrate,
  schemaVersion
} from '../../../src-main/store/migrations'
import { useTempDb } from '../../helpers/temp-db'

const temp = useTempDb()

function tables(db: ReturnType<typeof temp.open>['db']): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string
    }[]
  ).map((row) => row.name)
}

describe('migrate', () => {
  it('brings an empty database to the latest version', () => {
    const { db } = temp.open({ migrateTo: 0 })
    expect(schemaVersion(db)).toBe(0)
    expect(migrate(db)).toBe(LATEST_VERSION)
    expect(tables(db)).toEqual(
      expect.arrayContaining(['drafts', 'draft_revisions', 'merchants', 'media', 'exports'])
    )
  })

  it.each(MIGRATIONS.map((step) => step.version).filter((v) => v < LATEST_VERSION))(
    'brings a database at version %i to the latest version',
    (version) => {
      const { db } = temp.open({ migrateTo: version })
      expect(schemaVersion(db)).toBe(version)
      migrate(db)
      expect(schemaVersion(db)).toBe(LATEST_VERSION)
    }
  )

  it('gives drafts saved before revisions existed their content as revision 1', () => {
    const { db } = temp.open({ migrateTo: 1 })
    db.prepare("INSERT INTO merchants VALUES ('m1', '老店', '2026-01-01T00:00:00.000Z')").run()
    db.prepare(
      `INSERT INTO drafts VALUES ('d1', 'm1', '老草稿', '{"merchant":{}}',
       '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z')`
    ).run()
    migrate(db)
    const revision = db.prepare('SELECT * FROM draft_revisions').get() as Record<string, unknown>
    expect(revision).toMatchObject({ draft_id: 'd1', revision: 1, content: '{"merchant":{}}' })
    expect(revision['content_sha256']).toMatch(/^[0-9a-f]{64}$/)
    expect(db.prepare('SELECT revision FROM drafts').get()).toEqual({ revision: 1 })
  })

  it('refuses a database written by a newer version of the app', () => {
    const { db } = temp.open()
    db.pragma(`user_version = ${LATEST_VERSION + 1}`)
    expect(() => migrate(db)).toThrow(DbFromFutureError)
  })

  it('applies no step at all when one pending step fails', () => {
    const { db } = temp.open({ migrateTo: 0 })
    const failing = [
      ...MIGRATIONS.slice(0, 1),
      {
        version: 2,
        up: () => {
          throw new Error('boom')
        }
      }
    ]
    expect(() => migrate(db, failing)).toThrow('boom')
    expect(schemaVersion(db)).toBe(0)
    expect(tables(db)).toEqual([])
  })

  it('leaves an up-to-date database untouched on the next start', () => {
    const { db, path } = temp.open()
    db.close()
    const again = temp.reopen(path)
    expect(migrate(again)).toBe(LATEST_VERSION)
  })
})
