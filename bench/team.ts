/**
 * The team store next to the local one: autosave latency (p50/p99 of a filled-in draft's save,
 * from the revision the editor loaded) and the portfolio list, at a size that runs in well
 * under a minute. PostgreSQL is a throwaway cluster on 127.0.0.1 with fsync on, as SQLite
 * runs with synchronous=FULL; its saves come from OPERATORS concurrent operators.
 * `node --import tsx bench/team.ts` alone, or `teamBenchRows(await benchTeam())` in bench/run.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { emptyDraftContent } from '../src-main/domain/draft'
import { openDatabase } from '../src-main/store/connection'
import { migrate } from '../src-main/store/migrations'
import { openTeamStore } from '../src-main/store/pg/connect'
import { pgDraftsPort } from '../src-main/store/pg/drafts'
import { migratePg } from '../src-main/store/pg/migrations'
import { sqliteDraftsPort, type DraftsPort } from '../src-main/store/port'
import { POSTGRES_MISSING, startPostgres } from '../test/helpers/postgres'
import { ms, percentile, printTable, type BenchRow } from './table'

const DRAFTS = Number(process.env['BENCH_TEAM_DRAFTS'] ?? 1000)
const SAVES = Number(process.env['BENCH_TEAM_SAVES'] ?? 200)
const OPERATORS = 5

export interface TeamBenchRow {
  store: 'SQLite (local)' | 'PostgreSQL (team)'
  drafts: number
  operators: number
  saves: number
  autosaveP50Ms: number
  autosaveP99Ms: number
  listMs: number
}

/** A filled-in draft (~3 KB of JSON) whose name changes with every save. */
function content(i: number) {
  const draft = emptyDraftContent()
  draft.merchant.licence.registeredName = `杭州小笼包餐饮有限公司 ${i}`
  draft.merchant.licence.registeredAddress = '浙江省杭州市西湖区文三路 90 号'
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

/** Fills the store, then each operator autosaves its own draft SAVES / operators times. */
async function measure(
  store: TeamBenchRow['store'],
  port: DraftsPort,
  operators: number
): Promise<TeamBenchRow> {
  const ids: string[] = []
  for (let i = 0; i < DRAFTS; i++) ids.push((await port.create(`商户 ${i}`)).id)
  const times: number[] = []
  await Promise.all(
    Array.from({ length: operators }, async (_, operator) => {
      const id = ids[operator] as string
      let base = 1
      for (let i = 0; i < SAVES / operators; i++) {
        times.push(
          await elapsed(async () => {
            base = (await port.save(id, { content: content(i), baseRevision: base })).revision
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

export async function benchTeam(): Promise<TeamBenchRow[]> {
  const rows: TeamBenchRow[] = []
  const dir = mkdtempSync(join(tmpdir(), 'kaitong-bench-team-'))
  const db = openDatabase(join(dir, 'bench.sqlite'))
  try {
    migrate(db)
    rows.push(await measure('SQLite (local)', sqliteDraftsPort(db), 1))
  } finally {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  }
  if (POSTGRES_MISSING) {
    console.log(POSTGRES_MISSING)
    return rows
  }
  const server = await startPostgres({ durable: true })
  try {
    const team = await openTeamStore(await server.createDatabase('bench'))
    try {
      await migratePg(team.pool)
      rows.push(
        await measure('PostgreSQL (team)', pgDraftsPort(team.pool, team.operator), OPERATORS)
      )
    } finally {
      await team.close()
    }
  } finally {
    server.stop()
  }
  return rows
}

/** The rows for bench/run.ts's table: the team store's figure beside the local baseline. */
export function teamBenchRows(rows: readonly TeamBenchRow[]): BenchRow[] {
  const local = rows.find((row) => row.store === 'SQLite (local)')
  const team = rows.find((row) => row.store === 'PostgreSQL (team)')
  if (!local || !team) return []
  const context = `${team.drafts} drafts, ${team.operators} operators saving at once on 127.0.0.1`
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
      target: 'beside SQLite (issue 16)'
    }
  ]
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  printTable(teamBenchRows(await benchTeam()))
