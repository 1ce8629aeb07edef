/**
 * The team store next to the local one at 10,000 drafts: autosave latency (p50/p99 of a
 * filled-in draft's save, from the revision the editor loaded) and the drafts list.
 * PostgreSQL is a throwaway cluster on 127.0.0.1 with fsync on, as SQLite runs with
 * synchronous=FULL; its saves come from OPERATORS concurrent operators, first on the bare
 * port, then as the app makes them: OPERATORS app sessions, each with its own local working
 * copy (joining fills it with every draft), each save also written there and announced.
 * The team store has a team key, as a team's would: every save seals the draft's personal
 * values and every read opens them (the local store holds them plain in its encrypted file).
 * `node --import tsx bench/team.ts` alone, or `teamBenchRows(await benchTeam())` in bench/run.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type pg from 'pg'
import { canonicalJson, emptyDraftContent } from '../src-main/domain/draft'
import { openDatabase, type WritableDb } from '../src-main/store/connection'
import { sha256Hex } from '../src-main/store/content-hash'
import { createDraftsRepo } from '../src-main/store/drafts'
import { createTeamSession } from '../src-main/store/pg/team-session'
import { createSettingsRepo } from '../src-main/store/settings'
import { migrate } from '../src-main/store/migrations'
import { openTeamStore } from '../src-main/store/pg/connect'
import { pgDraftsPort } from '../src-main/store/pg/drafts'
import { migratePg } from '../src-main/store/pg/migrations'
import type { TeamCipher } from '../src-main/store/pg/team-cipher'
import { createTeamKey, rememberTeamKey } from '../src-main/store/pg/team-key'
import { sqliteDraftsPort, type DraftsPort } from '../src-main/store/port'
import { POSTGRES_MISSING, startPostgres } from '../test/helpers/postgres'
import { ms, percentile, printTable, type BenchRow } from './table'

const DRAFTS = Number(process.env['BENCH_TEAM_DRAFTS'] ?? 10_000)
const SAVES = Number(process.env['BENCH_TEAM_SAVES'] ?? 200)
const OPERATORS = 5

export interface TeamBenchRow {
  store: 'SQLite (local)' | 'PostgreSQL (team)' | 'PostgreSQL via the app'
  drafts: number
  operators: number
  saves: number
  autosaveP50Ms: number
  autosaveP99Ms: number
  listMs: number
  /** The app path only: the slowest operator's switch to the team store (working copy filled). */
  joinMs?: number
}

/** A filled-in draft (~3 KB of JSON) whose name changes with every save. */
function content(i: number) {
  const draft = emptyDraftContent()
  draft.merchant.licence.registeredName = `杭州小笼包餐饮有限公司 ${i}`
  draft.merchant.licence.registeredAddress = '浙江省杭州市西湖区文三路 90 号'
  // Personal values, sealed on the team store.
  draft.merchant.legalRep.name = '王小明'
  draft.merchant.legalRep.idNumber = '330106198506150012'
  draft.merchant.legalRep.address = '浙江省杭州市西湖区文三路 100 号'
  draft.merchant.contact.name = '王小明'
  draft.merchant.contact.mobile = '13800000000'
  draft.merchant.contact.email = 'wang@example.com'
  draft.merchant.settlement.accountName = '杭州小笼包餐饮有限公司'
  draft.merchant.settlement.accountNumber = '6222020200000000000'
  draft.merchant.qualifications = Array.from({ length: 10 }, (_, n) => ({
    type: '食品经营许可证',
    number: `JY${String(n).padStart(14, '0')}`,
    photo: null,
    validFrom: '2024-01-01',
    validTo: '2029-01-01',
    longTerm: false
  }))
  return draft
}

async function elapsed(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint()
  await fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** Each operator autosaves its own draft SAVES / operators times on its port. */
async function measure(
  store: TeamBenchRow['store'],
  ports: readonly DraftsPort[]
): Promise<TeamBenchRow> {
  const port = ports[0] as DraftsPort
  const ids = (await port.list()).slice(0, ports.length).map((draft) => draft.id)
  const operators = ports.length
  const times: number[] = []
  await Promise.all(
    ports.map(async (own, operator) => {
      const id = ids[operator] as string
      let base = (await own.get(id)).revision
      for (let i = 0; i < SAVES / operators; i++) {
        times.push(
          await elapsed(async () => {
            base = (await own.save(id, { content: content(i), baseRevision: base })).revision
          })
        )
      }
    })
  )
  const lists: number[] = []
  for (let i = 0; i < 5; i++) lists.push(await elapsed(() => port.list()))
  return {
    store,
    drafts: DRAFTS,
    operators,
    saves: times.length,
    autosaveP50Ms: percentile(times, 50),
    autosaveP99Ms: percentile(times, 99),
    listMs: Math.min(...lists)
  }
}

/** DRAFTS drafts in one transaction, each at revision 1 with a filled-in profile. */
function seedSqlite(db: WritableDb): void {
  const drafts = createDraftsRepo(db)
  db.transaction(() => {
    for (let i = 0; i < DRAFTS; i++) drafts.create(`商户 ${i}`, content(i))
  })()
}

/** The same on the team store, in one statement per table (sealed as the app seals). */
async function seedPg(pool: pg.Pool, cipher: TeamCipher): Promise<void> {
  const plain = canonicalJson(content(0))
  const json = cipher.sealContent(plain)
  const at = new Date().toISOString()
  await pool.query(
    `INSERT INTO merchants (id, display_name, created_at)
     SELECT 'm' || n, '商户 ' || n, $1 FROM generate_series(1, $2) AS n`,
    [at, DRAFTS]
  )
  await pool.query(
    `INSERT INTO drafts (id, merchant_id, title, content, revision, created_at, updated_at)
     SELECT 'd' || n, 'm' || n, '商户 ' || n, $1, 1, $2, $2 FROM generate_series(1, $3) AS n`,
    [json, at, DRAFTS]
  )
  await pool.query(
    `INSERT INTO draft_revisions (draft_id, revision, content, content_sha256, created_at, author)
     SELECT 'd' || n, 1, $1, $2, $3, 'kaitong' FROM generate_series(1, $4) AS n`,
    [json, sha256Hex(plain), at, DRAFTS]
  )
}

/** OPERATORS app sessions on `url`, each with its own local file; how long the slowest took to join. */
async function joinAsOperators(url: string, dir: string, cipher: TeamCipher) {
  const sessions = Array.from({ length: OPERATORS }, (_, n) => {
    const db = openDatabase(join(dir, `operator-${n}.sqlite`))
    migrate(db)
    const settings = createSettingsRepo(db)
    // Each operator unlocked the team key on their computer before.
    rememberTeamKey(settings, cipher)
    return {
      db,
      session: createTeamSession({ db, settings, local: sqliteDraftsPort(db, { coalesce: true }) })
    }
  })
  // One after another: each operator is a computer of its own, and five joins in this one
  // process would share its event loop (the pool's connection timeout then fires).
  const joins: number[] = []
  for (const { session } of sessions) joins.push(await elapsed(() => session.use(url)))
  return {
    ports: sessions.map(({ session }) => session.drafts()),
    joinMs: Math.max(...joins),
    async close() {
      for (const { session, db } of sessions) {
        await session.close()
        db.close()
      }
    }
  }
}

export async function benchTeam(): Promise<TeamBenchRow[]> {
  const rows: TeamBenchRow[] = []
  const dir = mkdtempSync(join(tmpdir(), 'kaitong-bench-team-'))
  try {
    const db = openDatabase(join(dir, 'bench.sqlite'))
    try {
      migrate(db)
      seedSqlite(db)
      rows.push(await measure('SQLite (local)', [sqliteDraftsPort(db)]))
    } finally {
      db.close()
    }
    if (POSTGRES_MISSING) {
      console.log(POSTGRES_MISSING)
      return rows
    }
    const server = await startPostgres({ durable: true })
    try {
      const url = await server.createDatabase('bench')
      const team = await openTeamStore(url)
      let cipher: TeamCipher
      try {
        await migratePg(team.pool)
        cipher = await createTeamKey(team.pool, 'bench team passphrase', team.operator)
        await seedPg(team.pool, cipher)
        const port = pgDraftsPort(team.pool, team.operator, undefined, undefined, cipher)
        rows.push(
          await measure(
            'PostgreSQL (team)',
            Array.from({ length: OPERATORS }, () => port)
          )
        )
      } finally {
        await team.close()
      }
      const joined = await joinAsOperators(url, dir, cipher)
      try {
        rows.push({
          ...(await measure('PostgreSQL via the app', joined.ports)),
          joinMs: joined.joinMs
        })
      } finally {
        await joined.close()
      }
    } finally {
      server.stop()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return rows
}

/** The rows for bench/run.ts's table: the team store's figure beside the local baseline. */
export function teamBenchRows(rows: readonly TeamBenchRow[]): BenchRow[] {
  const local = rows.find((row) => row.store === 'SQLite (local)')
  const team = rows.find((row) => row.store === 'PostgreSQL (team)')
  const app = rows.find((row) => row.store === 'PostgreSQL via the app')
  if (!local || !team || !app) return []
  const context = `${team.drafts} drafts, ${team.operators} operators saving at once on 127.0.0.1, team key on`
  return [
    {
      measure: 'team store: autosave p99 (PostgreSQL)',
      figure: ms(team.autosaveP99Ms),
      baseline: `${ms(local.autosaveP99Ms)} local SQLite`,
      target: 'beside SQLite (issue 16)',
      note: `${context}; p50 ${ms(team.autosaveP50Ms)} vs ${ms(local.autosaveP50Ms)}`
    },
    {
      measure: 'team store: drafts list (PostgreSQL)',
      figure: ms(team.listMs),
      baseline: `${ms(local.listMs)} local SQLite`,
      target: 'beside SQLite (issue 16)',
      note: `${team.drafts} drafts`
    },
    {
      measure: 'team store: autosave p99 through the app',
      figure: ms(app.autosaveP99Ms),
      baseline: `${ms(local.autosaveP99Ms)} local SQLite`,
      target: 'beside SQLite (issue 16)',
      note: `${app.operators} app sessions at once, each save merged-checked, mirrored into its working copy and announced; p50 ${ms(app.autosaveP50Ms)}`
    },
    {
      measure: 'team store: joining (working copy filled)',
      figure: ms(app.joinMs ?? 0),
      baseline: 'none (first switch only)',
      target: '—',
      note: `slowest of ${app.operators} operators switching, one after another, to ${app.drafts} drafts (personal values and pictures opened with the team key)`
    }
  ]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  printTable(teamBenchRows(await benchTeam()))
