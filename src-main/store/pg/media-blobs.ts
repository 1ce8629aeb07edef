import type pg from 'pg'
import { KaitongError } from '../../api/result'
import { sha256Hex } from '../content-hash'

/** Bytes that do not hash to the name they are stored under. */
export function pictureMismatch(sha256: string): KaitongError {
  return new KaitongError('team.verify_failed', { table: 'media', count: 1, example: sha256 })
}

/**
 * Picture bytes on the team store, named by their SHA-256 like the local content store's
 * files: stored once however many drafts use them, and checked on the way in and out.
 */
export function pgMediaBlobs(pool: pg.Pool) {
  return {
    async put(sha256: string, bytes: Uint8Array): Promise<void> {
      if (sha256Hex(bytes) !== sha256) throw pictureMismatch(sha256)
      await pool.query(
        'INSERT INTO media_blobs (sha256, content) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [sha256, Buffer.from(bytes)]
      )
    },
    async has(sha256: string): Promise<boolean> {
      const found = await pool.query('SELECT 1 FROM media_blobs WHERE sha256 = $1', [sha256])
      return (found.rowCount ?? 0) > 0
    },
    /** The bytes, or undefined; bytes that no longer hash to their name are refused. */
    async get(sha256: string): Promise<Buffer | undefined> {
      const found = await pool.query<{ content: Buffer }>(
        'SELECT content FROM media_blobs WHERE sha256 = $1',
        [sha256]
      )
      const bytes = found.rows[0]?.content
      if (bytes && sha256Hex(bytes) !== sha256) throw pictureMismatch(sha256)
      return bytes
    }
  }
}

export type PgMediaBlobs = ReturnType<typeof pgMediaBlobs>
