import type { ReadableDb } from './connection'

/**
 * Which drafts a bulk-import row updates: by the agency's external reference or by the
 * licence's credit code, read from the stored (normalised) content.
 */
export function createDraftLookup(db: ReadableDb) {
  const byReference = db.prepare(
    `SELECT id FROM drafts WHERE json_extract(content, '$.payment.alipay.externalId') = ?
     ORDER BY updated_at DESC, id`
  )
  const byCreditCode = db.prepare(
    `SELECT id FROM drafts WHERE json_extract(content, '$.merchant.licence.creditCode') = ?
     ORDER BY updated_at DESC, id`
  )
  const byCreditCodeUnreferenced = db.prepare(
    `SELECT id FROM drafts WHERE json_extract(content, '$.merchant.licence.creditCode') = ?
       AND coalesce(json_extract(content, '$.payment.alipay.externalId'), '') = ''
     ORDER BY updated_at DESC, id`
  )
  const ids = (rows: unknown[]) => (rows as { id: string }[]).map((row) => row.id)
  return {
    byReference: (reference: string): string[] => ids(byReference.all(reference)),
    byCreditCode: (code: string): string[] => ids(byCreditCode.all(code)),
    /** Drafts of this licence that carry no reference yet (made before references were used). */
    byCreditCodeUnreferenced: (code: string): string[] => ids(byCreditCodeUnreferenced.all(code))
  }
}

export type DraftLookup = ReturnType<typeof createDraftLookup>
