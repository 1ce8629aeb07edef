import type { PlatformId } from '../platforms/adapter'
import type { WritableDb } from './connection'

export interface ExportRecord {
  id: number
  draftId: string
  platform: PlatformId
  revision: number
  path: string
  sha256: string
  bytes: number
  createdAt: string
  /** The operator who wrote it, on a team store (absent on a local store: one user). */
  author?: string
}

interface ExportRow {
  id: number
  draft_id: string
  platform: string
  revision: number
  path: string
  sha256: string
  bytes: number
  created_at: string
  author?: string
}

function rowToExport(row: ExportRow): ExportRecord {
  return {
    id: row.id,
    draftId: row.draft_id,
    platform: row.platform as PlatformId,
    revision: row.revision,
    path: row.path,
    sha256: row.sha256,
    bytes: row.bytes,
    createdAt: row.created_at,
    ...(row.author ? { author: row.author } : {})
  }
}

/** Every bundle written: the Export step's history and the CLI's record of what left. */
export function createExportsRepo(db: WritableDb) {
  const insert = db.prepare(
    `INSERT INTO exports (draft_id, platform, revision, path, sha256, bytes, created_at)
     VALUES (@draftId, @platform, @revision, @path, @sha256, @bytes, @createdAt)`
  )
  const byDraft = db.prepare(
    'SELECT * FROM exports WHERE draft_id = ? ORDER BY created_at DESC, id DESC'
  )
  const byId = db.prepare('SELECT * FROM exports WHERE id = ?')
  const byRevision = db.prepare(
    `SELECT * FROM exports WHERE draft_id = ? AND platform = ? AND revision = ?
     ORDER BY id DESC`
  )
  return {
    add(record: Omit<ExportRecord, 'id' | 'author'>): ExportRecord {
      const { lastInsertRowid } = insert.run(record)
      return { ...record, id: Number(lastInsertRowid) }
    },
    listForDraft(draftId: string): ExportRecord[] {
      return (byDraft.all(draftId) as ExportRow[]).map(rowToExport)
    },
    /** Every bundle written for this revision and platform, newest first. */
    forRevision(draftId: string, platform: PlatformId, revision: number): ExportRecord[] {
      return (byRevision.all(draftId, platform, revision) as ExportRow[]).map(rowToExport)
    },
    get(id: number): ExportRecord | undefined {
      const row = byId.get(id) as ExportRow | undefined
      return row && rowToExport(row)
    }
  }
}

export type ExportsRepo = ReturnType<typeof createExportsRepo>
