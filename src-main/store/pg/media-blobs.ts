import type pg from 'pg'
import { KaitongError } from '../../api/result'
import { sha256Hex } from '../content-hash'
import type { TeamCipher } from './team-cipher'

/** Bytes that do not hash to the name they are stored under. */
export function pictureMismatch(sha256: string): KaitongError {
  return new KaitongError('team.verify_failed', { table: 'media', count: 1, example: sha256 })
}

/**
 * Picture bytes on the team store, named by their SHA-256 like the local content store's
 * files: stored once however many drafts use them, and checked on the way in and out. With
 * a team key the bytes are sealed (their name is the associated data) and `stored_sha256`,
 * the hash of what the server holds, lets the server check them without the key.
 */
export function pgMediaBlobs(pool: pg.Pool, cipher?: TeamCipher) {
  return {
    async put(sha256: string, bytes: Uint8Array): Promise<void> {
      if (sha256Hex(bytes) !== sha256) throw pictureMismatch(sha256)
      const stored = cipher ? cipher.sealPicture(sha256, bytes) : Buffer.from(bytes)
      await pool.query(
        `INSERT INTO media_blobs (sha256, content, stored_sha256) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [sha256, stored, sha256Hex(stored)]
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
      const stored = found.rows[0]?.content
      if (!stored) return undefined
      const bytes = cipher ? cipher.openPicture(sha256, stored) : stored
      if (sha256Hex(bytes) !== sha256) throw pictureMismatch(sha256)
      return bytes
    }
  }
}

export type PgMediaBlobs = ReturnType<typeof pgMediaBlobs>
