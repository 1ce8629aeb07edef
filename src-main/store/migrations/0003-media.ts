import type { WritableDb } from '../connection'

/** Content-addressed originals, which drafts use them, and normalised variants per spec. */
export default function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE media (
      sha256 TEXT PRIMARY KEY,
      mime TEXT NOT NULL,
      width INTEGER NOT NULL,
      height INTEGER NOT NULL,
      bytes INTEGER NOT NULL,
      original_name TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE draft_media (
      draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      sha256 TEXT NOT NULL REFERENCES media(sha256),
      PRIMARY KEY (draft_id, sha256)
    ) STRICT;

    CREATE TABLE media_variants (
      source_sha256 TEXT NOT NULL REFERENCES media(sha256) ON DELETE CASCADE,
      spec_key TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      mime TEXT NOT NULL,
      width INTEGER NOT NULL,
      height INTEGER NOT NULL,
      bytes INTEGER NOT NULL,
      PRIMARY KEY (source_sha256, spec_key)
    ) STRICT;
  `)
}
