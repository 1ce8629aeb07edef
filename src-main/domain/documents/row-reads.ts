import type { DraftContent } from '../draft'
import { readDraftPath } from '../draft-path'
import { columnForPath } from '../import-columns'
import type { CellIssue, MappedRow } from '../import-row'
import { issue } from '../issue'
import { DocumentKind, type DocumentRead } from './document-read-schema'
import {
  applyDocumentRead,
  DOCUMENT_TARGETS,
  TRUSTED_CONFIDENCE,
  unansweredTargets
} from './document-reads'

/**
 * A sheet row that names a licence or ID-card photo but leaves that document's fields empty
 * gets them read from the photo, as the wizard does when a photo is put in its slot: empty
 * fields only, each filled cell reported for checking ("从照片读取 — 请核对").
 */

export interface PhotoToRead {
  kind: DocumentKind
  /** The picture file as the row names it. */
  file: string
  sha256: string
}

/** A read of one of the row's photos, with the file it came from (for the report). */
export interface RowRead {
  file: string
  read: DocumentRead
}

/**
 * The row's document photos worth reading: in their slot on the draft the row makes
 * (`content`), not yet read, and with at least one of their fields still unanswered, or with
 * every field typed when `checkTyped` (the typed values are then checked against the photo).
 * ID cards only when the legal representative's document is a resident ID card (the readers
 * know no other).
 */
export function photosToRead(
  row: MappedRow,
  content: DraftContent,
  hashes: ReadonlyMap<string, string>,
  checkTyped = false
): PhotoToRead[] {
  const merchant = content.merchant
  const found: PhotoToRead[] = []
  for (const kind of DocumentKind.options) {
    if (kind !== 'licence' && merchant.legalRep.idDocType !== 'residentId') continue
    const picture = row.pictures.find((item) => item.path === DOCUMENT_TARGETS[kind].photo)
    const sha256 = picture && hashes.get(picture.file)
    if (!picture || !sha256) continue
    if (merchant.documentReads[kind]?.sha256 === sha256) continue
    if (!checkTyped && unansweredTargets(merchant, kind).length === 0) continue
    found.push({ kind, file: picture.file, sha256 })
  }
  return found
}

function trusted(read: DocumentRead | undefined, field: string): string {
  const found = read?.fields[field]
  return found && found.confidence >= TRUSTED_CONFIDENCE ? found.value : ''
}

/**
 * A row named only by its licence photo takes its title and credit code from the read (the
 * credit code also finds the draft to update), so it is no longer a row without a merchant.
 */
export function nameFromReads(row: MappedRow, reads: readonly RowRead[]): MappedRow {
  const licence = reads.find((item) => item.read.kind === 'licence')?.read
  const creditCode = row.creditCode || trusted(licence, 'creditCode')
  const title = row.title || trusted(licence, 'registeredName')
  const named = Boolean(title || creditCode || row.reference)
  return {
    ...row,
    title,
    creditCode,
    issues: named ? row.issues.filter((found) => found.code !== 'import.row_unnamed') : row.issues
  }
}

/** What a filled cell shows: the value as the wizard will hold it (长期 for a ticked box). */
function shownValue(read: DocumentRead, path: string): string {
  const field = Object.entries(DOCUMENT_TARGETS[read.kind].fields).find(([, at]) => at === path)
  const value = field ? (read.fields[field[0]]?.value ?? '') : ''
  return path.endsWith('longTerm') ? (value === 'true' ? '长期' : '') : value
}

/**
 * The draft with each read applied whose photo is still the one in its slot: empty fields
 * filled and marked for checking (a typed value is never overwritten), and one finding per
 * filled cell naming the value and the photo it came from.
 */
export function applyReads(
  content: DraftContent,
  reads: readonly RowRead[]
): { content: DraftContent; cells: CellIssue[] } {
  let merchant = content.merchant
  const cells: CellIssue[] = []
  const reported = new Set<string>()
  for (const { file, read } of reads) {
    const inSlot = readDraftPath({ merchant }, DOCUMENT_TARGETS[read.kind].photo) as {
      sha256?: string
    } | null
    if (inSlot?.sha256 !== read.sha256) continue
    const applied = applyDocumentRead(merchant, read)
    merchant = applied.merchant
    for (const path of applied.filled) {
      const column = columnForPath(path)?.key ?? ''
      const value = shownValue(read, path)
      if (!value || reported.has(`${column}|${value}`)) continue
      reported.add(`${column}|${value}`)
      cells.push({
        ...issue('import.read_from_photo', path, 'warning', { value, file }),
        column
      })
    }
  }
  return { content: { ...content, merchant }, cells }
}
