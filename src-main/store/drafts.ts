import { randomUUID } from 'node:crypto'
import { KaitongError } from '../api/result'
import { canonicalJson, DraftContent, emptyDraftContent } from '../domain/draft'
import type { WritableDb } from './connection'
import { sha256Hex } from './content-hash'
import { createMerchantsRepo } from './merchants'
import { writeTransaction } from './write-transaction'

export interface DraftSummary {
  id: string
  merchantId: string
  title: string
  revision: number
  createdAt: string
  updatedAt: string
}

export interface Draft extends DraftSummary {
  content: DraftContent
}

export interface SaveOutcome {
  revision: number
  savedAt: string
  changed: boolean
}

export interface SaveOptions {
  /** Seal the revision after this save: the merchant left a step. */
  checkpoint?: boolean
}

/** A pause this long ends a sitting: the next change starts a new revision. */
export const REVISION_IDLE_MS = 2 * 60_000
/** A revision open this long is sealed even while the merchant keeps typing. */
export const REVISION_SPAN_MS = 10 * 60_000
/** The shape check's size cap: far above any real draft (≈ 20 KB), below what hurts a save. */
export const DRAFT_CONTENT_MAX_CHARS = 4_000_000

export interface StoredRevision {
  revision: number
  createdAt: string
  sealed: boolean
  content: DraftContent
}

interface LatestRevisionRow {
  revision: number
  created_at: string
  sealed: 0 | 1
}

export interface RevisionInfo {
  revision: number
  createdAt: string
  contentSha256: string
}

export interface DraftRow {
  id: string
  merchant_id: string
  title: string
  content: string
  revision: number
  created_at: string
  updated_at: string
}

export function rowToSummary(row: Omit<DraftRow, 'content'>): DraftSummary {
  return {
    id: row.id,
    merchantId: row.merchant_id,
    title: row.title,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

/**
 * Stored content is parsed through the schema on the way out, so a draft written by an
 * older version comes back with today's defaults filled in.
 */
export function rowToDraft(row: DraftRow): Draft {
  return { ...rowToSummary(row), content: DraftContent.parse(JSON.parse(row.content)) }
}

export interface Clock {
  now(): Date
}
const systemClock: Clock = { now: () => new Date() }

export function createDraftsRepo(db: WritableDb, clock: Clock = systemClock) {
  const merchants = createMerchantsRepo(db)
  const insertDraft = db.prepare(
    `INSERT INTO drafts (id, merchant_id, title, content, revision, created_at, updated_at)
     VALUES (@id, @merchantId, @title, @content, 1, @now, @now)`
  )
  const insertRevision = db.prepare(
    `INSERT INTO draft_revisions (draft_id, revision, content, content_sha256, created_at, sealed)
     VALUES (?, ?, ?, ?, ?, ?)`
  )
  const rewriteRevision = db.prepare(
    `UPDATE draft_revisions SET content = ?, content_sha256 = ?, sealed = ?
     WHERE draft_id = ? AND revision = ?`
  )
  const sealRevision = db.prepare(
    'UPDATE draft_revisions SET sealed = 1 WHERE draft_id = ? AND revision = ?'
  )
  const deleteOlderRevisions = db.prepare(
    'DELETE FROM draft_revisions WHERE draft_id = ? AND revision < ?'
  )
  const selectOne = db.prepare('SELECT * FROM drafts WHERE id = ?')
  const selectAll = db.prepare(
    `SELECT id, merchant_id, title, revision, created_at, updated_at
     FROM drafts ORDER BY updated_at DESC, id`
  )
  const latestRevision = db.prepare(
    `SELECT revision, created_at, sealed FROM draft_revisions
     WHERE draft_id = ? ORDER BY revision DESC LIMIT 1`
  )
  const updateContent = db.prepare(
    'UPDATE drafts SET content = ?, revision = ?, updated_at = ? WHERE id = ?'
  )
  const updateTitle = db.prepare('UPDATE drafts SET title = ?, updated_at = ? WHERE id = ?')
  const deleteDraft = db.prepare('DELETE FROM drafts WHERE id = ?')
  const deleteMerchant = db.prepare(
    'DELETE FROM merchants WHERE id = ? AND NOT EXISTS (SELECT 1 FROM drafts WHERE merchant_id = ?)'
  )
  const selectRevisions = db.prepare(
    `SELECT revision, created_at, content_sha256 FROM draft_revisions
     WHERE draft_id = ? ORDER BY revision DESC`
  )
  const selectHistory = db.prepare(
    `SELECT revision, created_at, sealed, content FROM draft_revisions
     WHERE draft_id = ? ORDER BY revision`
  )
  const selectRevision = db.prepare(
    'SELECT content, created_at FROM draft_revisions WHERE draft_id = ? AND revision = ?'
  )

  function require(id: string): DraftRow {
    const row = selectOne.get(id) as DraftRow | undefined
    if (!row) throw new KaitongError('drafts.not_found', { id })
    return row
  }

  const create = writeTransaction(
    db,
    (title: string, content: DraftContent = emptyDraftContent()) => {
      const now = clock.now().toISOString()
      const id = randomUUID()
      const merchantId = randomUUID()
      const json = canonicalJson(content)
      merchants.create(merchantId, title, now)
      insertDraft.run({ id, merchantId, title, content: json, now })
      insertRevision.run(id, 1, json, sha256Hex(json), now, 0)
      return rowToDraft(require(id))
    }
  )

  /**
   * Stores the content. The newest revision is open: a plain save rewrites it in place, so
   * one sitting is one revision. It is sealed, and the next change starts a new one, when
   * the draft rested REVISION_IDLE_MS, when it has been open REVISION_SPAN_MS, and on a
   * checkpoint (leaving a step, export).
   */
  const saveContent = writeTransaction(
    db,
    (id: string, content: DraftContent, options: SaveOptions = {}): SaveOutcome => {
      const current = require(id)
      const json = canonicalJson(content)
      if (json.length > DRAFT_CONTENT_MAX_CHARS) {
        throw new KaitongError('drafts.too_large', { max: DRAFT_CONTENT_MAX_CHARS })
      }
      const last = latestRevision.get(id) as LatestRevisionRow
      // Unchanged content is not a change: the draft keeps its "last modified" time.
      if (json === current.content) {
        if (options.checkpoint) sealRevision.run(id, last.revision)
        return { revision: last.revision, savedAt: current.updated_at, changed: false }
      }
      const at = clock.now()
      const now = at.toISOString()
      const hash = sha256Hex(json)
      const rested = at.getTime() - Date.parse(current.updated_at) >= REVISION_IDLE_MS
      const spanned = at.getTime() - Date.parse(last.created_at) >= REVISION_SPAN_MS
      let revision = last.revision
      if (last.sealed || rested || spanned) {
        revision += 1
        insertRevision.run(id, revision, json, hash, now, options.checkpoint ? 1 : 0)
      } else {
        rewriteRevision.run(json, hash, options.checkpoint ? 1 : 0, id, revision)
      }
      updateContent.run(json, revision, now, id)
      return { revision, savedAt: now, changed: true }
    }
  )

  /** Seals the newest revision, so what it holds stays as it is (export, leaving a step). */
  const checkpoint = writeTransaction(db, (id: string): number => {
    require(id)
    const last = latestRevision.get(id) as LatestRevisionRow
    sealRevision.run(id, last.revision)
    return last.revision
  })

  /** Puts revision `revision`'s content back as a new, sealed revision; the history stays. */
  const restore = writeTransaction(db, (id: string, revision: number): Draft => {
    require(id)
    const source = selectRevision.get(id, revision) as { content: string } | undefined
    if (!source) throw new KaitongError('drafts.revision_not_found', { id, revision })
    const last = latestRevision.get(id) as LatestRevisionRow
    const now = clock.now().toISOString()
    const next = last.revision + 1
    sealRevision.run(id, last.revision)
    insertRevision.run(id, next, source.content, sha256Hex(source.content), now, 1)
    updateContent.run(source.content, next, now, id)
    return rowToDraft(require(id))
  })

  /** Forgets every revision but the newest, which holds the current content. */
  const purgeHistory = writeTransaction(db, (id: string): { removed: number; revision: number } => {
    require(id)
    const last = latestRevision.get(id) as LatestRevisionRow
    const { changes } = deleteOlderRevisions.run(id, last.revision)
    return { removed: changes, revision: last.revision }
  })

  const remove = writeTransaction(db, (id: string) => {
    const row = require(id)
    deleteDraft.run(id)
    deleteMerchant.run(row.merchant_id, row.merchant_id)
  })

  return {
    create,
    saveContent,
    checkpoint,
    restore,
    purgeHistory,
    remove,
    get(id: string): Draft {
      return rowToDraft(require(id))
    },
    list(): DraftSummary[] {
      return (selectAll.all() as Omit<DraftRow, 'content'>[]).map(rowToSummary)
    },
    rename(id: string, title: string): DraftSummary {
      require(id)
      updateTitle.run(title, clock.now().toISOString(), id)
      return rowToSummary(require(id))
    },
    revisions(id: string): RevisionInfo[] {
      require(id)
      return (
        selectRevisions.all(id) as {
          revision: number
          created_at: string
          content_sha256: string
        }[]
      ).map((row) => ({
        revision: row.revision,
        createdAt: row.created_at,
        contentSha256: row.content_sha256
      }))
    },
    /** Every revision with its content, oldest first (the history view compares neighbours). */
    history(id: string): StoredRevision[] {
      require(id)
      return (
        selectHistory.all(id) as {
          revision: number
          created_at: string
          sealed: 0 | 1
          content: string
        }[]
      ).map((row) => ({
        revision: row.revision,
        createdAt: row.created_at,
        sealed: row.sealed === 1,
        content: DraftContent.parse(JSON.parse(row.content))
      }))
    },
    revision(id: string, revision: number): { content: DraftContent; createdAt: string } {
      const row = selectRevision.get(id, revision) as
        { content: string; created_at: string } | undefined
      if (!row) throw new KaitongError('drafts.revision_not_found', { id, revision })
      return {
        content: DraftContent.parse(JSON.parse(row.content)),
        createdAt: row.created_at
      }
    }
  }
}

export type DraftsRepo = ReturnType<typeof createDraftsRepo>
