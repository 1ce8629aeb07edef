import { setImmediate } from 'node:timers/promises'
import type Database from 'better-sqlite3-multiple-ciphers'
import { DraftContent } from '../domain/draft'
import { PLATFORM_IDS, type PlatformId } from '../platforms/adapter'
import {
  searchPattern,
  summarizeDraft,
  type SummaryOptions,
  type TargetSummary
} from '../platforms/draft-summary'
import type { WritableDb } from './connection'
import { writeTransaction } from './write-transaction'

/**
 * The drafts list as pages: search, filters and sort over the summary tables that
 * migration `draft-summaries` keeps beside the drafts. Summaries are recomputed from the
 * content only for drafts a trigger marked stale, never on save: a few at the start of a
 * list call, many (after an upgrade) a batch at a time in the background (`refreshGradually`).
 */

export type DraftStatusFilter = 'incomplete' | 'ready' | 'exported' | 'errors'
export type DraftSort = 'updated' | 'name' | 'completeness'

export interface DraftPageQuery {
  /** Words (split on spaces) each found in a name, code, contact or their pinyin. */
  search?: string
  status?: DraftStatusFilter
  /** Only drafts targeting this platform; `status` then applies to that platform alone. */
  platform?: PlatformId
  sort?: DraftSort
  direction?: 'asc' | 'desc'
  offset?: number
  limit: number
}

export interface DraftListItem {
  id: string
  title: string
  revision: number
  createdAt: string
  updatedAt: string
  merchantName: string
  shortName: string
  storeName: string
  uscc: string
  contactName: string
  completeness: number
  met: number
  total: number
  due: number
  errors: number
  ready: boolean
  targets: TargetSummary[]
  /** The newest bundle written for this draft, any platform. */
  lastExport: { revision: number; createdAt: string } | null
  /** The summary is stale: names and counts are not worked out yet (see refreshGradually). */
  pending: boolean
}

export interface DraftPage {
  items: DraftListItem[]
  /** Drafts matching the search and filters, over all pages. */
  total: number
  offset: number
}

/** A background job's side of the work (jobs.ts's JobContext). */
export interface GradualWork {
  signal: AbortSignal
  progress(done: number, total: number): void
}

export interface SummaryContext {
  today(): string
  overrides?(): SummaryOptions['overrides']
}

const DEFAULT_DIRECTION: Record<DraftSort, 'asc' | 'desc'> = {
  updated: 'desc',
  name: 'asc',
  completeness: 'desc'
}

const ORDER: Record<DraftSort, string> = {
  updated: 's.updated_at',
  name: 's.name_key',
  completeness: 's.completeness'
}

/**
 * Bit `i` of the masks stands for PLATFORM_IDS[i] (append-only), so a per-platform filter
 * is a test on the summary's own columns rather than a look-up per draft.
 */
function platformBit(platform: PlatformId): number {
  return 1 << PLATFORM_IDS.indexOf(platform)
}

function maskOf(targets: readonly TargetSummary[], pick: (target: TargetSummary) => boolean) {
  return targets.filter(pick).reduce((mask, target) => mask | platformBit(target.platform), 0)
}

/** `status` on one platform (`@bit`) of the draft. */
const TARGET_STATUS: Record<DraftStatusFilter, string> = {
  incomplete: '(s.target_mask & @bit) != 0 AND ((s.due_mask | s.error_mask) & @bit) != 0',
  ready: '(s.target_mask & @bit) != 0 AND ((s.due_mask | s.error_mask) & @bit) = 0',
  errors: '(s.error_mask & @bit) != 0',
  exported: 's.draft_id IN (SELECT draft_id FROM exports WHERE platform = @platform)'
}

/** `status` on the draft as a whole. */
const DRAFT_STATUS: Record<DraftStatusFilter, string> = {
  incomplete: 's.ready = 0',
  ready: 's.ready = 1',
  errors: 's.errors > 0',
  exported: 's.draft_id IN (SELECT draft_id FROM exports)'
}

/**
 * Words to find, lower-cased. `%` and `_` split words rather than act as LIKE wildcards:
 * nothing a merchant searches for contains them.
 */
function searchTerms(search: string | undefined): string[] {
  return (search ?? '')
    .trim()
    .toLowerCase()
    .split(/[\s%_]+/)
    .filter(Boolean)
}

interface WhereShape {
  terms: number
  status: DraftStatusFilter | undefined
  platform: boolean
}

function whereClause(shape: WhereShape): string {
  // The trigram index answers words of two characters or more (see searchPattern).
  const conditions = Array.from(
    { length: shape.terms },
    (_, index) => `s.id IN (SELECT rowid FROM draft_search WHERE search_text LIKE @t${index})`
  )
  const { status } = shape
  if (shape.platform)
    conditions.push(status ? TARGET_STATUS[status] : '(s.target_mask & @bit) != 0')
  else if (status) conditions.push(DRAFT_STATUS[status])
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''
}

interface ListRow {
  id: string
  title: string
  revision: number
  created_at: string
  updated_at: string
  merchant_name: string
  short_name: string
  store_name: string
  uscc: string
  contact_name: string
  completeness: number
  met: number
  total: number
  due: number
  errors: number
  ready: number
  targets: string
  stale: number
}

export function createDraftSummariesRepo(db: WritableDb, context: SummaryContext) {
  const selectStale = db.prepare(
    `SELECT s.id AS summary_id, d.id, d.title, d.content, d.revision, d.created_at, d.updated_at
     FROM draft_summaries s JOIN drafts d ON d.id = s.draft_id
     WHERE s.stale = 1 LIMIT ?`
  )
  const countStale = db
    .prepare('SELECT count(*) FROM (SELECT 1 FROM draft_summaries WHERE stale = 1 LIMIT ?)')
    .pluck()
  const deleteSearch = db.prepare('DELETE FROM draft_search WHERE rowid = ?')
  const insertSearch = db.prepare('INSERT INTO draft_search (rowid, search_text) VALUES (?, ?)')
  const updateSummary = db.prepare(
    `UPDATE draft_summaries SET stale = 0, title = @title, revision = @revision,
       created_at = @createdAt, updated_at = @updatedAt, merchant_name = @merchantName,
       short_name = @shortName, store_name = @storeName, uscc = @uscc,
       contact_name = @contactName, name_key = @nameKey, met = @met,
       total = @total, completeness = @completeness, due = @due, errors = @errors,
       ready = @ready, targets = @targetsJson, target_mask = @targetMask, due_mask = @dueMask,
       error_mask = @errorMask
     WHERE draft_id = @id`
  )
  const selectLastExports = db.prepare(
    `SELECT draft_id, MAX(revision) AS revision, MAX(created_at) AS created_at FROM exports
     WHERE draft_id IN (SELECT value FROM json_each(?)) GROUP BY draft_id`
  )

  // One statement per query shape (search word count, filter, sort), prepared on first use.
  const statements = new Map<
    string,
    { page: Database.Statement; count: Database.Statement; ids: Database.Statement }
  >()
  function statementsFor(shape: WhereShape, sort: DraftSort, direction: 'asc' | 'desc') {
    const key = `${shape.terms}|${shape.status ?? ''}|${shape.platform}|${sort}|${direction}`
    let found = statements.get(key)
    if (!found) {
      const from = `FROM draft_summaries s ${whereClause(shape)}`
      // Ties break on id in the same direction, so one index walk gives the whole order.
      const order = `ORDER BY ${ORDER[sort]} ${direction}, s.id ${direction}`
      found = {
        // The page's ids first (index only), then their rows: a deep offset skips ids, not rows.
        page: db.prepare(
          `SELECT s.draft_id AS id, s.title, s.revision, s.created_at, s.updated_at,
             s.merchant_name, s.short_name, s.store_name, s.uscc, s.contact_name,
             s.completeness, s.met, s.total, s.due, s.errors, s.ready, s.targets, s.stale
           FROM draft_summaries s
           JOIN (SELECT s.id ${from} ${order} LIMIT @limit OFFSET @offset) AS p ON p.id = s.id
           ${order}`
        ),
        count: db.prepare(`SELECT count(*) AS total ${from}`),
        ids: db.prepare(`SELECT s.draft_id ${from} ${order}`).pluck()
      }
      statements.set(key, found)
    }
    return found
  }

  const refreshBatch = writeTransaction(db, (limit: number): number => {
    const stale = selectStale.all(limit) as {
      summary_id: number
      id: string
      title: string
      content: string
      revision: number
      created_at: string
      updated_at: string
    }[]
    const options: SummaryOptions = {
      today: context.today(),
      ...(context.overrides ? { overrides: context.overrides() } : {})
    }
    for (const row of stale) {
      const content = DraftContent.parse(JSON.parse(row.content))
      const facts = summarizeDraft(row.title, content, options)
      updateSummary.run({
        ...facts,
        id: row.id,
        title: row.title,
        revision: row.revision,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        ready: facts.ready ? 1 : 0,
        targetsJson: JSON.stringify(facts.targets),
        targetMask: maskOf(facts.targets, () => true),
        dueMask: maskOf(facts.targets, (target) => target.due > 0),
        errorMask: maskOf(facts.targets, (target) => target.errors > 0)
      })
      deleteSearch.run(row.summary_id)
      insertSearch.run(row.summary_id, facts.searchText)
    }
    return stale.length
  })

  /**
   * Recomputes every stale summary, a batch per write transaction; returns how many. With
   * none stale (the usual list call) it takes no write lock.
   */
  function refreshStale(batch = 500): number {
    if (staleCount(1) === 0) return 0
    let done = 0
    for (let count = batch; count === batch; done += count) count = refreshBatch(batch)
    return done
  }

  /**
   * Recomputes every stale summary a small batch per transaction, giving the event loop back
   * between batches so other calls (saves, list pages) are answered meanwhile: the work after
   * an upgrade (about 1.6 ms a draft, 16 s at 10,000). Drafts made stale meanwhile are included.
   */
  async function refreshGradually(job: GradualWork, batch = 50): Promise<{ refreshed: number }> {
    let total = staleCount()
    let done = 0
    job.progress(0, total)
    for (;;) {
      await setImmediate()
      if (job.signal.aborted) break
      const count = refreshBatch(batch)
      if (count === 0) break
      done += count
      total = Math.max(total, done + staleCount())
      job.progress(done, total)
    }
    return { refreshed: done }
  }

  /** How many summaries are stale, counting no further than `upTo`. */
  function staleCount(upTo = Number.MAX_SAFE_INTEGER): number {
    return countStale.get(upTo) as number
  }

  function lastExportsOf(ids: string[]): Map<string, DraftListItem['lastExport']> {
    const rows = selectLastExports.all(JSON.stringify(ids)) as {
      draft_id: string
      revision: number
      created_at: string
    }[]
    return new Map(
      rows.map((row) => [row.draft_id, { revision: row.revision, createdAt: row.created_at }])
    )
  }

  function bindings(query: Omit<DraftPageQuery, 'limit' | 'offset'>) {
    const terms = searchTerms(query.search)
    const shape: WhereShape = {
      terms: terms.length,
      status: query.status,
      platform: query.platform !== undefined
    }
    const params: Record<string, string | number> = Object.fromEntries(
      terms.map((term, index) => [`t${index}`, searchPattern(term)])
    )
    if (query.platform) {
      params['platform'] = query.platform
      params['bit'] = platformBit(query.platform)
    }
    return { shape, params }
  }

  return {
    refreshStale,
    refreshGradually,
    staleCount,

    /** Reads the summaries as they are: the caller refreshes stale ones first (see above). */
    page(query: DraftPageQuery): DraftPage {
      const sort = query.sort ?? 'updated'
      const { shape, params } = bindings(query)
      const statements = statementsFor(shape, sort, query.direction ?? DEFAULT_DIRECTION[sort])
      const offset = query.offset ?? 0
      const rows = statements.page.all({ ...params, limit: query.limit, offset }) as ListRow[]
      const { total } = statements.count.get(params) as { total: number }
      const ids = rows.map((row) => row.id)
      const exports = lastExportsOf(ids)
      return {
        total,
        offset,
        items: rows.map((row) => ({
          id: row.id,
          title: row.title,
          revision: row.revision,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
          merchantName: row.merchant_name,
          shortName: row.short_name,
          storeName: row.store_name,
          uscc: row.uscc,
          contactName: row.contact_name,
          completeness: row.completeness,
          met: row.met,
          total: row.total,
          due: row.due,
          errors: row.errors,
          ready: row.ready === 1,
          targets: JSON.parse(row.targets) as TargetSummary[],
          lastExport: exports.get(row.id) ?? null,
          pending: row.stale === 1
        }))
      }
    },

    /** Every matching draft's id in list order: "select all" over all pages. */
    matchingIds(query: Omit<DraftPageQuery, 'limit' | 'offset'>): string[] {
      const sort = query.sort ?? 'updated'
      const { shape, params } = bindings(query)
      const statements = statementsFor(shape, sort, query.direction ?? DEFAULT_DIRECTION[sort])
      return statements.ids.all(params) as string[]
    }
  }
}

export type DraftSummariesRepo = ReturnType<typeof createDraftSummariesRepo>
