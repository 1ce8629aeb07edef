import type { WritableDb } from '../connection'

/** App-wide choices: the WeChat Pay platform key, precheck rule levels. JSON per key. */
export default function up(db: WritableDb): void {
  db.exec(`
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `)
}
