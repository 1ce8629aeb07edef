import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { localCalendarDate } from '../../domain/local-date'
import type { MediaStore } from '../../media'
import type { PlatformId } from '../../platforms/adapter'
import { draftTargets } from '../../platforms/review'
import type { DraftsRepo } from '../../store/drafts'
import type { ExportsRepo } from '../../store/exports'
import type { LedgerShare } from '../../store/ledger-share'
import type { ExportedBundle } from '../../store/submissions'
import type { Issue } from '../../domain/issue'
import type { MethodOutput } from '../contract'
import { exportPlatformBundle } from '../export'
import { exportMany } from '../export-many'
import type { Jobs } from '../../jobs/jobs'
import { KaitongError } from '../result'
import { reviewDraft } from '../review'
import type { Handlers } from '../router'
import type { Settings } from '../settings'

export interface BundlesDeps {
  drafts: DraftsRepo
  jobs: Jobs
  settings: Settings
  media: MediaStore
  exports: ExportsRepo
  version: string
  /** Where bundles go when the user has not picked a folder. */
  exportDir: string
  /** The OS folder picker (Electron); absent elsewhere, then the default folder is used. */
  chooseFolder?: () => Promise<string | null>
  /** Shows a written bundle in the file manager (Electron). */
  revealPath?: (path: string) => void
  /** Opens a file with the system's default app (Electron), e.g. a summary in the browser. */
  openPath?: (path: string) => void
  /** Where opened summaries are written: `<dataDir>/summaries`. */
  dataDir: string
  /** The submission ledger hears of each bundle written (api/index.ts wires it). */
  afterExport?: (bundle: ExportedBundle) => void | Promise<void>
  /** On a team store: colleagues' bundles and attempts (api/index.ts wires it). */
  ledger?: LedgerShare
  /** Issues from the ledger (an attempt in flight, the last rejection) for the Review. */
  ledgerIssues?: (draftId: string, platform: PlatformId, licenceCode: string) => Issue[]
  now?: () => Date
}

type ExportResult = MethodOutput<'bundles.export'>[number]

export function createBundleHandlers(deps: BundlesDeps) {
  const now = deps.now ?? (() => new Date())

  async function exportOne(
    id: string,
    platform: PlatformId,
    outDir: string
  ): Promise<ExportResult> {
    // An exported revision is sealed: later edits start a new one, so it stays what was sent.
    deps.drafts.checkpoint(id)
    const draft = deps.drafts.get(id)
    const revisionCreatedAt = deps.drafts.revision(id, draft.revision).createdAt
    try {
      const written = await exportPlatformBundle({
        draft: {
          id,
          revision: draft.revision,
          revisionCreatedAt,
          title: draft.title,
          content: draft.content
        },
        platform,
        media: deps.media,
        settings: deps.settings,
        appVersion: deps.version,
        today: localCalendarDate(now()),
        outDir
      })
      const record = deps.exports.add({
        draftId: id,
        platform,
        revision: draft.revision,
        path: written.path,
        sha256: written.sha256,
        bytes: written.bytes,
        createdAt: now().toISOString()
      })
      await deps.afterExport?.({
        draftId: id,
        platform,
        exportId: record.id,
        revision: draft.revision,
        bundleSha256: written.sha256,
        licenceCode: draft.content.merchant.licence.creditCode,
        at: record.createdAt
      })
      return { platform, ok: true as const, export: record }
    } catch (error) {
      if (error instanceof KaitongError)
        return { platform, ok: false as const, error: error.toApiError() }
      throw error
    }
  }

  return {
    'review.draft': async ({ id, platforms, today }) => {
      // The ledger's rules read colleagues' attempts too (one in flight, a rename counted).
      await deps.ledger?.bring(id)
      const draft = deps.drafts.get(id)
      const reviews = await reviewDraft({
        content: draft.content,
        platforms: platforms ?? draftTargets(draft.content),
        media: deps.media,
        today: today ?? localCalendarDate(now()),
        overrides: deps.settings.ruleLevels()
      })
      const licence = draft.content.merchant.licence.creditCode
      return reviews.map((review) => ({
        ...review,
        issues: [...review.issues, ...(deps.ledgerIssues?.(id, review.platform, licence) ?? [])]
      }))
    },
    'bundles.export': async ({ id, platforms, outDir }) => {
      const target = outDir ?? deps.exportDir
      if (!outDir) mkdirSync(target, { recursive: true })
      const results: ExportResult[] = []
      // One at a time: each normalises its pictures; a failure leaves the others written.
      for (const platform of platforms) results.push(await exportOne(id, platform, target))
      return results
    },
    'bundles.exportMany': ({ ids, allReady, platforms, outDir, force, lang }) => {
      const target = outDir ?? deps.exportDir
      mkdirSync(target, { recursive: true })
      return deps.jobs.start('bundles.exportMany', (job) =>
        exportMany(
          { ...deps, exportOne, today: () => localCalendarDate(now()) },
          {
            ...(ids ? { ids } : {}),
            ...(allReady ? { allReady } : {}),
            ...(platforms ? { platforms } : {}),
            outDir: target,
            force,
            lang
          },
          job
        )
      )
    },
    'bundles.history': async ({ id }) => {
      deps.drafts.get(id)
      // On a team store colleagues' bundles are listed too, each with who wrote it.
      await deps.ledger?.bring(id)
      return deps.exports.listForDraft(id)
    },
    'bundles.chooseFolder': async () => {
      const path = deps.chooseFolder ? await deps.chooseFolder() : null
      // Remembered for every draft: an agency exports all its merchants to one place.
      if (path) deps.settings.setExportFolder(path)
      return { path, defaultPath: deps.exportDir }
    },
    'bundles.folder': () => ({ path: deps.settings.exportFolder(), defaultPath: deps.exportDir }),
    'bundles.openSummary': ({ exportId }) => {
      const record = deps.exports.get(exportId)
      if (!record) throw new KaitongError('bundles.export_not_found', { id: exportId })
      const summary = unzipSync(readFileSync(record.path), {
        filter: (file) => file.name === 'summary.html'
      })['summary.html']
      if (!summary) throw new KaitongError('bundles.export_not_found', { id: exportId })
      const dir = join(deps.dataDir, 'summaries')
      mkdirSync(dir, { recursive: true })
      const path = join(dir, `${exportId}.html`)
      writeFileSync(path, summary)
      deps.openPath?.(path)
      return { path, opened: deps.openPath !== undefined }
    },
    'bundles.reveal': ({ exportId }) => {
      const record = deps.exports.get(exportId)
      if (!record) throw new KaitongError('bundles.export_not_found', { id: exportId })
      deps.revealPath?.(record.path)
      return { path: record.path, shown: deps.revealPath !== undefined }
    }
  } satisfies Partial<Handlers>
}
