import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDb } from '../../helpers/temp-db'

const SNAPSHOT = join(import.meta.dirname, '../../fixtures/schema-snapshot.json')
const temp = useTempDb()

describe('database schema', () => {
  it('matches the committed snapshot (a schema change needs a new migration and snapshot)', () => {
    const { db } = temp.open()
    const schema = (
      db
        .prepare('SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name')
        .all() as { type: string; name: string; sql: string }[]
    ).map((row) => ({ ...row, sql: row.sql.replace(/\s+/g, ' ') }))
    if (process.env['UPDATE_SCHEMA_SNAPSHOT'] === '1') {
      writeFileSync(SNAPSHOT, JSON.stringify(schema, null, 2) + '\n')
    }
    expect(schema).toEqual(JSON.parse(readFileSync(SNAPSHOT, 'utf8')))
  })
})
