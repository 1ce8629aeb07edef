import type pg from 'pg'
import { pictureHashes } from '../../domain/media-ref'
import type { Draft } from '../drafts'
import { pgMediaBlobs, pictureMismatch } from './media-blobs'
import type { TeamCipher } from './team-cipher'
import type { LocalSide } from './transfer'

type Row = Record<string, unknown>

/**
 * Pictures follow the drafts between the working copy and the team store: a save sends the
 * originals its content names that the team store lacks (bytes, media row, link to the
 * draft), and a draft brought home fetches the ones this computer lacks. Variants stay local.
 * With a team key the bytes and the file name travel sealed.
 */
export function teamPictures(pool: pg.Pool, local: LocalSide, cipher?: TeamCipher) {
  const blobs = pgMediaBlobs(pool, cipher)
  const toTeam = (row: Row) => (cipher ? cipher.sealRow('media', row) : row)
  const fromTeam = (row: Row) => (cipher ? cipher.openRow('media', row) : row)
  const columns = (local.db.prepare('PRAGMA table_info(media)').all() as { name: string }[]).map(
    (column) => column.name
  )
  const selectLocal = local.db.prepare('SELECT * FROM media WHERE sha256 = ?')
  const insertLocal = local.db.prepare(
    `INSERT INTO media (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (sha256) DO NOTHING`
  )
  const linkLocal = local.db.prepare(
    'INSERT INTO draft_media (draft_id, sha256) VALUES (?, ?) ON CONFLICT DO NOTHING'
  )
  /** Originals known to be on the team store with their bytes (they are never removed there). */
  const onTeam = new Set<string>()

  return {
    async send(draftId: string, content: unknown): Promise<void> {
      const wanted = pictureHashes(content).filter((sha256) => !onTeam.has(sha256))
      if (wanted.length === 0) return
      const there = await pool.query<{ sha256: string }>(
        `SELECT media.sha256 FROM media JOIN media_blobs USING (sha256)
         WHERE media.sha256 = ANY($1)`,
        [wanted]
      )
      for (const row of there.rows) onTeam.add(row.sha256)
      for (const sha256 of wanted.filter((found) => !onTeam.has(found))) {
        const found = selectLocal.get(sha256) as Row | undefined
        // A picture this computer never had cannot be sent; the draft still names it.
        if (!found || !local.hasPicture(sha256)) continue
        const row = toTeam(found)
        await blobs.put(sha256, await local.readPicture(sha256))
        await pool.query(
          `INSERT INTO media (${columns.join(', ')})
           VALUES (${columns.map((_c, i) => `$${i + 1}`).join(', ')}) ON CONFLICT DO NOTHING`,
          columns.map((column) => row[column])
        )
        onTeam.add(sha256)
      }
      await pool.query(
        `INSERT INTO draft_media (draft_id, sha256)
         SELECT $1, sha256 FROM media WHERE sha256 = ANY($2) ON CONFLICT DO NOTHING`,
        [draftId, pictureHashes(content)]
      )
    },

    /** Before the drafts are written to the working copy: their pictures' bytes and rows. */
    async bring(drafts: readonly Draft[]): Promise<void> {
      const missing = new Set(
        drafts
          .flatMap((draft) => pictureHashes(draft.content))
          .filter((sha256) => !local.hasPicture(sha256) || !selectLocal.get(sha256))
      )
      if (missing.size === 0) return
      const rows = await pool.query<Row>(`SELECT * FROM media WHERE sha256 = ANY($1)`, [
        [...missing]
      ])
      for (const row of rows.rows.map(fromTeam)) {
        const sha256 = String(row['sha256'])
        if (!local.hasPicture(sha256)) {
          const bytes = await blobs.get(sha256)
          if (!bytes) throw pictureMismatch(sha256)
          await local.writePicture(sha256, bytes)
        }
        insertLocal.run(Object.fromEntries(columns.map((column) => [column, row[column]])))
      }
    },

    /** After the drafts are in the working copy: each linked to the pictures it names. */
    link(drafts: readonly Draft[]): void {
      for (const draft of drafts)
        for (const sha256 of pictureHashes(draft.content))
          if (selectLocal.get(sha256)) linkLocal.run(draft.id, sha256)
    }
  }
}

export type TeamPictures = ReturnType<typeof teamPictures>
