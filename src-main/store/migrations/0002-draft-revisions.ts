import type { WritableDb } from '../connection'
import { sha256Hex } from '../content-hash'

/**
 * Append-only history. Drafts that existed before this version get their current content
 * as revision 1, so every draft has at least one revision.
 */
export default function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE draft_revisions (
      draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      revision INTEGER NOT NULL,
      content TEXT NOT NULL,
      content_sha256 TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (draft_id, revision)
    ) STRICT;

    ALTER TABLE drafts ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
  `)
  const drafts = db.prepare('SELECT id, content, updated_at FROM drafts').all() as {
    id: string
    content: string
    updated_at: string
  }[]
  const insert = db.prepare(
    `INSERT INTO draft_revisions (draft_id, revision, content, content_sha256, created_at)
     VALUES (?, 1, ?, ?, ?)`
  )
  const bump = db.prepare('UPDATE drafts SET revision = 1 WHERE id = ?')
  for (const draft of drafts) {
    insert.run(draft.id, draft.content, sha256Hex(draft.content), draft.updated_at)
    bump.run(draft.id)
  }
}
