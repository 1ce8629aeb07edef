import { afterAll, beforeAll, describe } from 'vitest'
import { migratePg } from '../../../src-main/store/pg/migrations'
import { openTeamStore, type TeamStore } from '../../../src-main/store/pg/connect'
import { pgDraftsPort } from '../../../src-main/store/pg/drafts'
import type { TeamCipher } from '../../../src-main/store/pg/team-cipher'
import { createTeamKey } from '../../../src-main/store/pg/team-key'
import { sqliteDraftsPort } from '../../../src-main/store/port'
import { POSTGRES_MISSING, startPostgres, type TestPostgres } from '../../helpers/postgres'
import { useTempDb } from '../../helpers/temp-db'
import { draftsPortContract } from './drafts-port.contract'

const temp = useTempDb()

describe('drafts port on the local SQLite store', () => {
  draftsPortContract(() => Promise.resolve(sqliteDraftsPort(temp.open().db)))
})

if (POSTGRES_MISSING) console.warn(POSTGRES_MISSING)

describe.skipIf(POSTGRES_MISSING)('drafts port on the PostgreSQL team store', () => {
  let server: TestPostgres
  let store: TeamStore
  let keyed: TeamStore
  let cipher: TeamCipher
  beforeAll(async () => {
    server = await startPostgres()
    store = await openTeamStore(await server.createDatabase('contract'))
    keyed = await openTeamStore(await server.createDatabase('contract_keyed'))
    for (const migrated of [store, keyed]) {
      const client = await migrated.pool.connect()
      try {
        await migratePg(client)
      } finally {
        client.release()
      }
    }
    cipher = await createTeamKey(keyed.pool, 'team passphrase', keyed.operator)
  }, 60_000)
  afterAll(async () => {
    await store?.close()
    await keyed?.close()
    server?.stop()
  })

  describe('without a team key', () => {
    // One database for the suite (creating one per test costs a checkpoint each); emptied per test.
    draftsPortContract(async () => {
      await store.pool.query('TRUNCATE merchants CASCADE')
      return pgDraftsPort(store.pool, store.operator)
    })
  })

  describe('with a team key', () => {
    draftsPortContract(async () => {
      await keyed.pool.query('TRUNCATE merchants CASCADE')
      return pgDraftsPort(keyed.pool, keyed.operator, undefined, undefined, cipher)
    })
  })
})
