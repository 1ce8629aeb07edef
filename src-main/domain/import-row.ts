import { canonicalJson, DraftContent } from './draft'
import { writeDraftPath } from './draft-path'
import {
  columnForHeader,
  columnForPath,
  foldLabel,
  LONG_TERM_WORDS,
  YES_NO,
  type ChoiceLabels,
  type ImportColumn
} from './import-columns'
import { issue, type Issue } from './issue'
import { normalizeCode } from './text'

/**
 * One sheet row → the writes it makes to a draft, and what is wrong with its cells. Pure: the
 * sheet readers (src-main/import) hand over text cells, and the same rules as the wizard judge
 * the resulting draft, so the preview and the wizard never disagree.
 */

/** A cell as read: text, or a number the spreadsheet stored with fewer digits than typed. */
export type SheetValue = string | { inexactNumber: string }

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (1 is the header). */
  line: number
  values: readonly SheetValue[]
}

export interface SheetTable {
  headers: readonly string[]
  rows: readonly SheetRow[]
}

/** A finding shown on a cell (`column` is a column key) or on the whole row (`column: ''`). */
export interface CellIssue extends Issue {
  column: string
}

export interface PictureRef {
  column: string
  /** Where in the draft the picture goes. */
  path: string
  /** Relative to the pictures folder or zip, with `/` separators. */
  file: string
  /** A list column: the pictures replace the list in cell order. */
  list: boolean
}

export interface MappedRow {
  line: number
  title: string
  reference: string
  creditCode: string
  /** The non-empty cells as given, by column key (the preview table shows them). */
  cells: Record<string, string>
  writes: { path: string; value: unknown }[]
  pictures: PictureRef[]
  issues: CellIssue[]
}

export interface HeaderMap {
  columns: readonly (ImportColumn | undefined)[]
  /** Headers no column answers to: their cells are ignored, and the preview says so. */
  unknown: string[]
}

export function mapHeaders(headers: readonly string[]): HeaderMap {
  const seen = new Set<string>()
  const unknown: string[] = []
  const columns = headers.map((header) => {
    const found = columnForHeader(header)
    if (!found) {
      if (header.trim()) unknown.push(header.trim())
      return undefined
    }
    // A repeated header would make one cell silently win; the first one counts.
    if (seen.has(found.key)) return undefined
    seen.add(found.key)
    return found
  })
  return { columns, unknown }
}

const LIST_SEPARATOR = /[,，、;；\n]+/

function choose(labels: ChoiceLabels, value: string): string | undefined {
  const folded = foldLabel(value)
  return Object.keys(labels).find((key) =>
    [key, ...(labels[key] ?? [])].some((label) => foldLabel(label) === folded)
  )
}

/** The choices as the template writes them, in both languages: `对公/corporate、对私/personal`. */
function choiceNames(labels: ChoiceLabels): string {
  return Object.entries(labels)
    .map(([key, spellings]) => `${spellings[0] ?? key}/${key}`)
    .join('、')
}

/**
 * A picture path as written in a cell, made relative with `/`; null for a path that leaves the
 * pictures folder (absolute, a drive, or `..`), which the importer refuses.
 */
export function relativePicturePath(raw: string): string | null {
  const path = raw.trim().replace(/\\/g, '/')
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.includes('\0')) return null
  const parts = path.split('/').filter((part) => part !== '' && part !== '.')
  if (parts.length === 0 || parts.some((part) => part === '..')) return null
  return parts.join('/')
}

export function mapRow(headers: HeaderMap, row: SheetRow): MappedRow {
  const mapped: MappedRow = {
    line: row.line,
    title: '',
    reference: '',
    creditCode: '',
    cells: {},
    writes: [],
    pictures: [],
    issues: []
  }
  const cellIssue = (found: ImportColumn, code: string, params?: Record<string, string>) =>
    mapped.issues.push({ ...issue(code, '', 'error', params), column: found.key })

  headers.columns.forEach((found, index) => {
    const raw = row.values[index]
    if (!found || raw === undefined) return
    if (typeof raw !== 'string') {
      mapped.cells[found.key] = raw.inexactNumber
      cellIssue(found, 'import.number_lost_digits', { value: raw.inexactNumber })
      return
    }
    const value = raw.trim()
    if (!value) return
    mapped.cells[found.key] = value
    switch (found.kind) {
      case 'title':
        mapped.title = value
        return
      case 'text':
        for (const path of found.paths) mapped.writes.push({ path, value })
        if (found.key === 'reference') mapped.reference = value
        if (found.key === 'uscc') mapped.creditCode = normalizeCode(value)
        return
      case 'choice': {
        const chosen = choose(found.labels, value)
        if (chosen) mapped.writes.push({ path: found.path, value: chosen })
        else
          cellIssue(found, 'import.unknown_choice', { value, choices: choiceNames(found.labels) })
        return
      }
      case 'yesNo': {
        const chosen = choose(YES_NO, value)
        if (chosen) mapped.writes.push({ path: found.path, value: chosen === 'yes' })
        else cellIssue(found, 'import.unknown_choice', { value, choices: choiceNames(YES_NO) })
        return
      }
      case 'choices': {
        const chosen: string[] = []
        for (const part of value.split(LIST_SEPARATOR).map((item) => item.trim())) {
          if (!part) continue
          const one = choose(found.labels, part)
          if (!one)
            cellIssue(found, 'import.unknown_choice', {
              value: part,
              choices: choiceNames(found.labels)
            })
          else if (!chosen.includes(one)) chosen.push(one)
        }
        mapped.writes.push({ path: found.path, value: chosen })
        return
      }
      case 'validTo':
        if (LONG_TERM_WORDS.some((word) => foldLabel(word) === foldLabel(value))) {
          mapped.writes.push({ path: found.longTermPath, value: true })
          mapped.writes.push({ path: found.path, value: '' })
        } else {
          mapped.writes.push({ path: found.longTermPath, value: false })
          mapped.writes.push({ path: found.path, value })
        }
        return
      case 'picture':
      case 'pictures': {
        const list = found.kind === 'pictures'
        const files = list ? value.split(LIST_SEPARATOR) : [value]
        for (const file of files.map((item) => item.trim()).filter(Boolean)) {
          const relative = relativePicturePath(file)
          if (relative === null) cellIssue(found, 'import.picture_outside', { file })
          else mapped.pictures.push({ column: found.key, path: found.path, file: relative, list })
        }
        return
      }
    }
  })
  const name = mapped.cells['registered_name'] ?? mapped.cells['short_name'] ?? ''
  mapped.title ||= name
  if (!mapped.title && !mapped.creditCode && !mapped.reference) {
    mapped.issues.push({ ...issue('import.row_unnamed', '', 'error'), column: '' })
  }
  return mapped
}

/**
 * The draft a row makes: `base` (a new draft's empty content, or the matched draft's latest)
 * with the row's cells written over it and each picture by the content hash it was stored
 * under. Cells left empty keep what `base` holds, so an update never erases.
 */
export function applyRow(
  base: DraftContent,
  row: MappedRow,
  pictureHashes: ReadonlyMap<string, string>
): DraftContent {
  const content = DraftContent.parse(JSON.parse(canonicalJson(base)))
  for (const { path, value } of row.writes) writeDraftPath(content, path, value)
  const lists = new Map<string, { sha256: string }[]>()
  for (const picture of row.pictures) {
    const sha256 = pictureHashes.get(picture.file)
    if (!sha256) continue
    if (!picture.list) writeDraftPath(content, picture.path, { sha256 })
    else lists.set(picture.path, [...(lists.get(picture.path) ?? []), { sha256 }])
  }
  for (const [path, list] of lists) writeDraftPath(content, path, list)
  return DraftContent.parse(content)
}

export interface RowVerdict {
  /** Wrong values in cells the row filled (or about the row): the row is not imported. */
  blocking: CellIssue[]
  /** What the draft still lacks (errors on fields the row left empty): imported, still due. */
  due: CellIssue[]
  warnings: CellIssue[]
}

function key(found: Issue): string {
  return `${found.code}|${found.path}|${JSON.stringify(found.params ?? {})}`
}

/**
 * Sorts the rules' findings on the draft a row makes: an error on a value the row gave blocks
 * the row (a wrong USCC is never accepted silently); an error on a field the row left empty
 * is a gap the wizard will show, as it does for any half-filled draft. `readFromPhotos` are
 * the cells filled from the row's document photos (documents/row-reads.ts).
 */
export function judgeRow(
  row: MappedRow,
  findings: readonly Issue[],
  readFromPhotos: readonly CellIssue[] = []
): RowVerdict {
  const verdict: RowVerdict = { blocking: [...row.issues], due: [], warnings: [...readFromPhotos] }
  const seen = new Set<string>()
  // A cell whose value could not be read already says why; the rules would only echo it.
  const unreadable = new Set(row.issues.map((found) => found.column))
  // Filled from a photo: shown on its cell, but the row did not give it, so never blocking.
  const read = new Set(readFromPhotos.map((found) => found.column).filter(Boolean))
  for (const found of findings) {
    if (seen.has(key(found))) continue
    seen.add(key(found))
    const column = columnForPath(found.path)?.key ?? ''
    // The filled cell's own report already asks for the check.
    if (found.code === 'document.read_unconfirmed' && read.has(column)) continue
    if (unreadable.has(column) && column !== '') continue
    const given = column !== '' && row.cells[column] !== undefined
    const placed = { ...found, column: given || read.has(column) ? column : '' }
    if (found.severity === 'warning') verdict.warnings.push(placed)
    else if (given) verdict.blocking.push(placed)
    else verdict.due.push(placed)
  }
  return verdict
}
