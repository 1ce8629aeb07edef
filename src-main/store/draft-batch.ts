import type { DraftContent } from '../domain/draft'
import type { WritableDb } from './connection'
import type { Draft, DraftsRepo } from './drafts'
import { writeTransaction } from './write-transaction'

/** Draft writes that must happen together or not at all: a copy, a bulk delete. */
export function createDraftBatch(db: WritableDb, drafts: DraftsRepo) {
  const copyMediaLinks = db.prepare(
    `INSERT INTO draft_media (draft_id, sha256)
     SELECT ?, sha256 FROM draft_media WHERE draft_id = ? ON CONFLICT DO NOTHING`
  )
  // The copy uses the same pictures: linked to both, deleting either draft keeps them.
  const copy = writeTransaction(
    db,
    (sourceId: string, title: string, content: DraftContent): Draft => {
      const created = drafts.create(title, content)
      copyMediaLinks.run(created.id, sourceId)
      return created
    }
  )
  // An unknown id throws inside the transaction, so a wrong list deletes nothing.
  const removeAll = writeTransaction(db, (ids: readonly string[]): number => {
    for (const id of ids) drafts.remove(id)
    return ids.length
  })
  return {
    copy,
    removeAll: (ids: readonly string[]): number => removeAll([...new Set(ids)])
  }
}

export type DraftBatch = ReturnType<typeof createDraftBatch>
