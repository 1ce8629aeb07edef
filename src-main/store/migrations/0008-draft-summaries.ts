import type { WritableDb } from '../connection'

/**
 * The drafts list's own tables, so listing, searching and filtering 10,000 drafts never
 * reads a draft's content: one summary row per draft (with each target platform's counts,
 * and bit masks of the targets for filters that stay column tests), and a trigram index of
 * each draft's search text (names, codes, contact, their pinyin).
 *
 * Triggers add a stale summary for each new draft and mark a summary stale when its draft
 * changes, whoever writes it (app, CLI, import); the summaries repo recomputes stale rows
 * (title and times included) before it answers a list call, never on the save itself. An
 * autosave of a draft already stale writes nothing more than the save.
 * `id` is an explicit INTEGER PRIMARY KEY so the search index's rowids survive VACUUM.
 */
export default function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE draft_summaries (
      id INTEGER PRIMARY KEY,
      draft_id TEXT NOT NULL UNIQUE REFERENCES drafts(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      revision INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      stale INTEGER NOT NULL DEFAULT 1,
      merchant_name TEXT NOT NULL DEFAULT '',
      short_name TEXT NOT NULL DEFAULT '',
      store_name TEXT NOT NULL DEFAULT '',
      uscc TEXT NOT NULL DEFAULT '',
      contact_name TEXT NOT NULL DEFAULT '',
      name_key TEXT NOT NULL DEFAULT '',
      met INTEGER NOT NULL DEFAULT 0,
      total INTEGER NOT NULL DEFAULT 0,
      completeness INTEGER NOT NULL DEFAULT 0,
      due INTEGER NOT NULL DEFAULT 0,
      errors INTEGER NOT NULL DEFAULT 0,
      ready INTEGER NOT NULL DEFAULT 0,
      targets TEXT NOT NULL DEFAULT '[]',
      target_mask INTEGER NOT NULL DEFAULT 0,
      due_mask INTEGER NOT NULL DEFAULT 0,
      error_mask INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX draft_summaries_by_updated ON draft_summaries(updated_at);
    CREATE INDEX draft_summaries_by_name ON draft_summaries(name_key);
    CREATE INDEX draft_summaries_by_completeness ON draft_summaries(completeness);
    CREATE INDEX draft_summaries_stale ON draft_summaries(id) WHERE stale = 1;

    CREATE VIRTUAL TABLE draft_search USING fts5(search_text, tokenize = 'trigram', detail = 'none');

    CREATE TRIGGER draft_summaries_on_insert AFTER INSERT ON drafts BEGIN
      INSERT INTO draft_summaries (draft_id, title, revision, created_at, updated_at)
      VALUES (NEW.id, NEW.title, NEW.revision, NEW.created_at, NEW.updated_at);
    END;
    CREATE TRIGGER draft_summaries_on_update
    AFTER UPDATE OF content, title, revision, updated_at ON drafts BEGIN
      UPDATE draft_summaries SET stale = 1 WHERE draft_id = NEW.id AND stale = 0;
    END;
    CREATE TRIGGER draft_search_on_delete AFTER DELETE ON draft_summaries BEGIN
      DELETE FROM draft_search WHERE rowid = OLD.id;
    END;

    INSERT INTO draft_summaries (draft_id, title, revision, created_at, updated_at)
    SELECT id, title, revision, created_at, updated_at FROM drafts;
  `)
}
