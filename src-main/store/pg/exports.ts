import type pg from 'pg'
import { rowToExport, type ExportRecord, type ExportRow } from '../exports'

interface TeamExportRow extends ExportRow {
  author: string
}

export interface TeamExportRecord extends ExportRecord {
  /** The operator who wrote the bundle. */
  author: string
}

function rowToTeamExport(row: TeamExportRow): TeamExportRecord {
  return { ...rowToExport(row), author: row.author }
}

/** Every bundle written from the team store, with who wrote it (store/exports.ts's twin). */
export function pgExports(pool: pg.Pool, operator: string) {
  return {
    async add(record: Omit<ExportRecord, 'id'>): Promise<TeamExportRecord> {
      const inserted = await pool.query<TeamExportRow>(
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
      return rowToTeamExport(inserted.rows[0] as TeamExportRow)
    },
    async listForDraft(draftId: string): Promise<TeamExportRecord[]> {
      const found = await pool.query<TeamExportRow>(
        'SELECT * FROM exports WHERE draft_id = $1 ORDER BY created_at DESC, id DESC',
        [draftId]
      )
      return found.rows.map(rowToTeamExport)
    },
    async get(id: number): Promise<TeamExportRecord | undefined> {
      const found = await pool.query<TeamExportRow>('SELECT * FROM exports WHERE id = $1', [id])
      const row = found.rows[0]
      return row && rowToTeamExport(row)
    }
  }
}
