import { randomUUID } from 'node:crypto'
import { fileSlug } from '../../bundle/file-name'
import { localCalendarDate } from '../../domain/local-date'
import { importDraftPackage, readDraftPackage, writeDraftPackage } from '../../import/draft-package'
import { MAX_UPLOADED_PICTURES_BYTES } from '../../import/limits'
import {
  NO_PICTURES,
  uploadedPictures,
  zipPictures,
  type PictureSource
} from '../../import/picture-source'
import { readSheet } from '../../import/read-sheet'
import { planImport, runImport, type ImportDeps, type ImportPlan } from '../../import/sheet-import'
import type { Jobs } from '../../jobs/jobs'
import type { MediaStore } from '../../media'
import type { DocumentReader } from '../../media/ocr/read-document'
import type { DraftLookup } from '../../store/draft-lookup'
import type { DraftsRepo } from '../../store/drafts'
import type { TeamSession } from '../../store/pg/team-session'
import type { HandlerInput, ImportPreview } from '../contract'
import { KaitongError } from '../result'
import type { Handlers } from '../router'
import type { Settings } from '../settings'
import { draftFile } from './drafts'
import { decodeBase64 } from './media'

export interface ImportsDeps {
  drafts: DraftsRepo
  lookup: DraftLookup
  media: MediaStore
  documents: DocumentReader
  settings: Settings
  jobs: Jobs
  /** On the team store a sheet's rows are written through it (as duplicate and bulk delete are). */
  team: TeamSession
  now?: () => Date
}

/** Previews waiting for `imports.run`; an abandoned one is dropped once newer ones pile up. */
const KEEP_PREVIEWS = 3

function picturesFrom(input: HandlerInput<'imports.preview'>['pictures']): PictureSource {
  if (!input) return NO_PICTURES
  if (input.kind === 'zip') return zipPictures(decodeBase64(input.dataBase64), input.name)
  let total = 0
  const files = input.files.map((file) => {
    const data = decodeBase64(file.dataBase64)
    total += data.length
    return { path: file.path, data }
  })
  if (total > MAX_UPLOADED_PICTURES_BYTES) {
    throw new KaitongError('import.pictures_too_large', {
      bytes: total,
      max: MAX_UPLOADED_PICTURES_BYTES
    })
  }
  return uploadedPictures(files)
}

/**
 * The sheet and its pictures arrive as uploaded bytes, the one door that works the same over
 * IPC and the e2e harness (a path would need the Electron dialog, and the renderer may not
 * name files on disk); the CLI reads its folder directly through the same import module.
 */
export function createImportHandlers(deps: ImportsDeps) {
  const now = deps.now ?? (() => new Date())
  const staged = new Map<string, { plan: ImportPlan; pictures: PictureSource }>()
  const importDeps = (): ImportDeps => ({
    drafts: deps.drafts,
    lookup: deps.lookup,
    media: deps.media,
    documents: deps.documents,
    today: localCalendarDate(now()),
    overrides: deps.settings.ruleLevels(),
    ...(deps.team.status().mode === 'team' ? { team: deps.team.drafts() } : {})
  })

  return {
    // A job: reading the document photos a row relies on takes seconds each.
    'imports.preview': async ({ sheet, pictures, checkTyped }) => {
      const table = await readSheet(decodeBase64(sheet.dataBase64), sheet.name)
      const source = picturesFrom(pictures)
      return deps.jobs.start('imports.preview', async ({ signal, progress }) => {
        const plan = await planImport(table, source, importDeps(), {
          signal,
          progress,
          ...(checkTyped ? { checkTyped } : {})
        })
        const previewId = randomUUID()
        staged.set(previewId, { plan, pictures: source })
        for (const old of [...staged.keys()].slice(0, -KEEP_PREVIEWS)) staged.delete(old)
        return {
          previewId,
          fileName: sheet.name,
          columns: plan.columns,
          unknownColumns: plan.unknownColumns,
          rows: plan.rows.map(
            ({ line, action, draftId, title, cells, blocking, due, warnings }) => ({
              line,
              action,
              ...(draftId ? { draftId } : {}),
              title,
              cells,
              blocking,
              due,
              warnings
            })
          )
        } satisfies ImportPreview
      })
    },
    'imports.run': ({ previewId }) => {
      const found = staged.get(previewId)
      if (!found) throw new KaitongError('import.preview_not_found')
      staged.delete(previewId)
      return deps.jobs.start('import', ({ signal, progress }) =>
        runImport(found.plan, found.pictures, importDeps(), { signal, progress })
      )
    },
    'drafts.exportPackage': async ({ id }) => {
      const file = draftFile(deps.drafts, id)
      const zip = await writeDraftPackage(file, deps.media)
      return {
        fileName: `${fileSlug(file.title) || 'draft'}.kaitong-draft.zip`,
        dataBase64: Buffer.from(zip).toString('base64')
      }
    },
    'drafts.importPackage': async ({ name, dataBase64 }) =>
      importDraftPackage(
        await readDraftPackage(decodeBase64(dataBase64), name),
        deps.drafts,
        deps.media,
        deps.team.status().mode === 'team' ? deps.team.drafts() : undefined
      )
  } satisfies Partial<Handlers>
}
