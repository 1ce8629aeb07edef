import type { WritableDb } from '../connection'

/**
 * Who wrote each bundle, opened each attempt and recorded each ledger event: on a team store
 * the operators share one ledger, and the working copy keeps the names the team store gave
 * (empty on a local store, which has one user).
 */
export default function up(db: WritableDb): void {
  db.exec(`
    ALTER TABLE exports ADD COLUMN author TEXT NOT NULL DEFAULT '';
    ALTER TABLE submissions ADD COLUMN author TEXT NOT NULL DEFAULT '';
    ALTER TABLE submission_events ADD COLUMN author TEXT NOT NULL DEFAULT '';`)
}
