import type pg from 'pg'
import type { PlatformId } from '../../platforms/adapter'
import type { ExportRecord } from '../exports'

interface ExportRow {
  id: number
  draft_id: string
  platform: string
  revision: number
  path: string
  sha256: string
  bytes: number
  created_at: string
  author: string
}

export interface TeamExportRecord extends ExportRecord {
  /** The operator who wrote the bundle. */
  author: string
}

function rowToExport(row: ExportRow): TeamExportRecord {
  return {
    id: row.id,
    draftId: row.draft_id,
    platform: row.platform as PlatformId,
    revision: row.revision,
    path: row.path,
    sha256: row.sha256,
    bytes: row.bytes,
    createdAt: row.created_at,
    author: row.author
  }
}

/** Every bundle written from the team store, with who wrote it (store/exports.ts's twin). */
export function pgExports(pool: pg.Pool, operator: string) {
  return {
    async add(record: Omit<ExportRecord, 'id'>): Promise<TeamExportRecord> {
      const inserted = await pool.query<ExportRow>(
        `INSERT INTO exports (draft_id, platform, revision, path, sha256, bytes, created_at, author)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
        [
          record.draftId,
          record.platform,
          record.revision,
          record.path,
          record.sha256,
          record.bytes,
          record.createdAt,
          operator
        ]
      )
      return rowToExport(inserted.rows[0] as ExportRow)
    },
    async listForDraft(draftId: string): Promise<TeamExportRecord[]> {
      const found = await pool.query<ExportRow>(
        'SELECT * FROM exports WHERE draft_id = $1 ORDER BY created_at DESC, id DESC',
        [draftId]
      )
      return found.rows.map(rowToExport)
    },
    async get(id: number): Promise<TeamExportRecord | undefined> {
      const found = await pool.query<ExportRow>('SELECT * FROM exports WHERE id = $1', [id])
      const row = found.rows[0]
      return row && rowToExport(row)
    }
  }
}
