import type { ApiError } from '../api/result'
import { KaitongError } from '../api/result'
import { emptyDraftContent, normalizeDraftContent, type DraftContent } from '../domain/draft'
import {
  applyRow,
  judgeRow,
  mapHeaders,
  mapRow,
  type CellIssue,
  type MappedRow,
  type SheetTable
} from '../domain/import-row'
import type { DocumentRead } from '../domain/documents/document-read-schema'
import {
  applyReads,
  nameFromReads,
  photosToRead,
  type PhotoToRead,
  type RowRead
} from '../domain/documents/row-reads'
import { issue, type Issue } from '../domain/issue'
import { validateMerchant } from '../domain/merchant-rules'
import { hashBytes } from '../media/content-store'
import { MediaError, readImageHeader, type MediaStore } from '../media'
import type { DocumentReader } from '../media/ocr/read-document'
import type { RuleOverrides } from '../platforms/precheck'
import { draftTargets, reviewPlatform } from '../platforms/review'
import type { DraftLookup } from '../store/draft-lookup'
import type { DraftsRepo } from '../store/drafts'
import type { DraftsPort } from '../store/port'
import type { PictureSource } from './picture-source'

/**
 * Bulk import in two steps: `planImport` reads everything and writes nothing (the preview:
 * per row, create or update, and per cell what is wrong or was read from a photo);
 * `runImport` then writes each row the plan accepted as one draft or one new revision, or
 * lists why it could not. Document photos are read (OCR) while planning, so the preview
 * shows what they filled before anything is written.
 */

export interface ImportDeps {
  drafts: DraftsRepo
  lookup: DraftLookup
  media: MediaStore
  /** Reads licence and ID-card photos for the fields a row leaves empty. */
  documents: DocumentReader
  /** `YYYY-MM-DD`, the merchant's day, for validity rules. */
  today: string
  overrides?: RuleOverrides
  /**
   * The team store's drafts while one is chosen: rows are written through it, so colleagues
   * see them and the history names who imported. Absent: the local file.
   */
  team?: DraftsPort
}

export type PlannedAction = 'create' | 'update' | 'refused'

export interface PlannedRow {
  line: number
  action: PlannedAction
  /** The draft a row updates. */
  draftId?: string
  title: string
  cells: Record<string, string>
  blocking: CellIssue[]
  due: CellIssue[]
  warnings: CellIssue[]
  mapped: MappedRow
  /** Picture file → content hash, as read for the preview. */
  hashes: ReadonlyMap<string, string>
  /** What the row's document photos gave (applied again when the row is written). */
  reads: RowRead[]
}

export interface ImportPlan {
  /** Column keys in the sheet's order (only known ones). */
  columns: string[]
  unknownColumns: string[]
  rows: PlannedRow[]
}

type PictureCheck = { sha256: string } | { code: string; params: Record<string, string | number> }

async function checkPicture(source: PictureSource, file: string): Promise<PictureCheck> {
  const bytes = source.read(file)
  if (!bytes) return { code: 'import.picture_missing', params: { file } }
  try {
    await readImageHeader(bytes)
  } catch (error) {
    if (!(error instanceof MediaError)) throw error
    return { code: error.code, params: { ...error.params, file } }
  }
  return { sha256: await hashBytes(bytes) }
}

/** The wizard's rules on the draft a row makes: the profile's and each target platform's. */
function ruleFindings(content: DraftContent, deps: ImportDeps): Issue[] {
  const found = validateMerchant(content.merchant, deps.today)
  for (const platform of draftTargets(content)) {
    const options = { today: deps.today, ...(deps.overrides ? { overrides: deps.overrides } : {}) }
    found.push(...reviewPlatform(platform, content, options).issues)
  }
  return found
}

/**
 * The draft a row updates: the one with its external reference; else, by credit code, one of
 * the licence's drafts that has no reference of its own (a draft with another reference is
 * another store of the same licence, so it is never taken over).
 */
function matchDraft(row: MappedRow, deps: ImportDeps): { ids: string[]; by: string } {
  if (row.reference) {
    const ids = deps.lookup.byReference(row.reference)
    if (ids.length > 0 || !row.creditCode) return { ids, by: 'reference' }
    return { ids: deps.lookup.byCreditCodeUnreferenced(row.creditCode), by: 'uscc' }
  }
  if (row.creditCode) return { ids: deps.lookup.byCreditCode(row.creditCode), by: 'uscc' }
  return { ids: [], by: '' }
}

export interface PlanOptions {
  signal?: AbortSignal
  /** Per row, labelled with the photo being read when there is one (reads take seconds). */
  progress?: (done: number, total: number, label?: string) => void
  /**
   * Also read the photos of rows that typed all of their document's fields, so each typed
   * value is checked against the photo (a second or so a photo on a sheet of thousands).
   */
  checkTyped?: boolean
}

/** The draft a row makes over `base`: its cells, its pictures, then its photos' reads. */
function rowContent(
  base: DraftContent,
  row: MappedRow,
  hashes: ReadonlyMap<string, string>,
  reads: readonly RowRead[]
) {
  return applyReads(normalizeDraftContent(applyRow(base, row, hashes)), reads)
}

export async function planImport(
  table: SheetTable,
  pictures: PictureSource,
  deps: ImportDeps,
  options: PlanOptions = {}
): Promise<ImportPlan> {
  const headers = mapHeaders(table.headers)
  const columns = headers.columns.flatMap((found) => (found ? [found.key] : []))
  if (columns.length === 0) throw new KaitongError('import.no_columns')
  const checked = new Map<string, PictureCheck>()
  // A photo several rows share (one legal representative's ID card) is read once.
  const reads = new Map<string, Promise<DocumentRead>>()
  const read = (photo: PhotoToRead) => {
    const key = `${photo.kind}:${photo.sha256}`
    let found = reads.get(key)
    if (!found) {
      const bytes = pictures.read(photo.file)
      if (!bytes) throw new KaitongError('import.picture_missing', { file: photo.file })
      found = deps.documents.read(bytes, photo.kind, {
        sha256: photo.sha256,
        today: deps.today,
        ...(options.signal ? { signal: options.signal } : {})
      })
      reads.set(key, found)
    }
    return found
  }
  const firstLine = new Map<string, number>()
  const rows: PlannedRow[] = []
  for (const [index, sheetRow] of table.rows.entries()) {
    options.signal?.throwIfAborted()
    options.progress?.(index, table.rows.length)
    let mapped = mapRow(headers, sheetRow)
    const rowIssues: CellIssue[] = []

    const hashes = new Map<string, string>()
    for (const picture of mapped.pictures) {
      let result = checked.get(picture.file)
      if (!result) {
        result = await checkPicture(pictures, picture.file)
        checked.set(picture.file, result)
      }
      if ('sha256' in result) hashes.set(picture.file, result.sha256)
      else
        rowIssues.push({
          ...issue(result.code, '', 'error', result.params),
          column: picture.column
        })
    }

    // Which draft the row updates decides which fields are still empty, hence what to read;
    // a row named only by its licence photo is matched again by the credit code read.
    const named = Boolean(mapped.reference || mapped.creditCode)
    let match = matchDraft(mapped, deps)
    const baseOf = () => (match.ids.length === 1 ? deps.drafts.get(match.ids[0]!).content : null)
    const toRead = photosToRead(
      mapped,
      normalizeDraftContent(applyRow(baseOf() ?? emptyDraftContent(), mapped, hashes)),
      hashes,
      options.checkTyped
    )
    const rowReads: RowRead[] = []
    for (const photo of toRead) {
      options.progress?.(index, table.rows.length, photo.file)
      rowReads.push({ file: photo.file, read: await read(photo) })
    }
    mapped = nameFromReads(mapped, rowReads)
    if (!named) match = matchDraft(mapped, deps)

    const identity = mapped.reference || mapped.creditCode
    const earlier = identity ? firstLine.get(identity) : undefined
    if (earlier !== undefined) {
      rowIssues.push({
        ...issue('import.duplicate_row', '', 'error', { line: earlier }),
        column: ''
      })
    } else if (identity) firstLine.set(identity, mapped.line)
    if (match.ids.length > 1) {
      rowIssues.push({
        ...issue('import.ambiguous_match', '', 'error', { count: match.ids.length }),
        column: match.by
      })
    }
    const draftId = match.ids.length === 1 ? match.ids[0] : undefined

    const applied = rowContent(baseOf() ?? emptyDraftContent(), mapped, hashes, rowReads)
    const verdict = judgeRow(
      { ...mapped, issues: [...mapped.issues, ...rowIssues] },
      ruleFindings(applied.content, deps),
      applied.cells
    )
    rows.push({
      line: mapped.line,
      action: verdict.blocking.length > 0 ? 'refused' : draftId ? 'update' : 'create',
      ...(draftId ? { draftId } : {}),
      title: mapped.title || `#${mapped.line}`,
      cells: mapped.cells,
      ...verdict,
      mapped,
      hashes,
      reads: rowReads
    })
  }
  options.progress?.(table.rows.length, table.rows.length)
  return { columns, unknownColumns: headers.unknown, rows }
}

export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'refused' | 'skipped'

export interface ImportReport {
  created: number
  updated: number
  unchanged: number
  refused: number
  skipped: number
  rows: { line: number; title: string; outcome: RowOutcome; draftId?: string; error?: ApiError }[]
}

export interface RunOptions {
  signal?: AbortSignal
  progress?: (done: number, total: number, label?: string) => void
}

/** Stores a row's pictures (sniffed and checked like any picture) and returns their hashes. */
async function storePictures(
  row: MappedRow,
  pictures: PictureSource,
  deps: ImportDeps,
  draftId: string
): Promise<Map<string, string>> {
  const hashes = new Map<string, string>()
  for (const picture of row.pictures) {
    if (hashes.has(picture.file)) continue
    const bytes = pictures.read(picture.file)
    if (!bytes) throw new KaitongError('import.picture_missing', { file: picture.file })
    const record = await deps.media.importMedia({ bytes, originalName: picture.file, draftId })
    hashes.set(picture.file, record.sha256)
  }
  return hashes
}

/** A new draft with its pictures, or nothing: a failure part-way removes the draft again. */
async function createRow(planned: PlannedRow, pictures: PictureSource, deps: ImportDeps) {
  // A read whose photo changed on disk since the preview no longer matches its slot and fills
  // nothing (applyReads compares the hashes).
  const contentWith = (hashes: ReadonlyMap<string, string>) =>
    rowContent(emptyDraftContent(), planned.mapped, hashes, planned.reads).content
  if (deps.team) return createOnTeam(planned, pictures, deps, deps.team, contentWith)
  const draft = deps.drafts.create(planned.title, contentWith(planned.hashes))
  try {
    const hashes = await storePictures(planned.mapped, pictures, deps, draft.id)
    // Only a picture changed on disk since the preview makes this a second revision.
    deps.drafts.saveContent(draft.id, contentWith(hashes))
    return draft.id
  } catch (error) {
    deps.drafts.remove(draft.id)
    deps.media.collectOrphans()
    throw error
  }
}

async function createOnTeam(
  planned: PlannedRow,
  pictures: PictureSource,
  deps: ImportDeps,
  team: DraftsPort,
  contentWith: (hashes: ReadonlyMap<string, string>) => DraftContent
) {
  const draft = await team.create(planned.title, contentWith(planned.hashes))
  try {
    const hashes = await storePictures(planned.mapped, pictures, deps, draft.id)
    // The pictures travel with this save: the create could not send what was not stored yet.
    await team.save(draft.id, { content: contentWith(hashes), checkpoint: true })
    return draft.id
  } catch (error) {
    await team.remove(draft.id).catch(() => undefined)
    deps.media.collectOrphans()
    throw error
  }
}

/** One new revision over the draft's latest content; cells left empty keep their values. */
async function updateRow(
  planned: PlannedRow,
  draftId: string,
  pictures: PictureSource,
  deps: ImportDeps
): Promise<boolean> {
  const hashes = await storePictures(planned.mapped, pictures, deps, draftId)
  if (deps.team) return updateOnTeam(planned, draftId, hashes, deps.team)
  const latest = deps.drafts.get(draftId)
  const { content } = rowContent(latest.content, planned.mapped, hashes, planned.reads)
  if (planned.cells['title'] && planned.title !== latest.title) {
    deps.drafts.rename(draftId, planned.title)
  }
  // An update from a sheet is its own revision, never folded into an editing session's.
  deps.drafts.checkpoint(draftId)
  return deps.drafts.saveContent(draftId, content, { checkpoint: true }).changed
}

/** The same update on the team store, checked against the revision it was read from. */
async function updateOnTeam(
  planned: PlannedRow,
  draftId: string,
  hashes: ReadonlyMap<string, string>,
  team: DraftsPort
): Promise<boolean> {
  const latest = await team.get(draftId)
  const { content } = rowContent(latest.content, planned.mapped, hashes, planned.reads)
  if (planned.cells['title'] && planned.title !== latest.title)
    await team.rename(draftId, planned.title)
  const saved = await team.save(draftId, {
    content,
    baseRevision: latest.revision,
    checkpoint: true
  })
  return saved.changed
}

function failure(error: unknown): ApiError {
  if (error instanceof KaitongError) return error.toApiError()
  throw error
}

export async function runImport(
  plan: ImportPlan,
  pictures: PictureSource,
  deps: ImportDeps,
  options: RunOptions = {}
): Promise<ImportReport> {
  const report: ImportReport = {
    created: 0,
    updated: 0,
    unchanged: 0,
    refused: 0,
    skipped: 0,
    rows: []
  }
  const total = plan.rows.length
  for (const [index, planned] of plan.rows.entries()) {
    options.progress?.(index, total, planned.title)
    const row = { line: planned.line, title: planned.title }
    let outcome: ImportReport['rows'][number]
    if (options.signal?.aborted) outcome = { ...row, outcome: 'skipped' }
    else if (planned.action === 'refused') {
      const [first] = planned.blocking
      outcome = {
        ...row,
        outcome: 'refused',
        ...(first
          ? { error: { code: first.code, ...(first.params ? { params: first.params } : {}) } }
          : {})
      }
    } else {
      try {
        if (planned.draftId) {
          const changed = await updateRow(planned, planned.draftId, pictures, deps)
          outcome = { ...row, outcome: changed ? 'updated' : 'unchanged', draftId: planned.draftId }
        } else {
          outcome = {
            ...row,
            outcome: 'created',
            draftId: await createRow(planned, pictures, deps)
          }
        }
      } catch (error) {
        outcome = { ...row, outcome: 'refused', error: failure(error) }
      }
    }
    report[outcome.outcome]++
    report.rows.push(outcome)
  }
  options.progress?.(total, total)
  return report
}
