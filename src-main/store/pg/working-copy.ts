import { canonicalJson, type DraftContent } from '../../domain/draft'
import type { WritableDb } from '../connection'
import { sha256Hex } from '../content-hash'
import type { Draft } from '../drafts'

/**
 * The local SQLite file as the team store's working copy: every draft the team store
 * answers with is written here under the team's revision number, so the portfolio list,
 * pictures, bundles and the ledger keep working from the local file, and the open draft
 * stays editable while the server is away.
 */
export function createWorkingCopy(db: WritableDb) {
  const upsertMerchant = db.prepare(
    `INSERT INTO merchants (id, display_name, created_at) VALUES (?, ?, ?)
     ON CONFLICT(id) DO NOTHING`
  )
  // Never backwards: a slower answer must not replace a later revision already here.
  const upsertDraft = db.prepare(
    `INSERT INTO drafts (id, merchant_id, title, content, revision, created_at, updated_at)
     VALUES (@id, @merchantId, @title, @content, @revision, @createdAt, @updatedAt)
     ON CONFLICT(id) DO UPDATE SET title = excluded.title, content = excluded.content,
       revision = excluded.revision, updated_at = excluded.updated_at
     WHERE drafts.revision <= excluded.revision`
  )
  const upsertRevision = db.prepare(
    `INSERT INTO draft_revisions (draft_id, revision, content, content_sha256, created_at, sealed)
     VALUES (?, ?, ?, ?, ?, 1)
     ON CONFLICT(draft_id, revision) DO UPDATE SET content = excluded.content,
       content_sha256 = excluded.content_sha256, created_at = excluded.created_at, sealed = 1`
  )
  const updateContent = db.prepare('UPDATE drafts SET content = ?, updated_at = ? WHERE id = ?')
  const selectRevision = db.prepare('SELECT revision FROM drafts WHERE id = ?').pluck()
  const selectMerchant = db.prepare('SELECT merchant_id FROM drafts WHERE id = ?').pluck()
  const selectSummary = db.prepare('SELECT merchant_id, title, created_at FROM drafts WHERE id = ?')
  const deleteDraft = db.prepare('DELETE FROM drafts WHERE id = ?')
  const deleteMerchant = db.prepare(
    'DELETE FROM merchants WHERE id = ? AND NOT EXISTS (SELECT 1 FROM drafts WHERE merchant_id = ?)'
  )

  const mirrorOne = (draft: Draft) => {
    const json = canonicalJson(draft.content)
    upsertMerchant.run(draft.merchantId, draft.title, draft.createdAt)
    upsertDraft.run({ ...draft, content: json })
    if ((selectRevision.get(draft.id) as number) === draft.revision)
      upsertRevision.run(draft.id, draft.revision, json, sha256Hex(json), draft.updatedAt)
  }
  const mirror = db.transaction((drafts: readonly Draft[]) => drafts.forEach(mirrorOne))

  const forget = db.transaction((id: string) => {
    const merchant = selectMerchant.get(id) as string | undefined
    if (merchant === undefined) return
    deleteDraft.run(id)
    deleteMerchant.run(merchant, merchant)
  })

  return {
    /** Writes the team's draft here (title, content and revision), unless this copy is newer. */
    mirror: (draft: Draft): void => mirror.immediate([draft]),
    /** Many drafts in one transaction (joining a team store). */
    mirrorAll: (drafts: readonly Draft[]): void => mirror.immediate(drafts),
    /**
     * This operator's own save, stored as sent (nothing merged in): no need to ask the team
     * store for it again. False when the draft is not here.
     */
    recordSave(id: string, content: DraftContent, revision: number, at: string): boolean {
      const row = selectSummary.get(id) as
        { merchant_id: string; title: string; created_at: string } | undefined
      if (!row) return false
      const draft = { id, merchantId: row.merchant_id, title: row.title, createdAt: row.created_at }
      mirror.immediate([{ ...draft, content, revision, updatedAt: at }])
      return true
    },
    /** The team revision this copy holds, or undefined when the draft is not here. */
    revisionOf: (id: string): number | undefined => selectRevision.get(id) as number | undefined,
    /** Content typed while the server was away: kept here, the revision stays the team's. */
    keepOffline(id: string, content: DraftContent, at: string): void {
      updateContent.run(canonicalJson(content), at, id)
    },
    /** Another operator deleted the draft. */
    forget: (id: string): void => forget.immediate(id)
  }
}

export type WorkingCopy = ReturnType<typeof createWorkingCopy>
