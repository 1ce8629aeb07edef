import type { WritableDb } from '../connection'

/**
 * The submission ledger: one row per draft × platform × attempt with the platform's ids, its
 * own state, the common lifecycle, the reasons and links it gave, and every change as an
 * event with its source and raw answer. Replaces 0004's per-export outline, which nothing
 * ever wrote to.
 */
export default function up(db: WritableDb): void {
  db.exec(`
    DROP TABLE submissions;
    CREATE TABLE submissions (
      id INTEGER PRIMARY KEY,
      draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
      platform TEXT NOT NULL,
      attempt INTEGER NOT NULL CHECK (attempt >= 1),
      export_id INTEGER REFERENCES exports(id) ON DELETE SET NULL,
      revision INTEGER NOT NULL,
      bundle_sha256 TEXT NOT NULL DEFAULT '',
      licence_code TEXT NOT NULL DEFAULT '',
      ids TEXT NOT NULL DEFAULT '{}',
      platform_state TEXT NOT NULL DEFAULT '',
      lifecycle TEXT NOT NULL,
      action TEXT,
      reasons TEXT NOT NULL DEFAULT '[]',
      links TEXT NOT NULL DEFAULT '[]',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (draft_id, platform, attempt)
    ) STRICT;
    CREATE INDEX submissions_by_lifecycle ON submissions(lifecycle, updated_at);
    CREATE INDEX submissions_by_licence ON submissions(licence_code, platform);

    CREATE TABLE submission_events (
      id INTEGER PRIMARY KEY,
      submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      source TEXT NOT NULL,
      lifecycle TEXT NOT NULL,
      platform_state TEXT NOT NULL DEFAULT '',
      request_id TEXT NOT NULL DEFAULT '',
      raw TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX submission_events_by_submission ON submission_events(submission_id, at);
  `)
}
