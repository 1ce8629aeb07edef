import { randomUUID } from 'node:crypto'
import type pg from 'pg'
import { KaitongError } from '../../api/result'
import { canonicalJson, DraftContent, emptyDraftContent } from '../../domain/draft'
import { sha256Hex } from '../content-hash'
import { rowToDraft, rowToSummary, type Draft, type DraftRow } from '../drafts'
import { resolveSave, type DraftsPort, type MergedSaveOutcome } from '../port'
import { requireTeamKey, type TeamCipher } from './team-cipher'

const SUMMARY_COLUMNS = 'id, merchant_id, title, revision, created_at, updated_at'

/** Runs `fn` in one transaction on one pooled connection. */
export async function inTransaction<R>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<R>
): Promise<R> {
  const client = await pool.connect()
  // A connection lost mid-transaction is reported through the failing query; without a
  // listener the client's own 'error' event would crash the process.
  const ignore = () => undefined
  client.on('error', ignore)
  let broken = false
  try {
    await client.query('BEGIN')
    const result = await fn(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => (broken = true))
    throw error
  } finally {
    client.off('error', ignore)
    // A broken connection is closed rather than handed to the next caller.
    client.release(broken)
  }
}

/** The channel every change to a draft on the team store is announced on (LISTEN/NOTIFY). */
export const DRAFTS_CHANNEL = 'kaitong_drafts'

export interface DraftChange {
  id: string
  revision: number
  /** The operator who made the change. */
  author: string
  /**
   * 'editing': an operator has the draft open (sent now and then while it stays open);
   * 'ledger': an operator exported, sent or marked it (the shared ledger has new steps).
   */
  kind: 'saved' | 'deleted' | 'editing' | 'ledger'
  /** The app session that made the change, so it does not hear itself. */
  from?: string
}

/** Sent inside the transaction: PostgreSQL delivers it only if the change commits. */
export async function announce(
  client: pg.ClientBase | pg.Pool,
  change: DraftChange
): Promise<void> {
  await client.query('SELECT pg_notify($1, $2)', [DRAFTS_CHANNEL, JSON.stringify(change)])
}

/** A drafts row as the team store holds it, read with the team key (if the store has one). */
export function draftOf(row: DraftRow, cipher: TeamCipher | undefined): Draft {
  return rowToDraft(cipher ? { ...row, content: cipher.openContent(row.content) } : row)
}

/**
 * Drafts and their history on the team store. A save locks the draft's row (FOR UPDATE), so
 * two operators saving at once are ordered, and the second is checked against the first.
 * Every revision records the operator who saved it. With a team key (`cipher`) the personal
 * values are sealed on the way in and opened on the way out, so the merge and conflict logic
 * sees plain drafts and the server ciphertext; `content_sha256` is the plain content's hash.
 */
export function pgDraftsPort(
  pool: pg.Pool,
  operator: string,
  now: () => Date = () => new Date(),
  /** Names the sending app session in each announcement, so it does not hear itself. */
  origin?: string,
  /** The unlocked team key; absent for a team store that has none. */
  cipher?: TeamCipher
): DraftsPort {
  const from = origin === undefined ? {} : { from: origin }
  const stored = (json: string) => (cipher ? cipher.sealContent(json) : json)
  const plain = (content: string) => (cipher ? cipher.openContent(content) : content)
  async function require(
    client: pg.Pool | pg.PoolClient,
    id: string,
    lock = false
  ): Promise<DraftRow> {
    const found = await client.query<DraftRow>(
      `SELECT * FROM drafts WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id]
    )
    const row = found.rows[0]
    if (!row) throw new KaitongError('drafts.not_found', { id })
    return row
  }

  async function contentAt(client: pg.Pool | pg.PoolClient, id: string, revision: number) {
    const found = await client.query<{ content: string; created_at: string }>(
      'SELECT content, created_at FROM draft_revisions WHERE draft_id = $1 AND revision = $2',
      [id, revision]
    )
    const row = found.rows[0]
    if (!row) throw new KaitongError('drafts.revision_not_found', { id, revision })
    return {
      content: DraftContent.parse(JSON.parse(plain(row.content))),
      createdAt: row.created_at
    }
  }

  /** Appends revision current + 1 and makes it the draft's content. */
  async function append(client: pg.PoolClient, id: string, current: number, json: string) {
    const at = now().toISOString()
    const revision = current + 1
    const sealed = stored(json)
    await client.query(
      `INSERT INTO draft_revisions (draft_id, revision, content, content_sha256, created_at, author)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, revision, sealed, sha256Hex(json), at, operator]
    )
    await client.query(
      'UPDATE drafts SET content = $1, revision = $2, updated_at = $3 WHERE id = $4',
      [sealed, revision, at, id]
    )
    await announce(client, { id, revision, author: operator, kind: 'saved', ...from })
    return { revision, at }
  }

  return {
    create: (title, content = emptyDraftContent()) =>
      inTransaction(pool, async (client) => {
        await requireTeamKey(client, cipher)
        const at = now().toISOString()
        const id = randomUUID()
        const merchantId = randomUUID()
        const json = canonicalJson(content)
        const sealed = stored(json)
        await client.query(
          'INSERT INTO merchants (id, display_name, created_at) VALUES ($1, $2, $3)',
          [merchantId, title, at]
        )
        await client.query(
          `INSERT INTO drafts (id, merchant_id, title, content, revision, created_at, updated_at)
           VALUES ($1, $2, $3, $4, 1, $5, $5)`,
          [id, merchantId, title, sealed, at]
        )
        await client.query(
          `INSERT INTO draft_revisions (draft_id, revision, content, content_sha256, created_at, author)
           VALUES ($1, 1, $2, $3, $4, $5)`,
          [id, sealed, sha256Hex(json), at, operator]
        )
        await announce(client, { id, revision: 1, author: operator, kind: 'saved', ...from })
        return draftOf(await require(client, id), cipher)
      }),

    get: async (id) => draftOf(await require(pool, id), cipher),

    list: async () =>
      (
        await pool.query<Omit<DraftRow, 'content'>>(
          `SELECT ${SUMMARY_COLUMNS} FROM drafts ORDER BY updated_at DESC, id`
        )
      ).rows.map(rowToSummary),

    save: (id, request) =>
      inTransaction(pool, async (client): Promise<MergedSaveOutcome> => {
        await requireTeamKey(client, cipher)
        const current = await require(client, id, true)
        const contents = new Map<number, DraftContent>()
        if (request.baseRevision !== undefined && request.baseRevision !== current.revision) {
          for (const n of [request.baseRevision, current.revision])
            contents.set(n, (await contentAt(client, id, n)).content)
        }
        const resolved = resolveSave(request, current.revision, (n) => {
          const found = contents.get(n)
          if (!found) throw new KaitongError('drafts.revision_not_found', { id, revision: n })
          return found
        })
        if ('conflict' in resolved) throw resolved.conflict
        const json = canonicalJson(resolved.content)
        const last = await client.query<{ content_sha256: string }>(
          'SELECT content_sha256 FROM draft_revisions WHERE draft_id = $1 AND revision = $2',
          [id, current.revision]
        )
        // Unchanged content is not a change: the draft keeps its "last modified" time.
        if (last.rows[0]?.content_sha256 === sha256Hex(json))
          return {
            revision: current.revision,
            savedAt: current.updated_at,
            changed: false,
            mergedFromOthers: resolved.mergedFromOthers
          }
        const { revision, at } = await append(client, id, current.revision, json)
        return { revision, savedAt: at, changed: true, mergedFromOthers: resolved.mergedFromOthers }
      }),

    rename: (id, title) =>
      inTransaction(pool, async (client) => {
        await require(client, id, true)
        await client.query('UPDATE drafts SET title = $1, updated_at = $2 WHERE id = $3', [
          title,
          now().toISOString(),
          id
        ])
        const row = await require(client, id)
        await announce(client, {
          id,
          revision: row.revision,
          author: operator,
          kind: 'saved',
          ...from
        })
        return rowToSummary(row)
      }),

    remove: (id) =>
      inTransaction(pool, async (client) => {
        const row = await require(client, id, true)
        await client.query('DELETE FROM drafts WHERE id = $1', [id])
        await client.query(
          `DELETE FROM merchants WHERE id = $1
           AND NOT EXISTS (SELECT 1 FROM drafts WHERE merchant_id = $1)`,
          [row.merchant_id]
        )
        await announce(client, {
          id,
          revision: row.revision,
          author: operator,
          kind: 'deleted',
          ...from
        })
      }),

    revisions: async (id) => {
      await require(pool, id)
      const found = await pool.query<{
        revision: number
        created_at: string
        content_sha256: string
        author: string
      }>(
        `SELECT revision, created_at, content_sha256, author FROM draft_revisions
         WHERE draft_id = $1 ORDER BY revision DESC`,
        [id]
      )
      return found.rows.map((row) => ({
        revision: row.revision,
        createdAt: row.created_at,
        contentSha256: row.content_sha256,
        author: row.author
      }))
    },

    revision: (id, revision) => contentAt(pool, id, revision),

    history: async (id) => {
      await require(pool, id)
      const found = await pool.query<{
        revision: number
        created_at: string
        author: string
        sealed: number
        content: string
      }>(
        `SELECT revision, created_at, author, sealed, content FROM draft_revisions
         WHERE draft_id = $1 ORDER BY revision`,
        [id]
      )
      return found.rows.map((row) => ({
        revision: row.revision,
        createdAt: row.created_at,
        author: row.author,
        sealed: row.sealed === 1,
        content: DraftContent.parse(JSON.parse(plain(row.content)))
      }))
    },

    restore: (id, revision) =>
      inTransaction(pool, async (client) => {
        await requireTeamKey(client, cipher)
        const current = await require(client, id, true)
        const { content } = await contentAt(client, id, revision)
        await append(client, id, current.revision, canonicalJson(content))
        return draftOf(await require(client, id), cipher)
      })
  }
}
