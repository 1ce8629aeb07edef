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
    `INSERT INTO draft_revisions (draft_id, revision, content, content_sha256, created_at)
     VALUES (?, ?, ?, ?, ?)`
  )
  const selectOne = db.prepare('SELECT * FROM drafts WHERE id = ?')
  const selectAll = db.prepare(
    `SELECT id, merchant_id, title, revision, created_at, updated_at
     FROM drafts ORDER BY updated_at DESC, id`
  )
  const latestRevision = db.prepare(
    `SELECT revision, content_sha256 FROM draft_revisions
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
      insertRevision.run(id, 1, json, sha256Hex(json), now)
      return rowToDraft(require(id))
    }
  )

  const saveContent = writeTransaction(db, (id: string, content: DraftContent): SaveOutcome => {
    const current = require(id)
    const now = clock.now().toISOString()
    const json = canonicalJson(content)
    const hash = sha256Hex(json)
    const last = latestRevision.get(id) as { revision: number; content_sha256: string }
    // Unchanged content is not a change: the draft keeps its "last modified" time.
    if (last.content_sha256 === hash) {
      return { revision: last.revision, savedAt: current.updated_at, changed: false }
    }
    const revision = last.revision + 1
    insertRevision.run(id, revision, json, hash, now)
    updateContent.run(json, revision, now, id)
    return { revision, savedAt: now, changed: true }
  })

  const remove = writeTransaction(db, (id: string) => {
    const row = require(id)
    deleteDraft.run(id)
    deleteMerchant.run(row.merchant_id, row.merchant_id)
  })

  return {
    create,
    saveContent,
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
