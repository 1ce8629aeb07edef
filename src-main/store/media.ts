import { KaitongError } from '../api/result'
import type { WritableDb } from './connection'
import { writeTransaction } from './write-transaction'

/** An original picture, stored once by content hash. Width and height are upright. */
export interface MediaRecord {
  sha256: string
  mime: string
  width: number
  height: number
  bytes: number
  originalName: string
  createdAt: string
}

/** A normalised copy of an original for one (spec, crop), also a content-addressed file. */
export interface MediaVariantRecord {
  sourceSha256: string
  specKey: string
  sha256: string
  mime: string
  width: number
  height: number
  bytes: number
}

interface MediaRow {
  sha256: string
  mime: string
  width: number
  height: number
  bytes: number
  original_name: string
  created_at: string
}

interface VariantRow {
  source_sha256: string
  spec_key: string
  sha256: string
  mime: string
  width: number
  height: number
  bytes: number
}

function rowToMedia(row: MediaRow): MediaRecord {
  return {
    sha256: row.sha256,
    mime: row.mime,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    originalName: row.original_name,
    createdAt: row.created_at
  }
}

function rowToVariant(row: VariantRow): MediaVariantRecord {
  return {
    sourceSha256: row.source_sha256,
    specKey: row.spec_key,
    sha256: row.sha256,
    mime: row.mime,
    width: row.width,
    height: row.height,
    bytes: row.bytes
  }
}

export function createMediaRepo(db: WritableDb) {
  const insertMedia = db.prepare(
    `INSERT INTO media (sha256, mime, width, height, bytes, original_name, created_at)
     VALUES (@sha256, @mime, @width, @height, @bytes, @originalName, @createdAt)
     ON CONFLICT (sha256) DO NOTHING`
  )
  const selectMedia = db.prepare('SELECT * FROM media WHERE sha256 = ?')
  const selectDraft = db.prepare('SELECT 1 FROM drafts WHERE id = ?')
  const insertLink = db.prepare(
    'INSERT INTO draft_media (draft_id, sha256) VALUES (?, ?) ON CONFLICT DO NOTHING'
  )
  const deleteLink = db.prepare('DELETE FROM draft_media WHERE draft_id = ? AND sha256 = ?')
  const selectForDraft = db.prepare(
    `SELECT media.* FROM media JOIN draft_media ON draft_media.sha256 = media.sha256
     WHERE draft_media.draft_id = ? ORDER BY media.created_at, media.sha256`
  )
  const selectUnused = db.prepare(
    `SELECT sha256 FROM media
     WHERE NOT EXISTS (SELECT 1 FROM draft_media WHERE draft_media.sha256 = media.sha256)`
  )
  const selectVariantFiles = db.prepare('SELECT sha256 FROM media_variants WHERE source_sha256 = ?')
  const deleteMedia = db.prepare('DELETE FROM media WHERE sha256 = ?')
  const selectFileUsed = db.prepare(
    `SELECT EXISTS (SELECT 1 FROM media WHERE sha256 = @sha256)
         OR EXISTS (SELECT 1 FROM media_variants WHERE sha256 = @sha256) AS used`
  )
  const selectVariant = db.prepare(
    'SELECT * FROM media_variants WHERE source_sha256 = ? AND spec_key = ?'
  )
  const insertVariant = db.prepare(
    `INSERT INTO media_variants (source_sha256, spec_key, sha256, mime, width, height, bytes)
     VALUES (@sourceSha256, @specKey, @sha256, @mime, @width, @height, @bytes)
     ON CONFLICT (source_sha256, spec_key) DO UPDATE SET
       sha256 = excluded.sha256, mime = excluded.mime, width = excluded.width,
       height = excluded.height, bytes = excluded.bytes`
  )

  function get(sha256: string): MediaRecord | undefined {
    const row = selectMedia.get(sha256) as MediaRow | undefined
    return row && rowToMedia(row)
  }

  function fileUsed(sha256: string): boolean {
    return (selectFileUsed.get({ sha256 }) as { used: number }).used === 1
  }

  /** Records the original (kept as first seen) and links it to the draft, in one transaction. */
  const addToDraft = writeTransaction(db, (record: MediaRecord, draftId: string): MediaRecord => {
    if (!selectDraft.get(draftId)) throw new KaitongError('drafts.not_found', { id: draftId })
    insertMedia.run(record)
    insertLink.run(draftId, record.sha256)
    return get(record.sha256) ?? record
  })

  /**
   * Deletes every original no draft uses, with its variants, and returns the content hashes
   * whose files nothing refers to any more (a variant's bytes may equal another original).
   */
  const removeUnused = writeTransaction(db, (): string[] => {
    const unused = (selectUnused.all() as { sha256: string }[]).map((row) => row.sha256)
    const files = new Set<string>()
    for (const sha256 of unused) {
      files.add(sha256)
      for (const variant of selectVariantFiles.all(sha256) as { sha256: string }[]) {
        files.add(variant.sha256)
      }
      deleteMedia.run(sha256)
    }
    return [...files].filter((sha256) => !fileUsed(sha256)).sort()
  })

  return {
    get,
    addToDraft,
    removeUnused,
    unlink(draftId: string, sha256: string): void {
      deleteLink.run(draftId, sha256)
    },
    listForDraft(draftId: string): MediaRecord[] {
      return (selectForDraft.all(draftId) as MediaRow[]).map(rowToMedia)
    },
    getVariant(sourceSha256: string, specKey: string): MediaVariantRecord | undefined {
      const row = selectVariant.get(sourceSha256, specKey) as VariantRow | undefined
      return row && rowToVariant(row)
    },
    /** Records variants in one transaction; one made again (its file had gone) replaces the old row. */
    putVariants: writeTransaction(db, (variants: readonly MediaVariantRecord[]): void => {
      for (const variant of variants) insertVariant.run(variant)
    })
  }
}

export type MediaRepo = ReturnType<typeof createMediaRepo>
