import type { WritableDb } from '../connection'

/**
 * Revisions are coalesced: the newest one stays open and takes every autosave until it is
 * sealed (after a pause, on leaving a step, on export, after 10 minutes). Revisions written
 * before this version were one per save and stay as they are: sealed.
 */
export default function up(db: WritableDb): void {
  db.exec(`ALTER TABLE draft_revisions ADD COLUMN sealed INTEGER NOT NULL DEFAULT 1;`)
}
