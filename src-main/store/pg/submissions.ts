import type pg from 'pg'
import { KaitongError } from '../../api/result'
import { localDateTime } from '../../domain/local-date'
import type { WritableDb } from '../connection'
import { LOCAL_LEDGER, type LedgerShare, type SendClaim } from '../ledger-share'
import type { Submission } from '../submissions'
import { announce, inTransaction } from './drafts'
import { requireTeamKey, type TeamCipher } from './team-cipher'
import type { TeamSession } from './team-session'

/**
 * How long a claim holds without a word from its sender (each finished step renews it): a
 * sender that crashed or lost the server blocks its colleagues this long at most.
 */
export const CLAIM_TTL_MS = 10 * 60_000

type Row = Record<string, unknown>
type Queryable = Pick<pg.PoolClient, 'query'>

/**
 * Rows are matched by what they are, not by id: each computer numbers its own ledger, the
 * team store numbers its copy. A bundle is its platform, hash and time; an attempt its
 * platform and number (unique per draft); an event its attempt, time, source and states.
 */
const exportKey = (row: Row) =>
  `${String(row['platform'])}|${String(row['sha256'])}|${String(row['created_at'])}`
const attemptKey = (row: Row) => `${String(row['platform'])}|${String(row['attempt'])}`
const eventKey = (row: Row) =>
  [
    attemptKey(row),
    row['at'],
    row['source'],
    row['lifecycle'],
    row['platform_state'],
    row['request_id']
  ]
    .map(String)
    .join('|')

const SUBMISSION_COLUMNS = [
  'draft_id',
  'platform',
  'attempt',
  'export_id',
  'revision',
  'bundle_sha256',
  'licence_code',
  'ids',
  'platform_state',
  'lifecycle',
  'action',
  'reasons',
  'links',
  'created_at',
  'updated_at',
  'author'
] as const
const EXPORT_COLUMNS = [
  'draft_id',
  'platform',
  'revision',
  'path',
  'sha256',
  'bytes',
  'created_at',
  'author'
] as const
const EVENT_COLUMNS = [
  'submission_id',
  'at',
  'source',
  'lifecycle',
  'platform_state',
  'request_id',
  'raw',
  'author'
] as const

/** Columns an attempt takes from a later copy of itself (never its key, creation or author). */
const MOVING = SUBMISSION_COLUMNS.filter(
  (column) => !['draft_id', 'platform', 'attempt', 'created_at', 'author'].includes(column)
)
/**
 * A later copy wins, except that a sent attempt never goes back to "exported": a colleague
 * who exported again before hearing of the send must not reopen it for sending.
 */
const LATER = (table: string) =>
  `${table}.updated_at <= excluded.updated_at
   AND (${table}.lifecycle = 'exported' OR excluded.lifecycle <> 'exported')`

const UPSERT_TAIL = (table: string) =>
  `ON CONFLICT (draft_id, platform, attempt) DO UPDATE SET
   ${MOVING.map((column) => `${column} = excluded.${column}`).join(', ')}
   WHERE ${LATER(table)}`

interface Ledger {
  exports: Row[]
  submissions: Row[]
  /** With their attempt's platform and number. */
  events: Row[]
}

const LEDGER_QUERIES = {
  exports: 'SELECT * FROM exports WHERE draft_id = $1',
  submissions: 'SELECT * FROM submissions WHERE draft_id = $1',
  events: `SELECT e.*, s.platform, s.attempt FROM submission_events e
    JOIN submissions s ON s.id = e.submission_id WHERE s.draft_id = $1 ORDER BY e.id`
}

/**
 * One query after the other: a transaction's client runs one at a time. With a team key the
 * sealed columns (links, raw answers) are opened.
 */
async function serverLedger(
  client: Queryable,
  draftId: string,
  cipher: TeamCipher | undefined
): Promise<Ledger> {
  const rows = async (table: string, sql: string) =>
    (await client.query<Row>(sql, [draftId])).rows.map((row) =>
      cipher ? cipher.openRow(table, row) : row
    )
  return {
    exports: await rows('exports', LEDGER_QUERIES.exports),
    submissions: await rows('submissions', LEDGER_QUERIES.submissions),
    events: await rows('submission_events', LEDGER_QUERIES.events)
  }
}

const placeholders = (count: number) =>
  Array.from({ length: count }, (_v, i) => `$${i + 1}`).join(', ')

/**
 * The submission ledger on the team store (`LedgerShare`): the local file keeps the ledger
 * every screen reads; each write is published here under the operator's name (exports,
 * attempts, events), colleagues' are brought back, and a claim per application keeps two
 * operators from sending it twice.
 */
export function pgLedger(options: {
  pool: pg.Pool
  operator: string
  /** This app instance: its own claim may be taken again (a resumed send). */
  session: string
  db: WritableDb
  /** The unlocked team key, when the store has one: links and raw answers travel sealed. */
  cipher?: TeamCipher
}): LedgerShare {
  const { pool, operator, session, db, cipher } = options
  const sealed = (table: string, row: Row) => (cipher ? cipher.sealRow(table, row) : row)
  const ttl = CLAIM_TTL_MS
  const local = {
    exports: db.prepare('SELECT * FROM exports WHERE draft_id = ?'),
    submissions: db.prepare('SELECT * FROM submissions WHERE draft_id = ?'),
    events: db.prepare(
      `SELECT e.*, s.platform, s.attempt FROM submission_events e
       JOIN submissions s ON s.id = e.submission_id WHERE s.draft_id = ? ORDER BY e.id`
    ),
    hasDraft: db.prepare('SELECT 1 FROM drafts WHERE id = ?').pluck(),
    insertExport: db.prepare(
      `INSERT INTO exports (${EXPORT_COLUMNS.join(', ')})
       VALUES (${EXPORT_COLUMNS.map((c) => `@${c}`).join(', ')})`
    ),
    upsertSubmission: db.prepare(
      `INSERT INTO submissions (${SUBMISSION_COLUMNS.join(', ')})
       VALUES (${SUBMISSION_COLUMNS.map((c) => `@${c}`).join(', ')}) ${UPSERT_TAIL('submissions')}`
    ),
    insertEvent: db.prepare(
      `INSERT INTO submission_events (${EVENT_COLUMNS.join(', ')})
       VALUES (${EVENT_COLUMNS.map((c) => `@${c}`).join(', ')})`
    ),
    // Rows this computer wrote before the team store named their author.
    authorExport: db.prepare("UPDATE exports SET author = ? WHERE id = ? AND author = ''"),
    authorSubmission: db.prepare(
      "UPDATE submissions SET author = ? WHERE draft_id = ? AND platform = ? AND attempt = ? AND author = ''"
    ),
    authorEvent: db.prepare("UPDATE submission_events SET author = ? WHERE id = ? AND author = ''"),
    attempts: db.prepare('SELECT draft_id, platform, attempt, updated_at FROM submissions'),
    drafts: db.prepare('SELECT id FROM drafts').pluck()
  }

  const localLedger = (draftId: string): Ledger => ({
    exports: local.exports.all(draftId) as Row[],
    submissions: local.submissions.all(draftId) as Row[],
    events: local.events.all(draftId) as Row[]
  })

  /** The team store's copy of a draft's ledger into the local file, in one transaction. */
  const writeLocal = db.transaction((draftId: string, there: Ledger) => {
    if (local.hasDraft.get(draftId) === undefined) return
    const here = localLedger(draftId)
    const exportIds = new Map<unknown, number>()
    const exportsHere = new Map(here.exports.map((row) => [exportKey(row), row]))
    for (const row of there.exports) {
      const found = exportsHere.get(exportKey(row))
      if (found) local.authorExport.run(row['author'], found['id'])
      const id = found
        ? Number(found['id'])
        : Number(local.insertExport.run(pick(row, EXPORT_COLUMNS)).lastInsertRowid)
      exportIds.set(row['id'], id)
    }
    for (const row of there.submissions) {
      local.upsertSubmission.run({
        ...pick(row, SUBMISSION_COLUMNS),
        export_id: row['export_id'] === null ? null : (exportIds.get(row['export_id']) ?? null)
      })
      local.authorSubmission.run(row['author'], draftId, row['platform'], row['attempt'])
    }
    const attemptIds = new Map(
      (local.submissions.all(draftId) as Row[]).map((row) => [attemptKey(row), row['id']])
    )
    const eventsHere = new Map(here.events.map((row) => [eventKey(row), row]))
    for (const row of there.events) {
      const found = eventsHere.get(eventKey(row))
      if (found) local.authorEvent.run(row['author'], found['id'])
      else
        local.insertEvent.run({
          ...pick(row, EVENT_COLUMNS),
          submission_id: attemptIds.get(attemptKey(row))
        })
    }
  })

  /**
   * Which drafts' ledgers differ: attempts the team store holds later than (or that are
   * missing) here, and team drafts' attempts this computer holds later (written while the
   * server could not be reached).
   */
  async function differing(): Promise<{ behind: string[]; ahead: string[] }> {
    const drafts = new Set(local.drafts.all() as string[])
    const key = (row: Row) => `${String(row['draft_id'])}|${attemptKey(row)}`
    const at = (row: Row | undefined) => (row ? String(row['updated_at']) : undefined)
    const here = new Map((local.attempts.all() as Row[]).map((row) => [key(row), row]))
    const found = await pool.query<Row>(
      'SELECT draft_id, platform, attempt, updated_at FROM submissions'
    )
    const there = new Map(found.rows.map((row) => [key(row), row]))
    const behind = new Set<string>()
    for (const row of found.rows) {
      const mine = at(here.get(key(row)))
      if (drafts.has(String(row['draft_id'])) && (mine === undefined || mine < at(row)!))
        behind.add(String(row['draft_id']))
    }
    const ahead = new Set<string>()
    for (const row of here.values()) {
      const theirs = at(there.get(key(row)))
      if (theirs === undefined || theirs < at(row)!) ahead.add(String(row['draft_id']))
    }
    // Only drafts the team store has: one made here before switching keeps its ledger here.
    const known = await pool.query<{ id: string }>('SELECT id FROM drafts WHERE id = ANY($1)', [
      [...ahead]
    ])
    return { behind: [...behind], ahead: known.rows.map((row) => row.id) }
  }

  async function bringOne(draftId: string): Promise<void> {
    writeLocal.immediate(draftId, await serverLedger(pool, draftId, cipher))
  }

  async function publish(draftId: string): Promise<void> {
    const here = localLedger(draftId)
    if (here.exports.length === 0 && here.submissions.length === 0) return
    const onTeam = await inTransaction(pool, async (client) => {
      // One publisher per draft at a time: two would both find a row missing and add it twice.
      await client.query("SELECT pg_advisory_xact_lock(hashtext('kaitong.ledger:' || $1))", [
        draftId
      ])
      const known = await client.query('SELECT 1 FROM drafts WHERE id = $1', [draftId])
      // A draft only this computer has (made before switching) keeps its ledger here.
      if (known.rowCount === 0) return false
      // Nothing in plain form to a store that has a key (made since this session joined).
      await requireTeamKey(client, cipher)
      const there = await serverLedger(client, draftId, cipher)
      const exportsThere = new Map(there.exports.map((row) => [exportKey(row), row['id']]))
      const exportIds = new Map<unknown, unknown>()
      // Every step of the ledger adds a bundle or an event: colleagues hear of either.
      let news = false
      for (const row of here.exports) {
        let id = exportsThere.get(exportKey(row))
        if (id === undefined) {
          news = true
          const values = pick(row, EXPORT_COLUMNS)
          values['author'] = row['author'] || operator
          const inserted = await client.query<Row>(
            `INSERT INTO exports (${EXPORT_COLUMNS.join(', ')})
             VALUES (${placeholders(EXPORT_COLUMNS.length)}) RETURNING id`,
            EXPORT_COLUMNS.map((column) => values[column])
          )
          id = inserted.rows[0]!['id']
        }
        exportIds.set(row['id'], id)
      }
      for (const row of here.submissions) {
        const values = sealed('submissions', {
          ...pick(row, SUBMISSION_COLUMNS),
          export_id: row['export_id'] === null ? null : (exportIds.get(row['export_id']) ?? null),
          author: row['author'] || operator
        })
        await client.query(
          `INSERT INTO submissions (${SUBMISSION_COLUMNS.join(', ')})
           VALUES (${placeholders(SUBMISSION_COLUMNS.length)}) ${UPSERT_TAIL('submissions')}`,
          SUBMISSION_COLUMNS.map((column) => values[column])
        )
      }
      const attempts = await client.query<Row>(
        'SELECT id, platform, attempt FROM submissions WHERE draft_id = $1',
        [draftId]
      )
      const attemptIds = new Map(attempts.rows.map((row) => [attemptKey(row), row['id']]))
      const eventsThere = new Set(there.events.map(eventKey))
      for (const row of here.events) {
        if (eventsThere.has(eventKey(row))) continue
        news = true
        const values = sealed('submission_events', {
          ...pick(row, EVENT_COLUMNS),
          submission_id: attemptIds.get(attemptKey(row)),
          author: row['author'] || operator
        })
        await client.query(
          `INSERT INTO submission_events (${EVENT_COLUMNS.join(', ')})
           VALUES (${placeholders(EVENT_COLUMNS.length)})`,
          EVENT_COLUMNS.map((column) => values[column])
        )
      }
      if (news)
        await announce(client, {
          id: draftId,
          revision: 0,
          author: operator,
          kind: 'ledger',
          from: session
        })
      return true
    })
    // What this computer wrote is now the operator's on the team store: name it here too.
    if (onTeam) await bringOne(draftId)
  }

  /** Who sent the attempt and when, from the team store's events. */
  async function sender(client: Queryable, submissionId: unknown) {
    const found = await client.query<{ author: string; at: string }>(
      `SELECT author, at FROM submission_events WHERE submission_id = $1
       AND (lifecycle <> 'exported' OR source = 'submit') ORDER BY at, id LIMIT 1`,
      [submissionId]
    )
    const first = found.rows[0]
    return {
      operator: first?.author ?? '',
      at: first ? localDateTime(new Date(first.at)) : ''
    }
  }

  async function claim(submission: Submission): Promise<SendClaim> {
    const { draftId, platform } = submission
    const onTeam = await inTransaction(pool, async (client) => {
      const known = await client.query('SELECT 1 FROM drafts WHERE id = $1', [draftId])
      if (known.rowCount === 0) return false
      // Atomic: a second operator's insert waits for the first's commit, then finds it held.
      const held = await client.query(
        `INSERT INTO submission_claims (draft_id, platform, attempt, operator, session,
           claimed_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, now(), now() + $6 * interval '1 millisecond')
         ON CONFLICT (draft_id, platform) DO UPDATE SET attempt = excluded.attempt,
           operator = excluded.operator, session = excluded.session,
           claimed_at = excluded.claimed_at, expires_at = excluded.expires_at
         WHERE submission_claims.expires_at < now() OR submission_claims.session = excluded.session`,
        [draftId, platform, submission.attempt, operator, session, ttl]
      )
      if (held.rowCount === 0) {
        const holder = await client.query<{ operator: string; claimed_at: Date }>(
          'SELECT operator, claimed_at FROM submission_claims WHERE draft_id = $1 AND platform = $2',
          [draftId, platform]
        )
        const row = holder.rows[0]
        throw new KaitongError('submit.being_sent', {
          platform,
          operator: row?.operator ?? '',
          at: row ? localDateTime(new Date(row.claimed_at)) : ''
        })
      }
      // Held now; sent meanwhile by a colleague (their claim let go after publishing)?
      const latest = await client.query<{ id: number; lifecycle: string }>(
        `SELECT id, lifecycle FROM submissions WHERE draft_id = $1 AND platform = $2
         ORDER BY attempt DESC LIMIT 1`,
        [draftId, platform]
      )
      const there = latest.rows[0]
      if (there && there.lifecycle !== 'exported')
        throw new KaitongError('submit.sent_by', { platform, ...(await sender(client, there.id)) })
      return true
    })
    if (!onTeam) return LOCAL_LEDGER.claim(submission)
    // Steps a colleague's stopped run finished are not sent again.
    await bringOne(draftId)
    const key = [draftId, platform, session]
    return {
      async stepRecorded() {
        await publish(draftId)
        await pool.query(
          `UPDATE submission_claims SET expires_at = now() + $4 * interval '1 millisecond'
           WHERE draft_id = $1 AND platform = $2 AND session = $3`,
          [...key, ttl]
        )
      },
      async release() {
        try {
          await publish(draftId)
        } finally {
          await pool.query(
            'DELETE FROM submission_claims WHERE draft_id = $1 AND platform = $2 AND session = $3',
            key
          )
        }
      }
    }
  }

  return {
    async bring(draftId) {
      if (draftId) return bringOne(draftId)
      const { behind, ahead } = await differing()
      for (const id of ahead) await publish(id)
      for (const id of behind) await bringOne(id)
    },
    publish,
    claim
  }
}

function pick(row: Row, columns: readonly string[]): Row {
  return Object.fromEntries(columns.map((column) => [column, row[column]]))
}

/**
 * The ledger share of the store chosen in Settings: nothing to share on the local file; on
 * the team store, its ledger while it answers. Offline, bringing and publishing wait for the
 * next write (publishing sends everything the team store lacks), and sending is refused: no
 * one could tell whether a colleague is sending the same application.
 */
export function sessionLedger(team: Pick<TeamSession, 'status' | 'online' | 'start'>): LedgerShare {
  let shared: { source: LedgerShare; ledger: LedgerShare } | undefined
  // The first use waits for the connection made at start (a CLI command runs right away).
  let started: Promise<void> | undefined
  const current = async (): Promise<LedgerShare | undefined> => {
    if (team.status().mode === 'local') return undefined
    if (!team.online()) await (started ??= team.start())
    const online = team.online()
    if (!online) return undefined
    if (shared?.source !== online.ledger)
      shared = { source: online.ledger, ledger: failingAs(online.ledger, online.failure) }
    return shared.ledger
  }
  return {
    bring: async (draftId) => (await current())?.bring(draftId).catch(() => undefined),
    publish: async (draftId) => (await current())?.publish(draftId).catch(() => undefined),
    async claim(submission) {
      if (team.status().mode === 'local') return LOCAL_LEDGER.claim(submission)
      const ledger = await current()
      if (!ledger) throw new KaitongError('submit.team_offline')
      return ledger.claim(submission)
    }
  }
}

/** Driver errors as the messages a user can act on (server unreachable, password refused). */
function failingAs(ledger: LedgerShare, failure: (error: unknown) => unknown): LedgerShare {
  const translate = (error: unknown) => {
    throw failure(error)
  }
  return {
    bring: (draftId) => ledger.bring(draftId).catch(translate),
    publish: (draftId) => ledger.publish(draftId).catch(translate),
    claim: async (submission) => {
      const held = await ledger.claim(submission).catch(translate)
      return {
        stepRecorded: () => held.stepRecorded().catch(translate),
        release: () => held.release().catch(translate)
      }
    }
  }
}
