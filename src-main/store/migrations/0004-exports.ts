import type { WritableDb } from '../connection'

/** Every bundle written, and what happened after it was submitted. */
export default function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE exports (
      id INTEGER PRIMARY KEY,
      draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      platform TEXT NOT NULL,
      revision INTEGER NOT NULL,
      path TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      bytes INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX exports_by_draft ON exports(draft_id, created_at DESC);

    CREATE TABLE submissions (
      id INTEGER PRIMARY KEY,
      export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,
      reference_id TEXT NOT NULL DEFAULT '',
      state TEXT NOT NULL,
      reasons TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    ) STRICT;
  `)
}
