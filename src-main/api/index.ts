import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { checkpoint, openDatabase, type WritableDb } from '../store/connection'
import { createDraftsRepo } from '../store/drafts'
import { storageFailure } from '../store/errors'
import { migrate } from '../store/migrations'
import { createMediaStore, type MediaStore } from '../media'
import { createExportsRepo } from '../store/exports'
import { createMediaRepo } from '../store/media'
import { createDraftHandlers, type DraftsDeps } from './handlers/drafts'
import { createBundleHandlers, type BundlesDeps } from './handlers/bundles'
import { createMediaHandlers, type MediaDeps } from './handlers/media'
import { createSettingsHandlers, type SettingsDeps } from './handlers/settings'
import { createJobHandlers, type JobsDeps } from './handlers/jobs'
import { createDocumentHandlers, type DocumentsDeps } from './handlers/documents'
import { createDocumentReader } from '../media/ocr/read-document'
import { createJobs, type Jobs } from '../jobs/jobs'
import { createSettings, type Settings } from './settings'
import { createSettingsRepo } from '../store/settings'
import { createRouter, type Handlers, type Router, type RouterOptions } from './router'

export interface AppDeps
  extends DraftsDeps, MediaDeps, BundlesDeps, SettingsDeps, JobsDeps, DocumentsDeps {
  version: string
  dataDir: string
}

/** Merges each area's handler map into the full table the router serves. */
export function createHandlers(deps: AppDeps): Handlers {
  return {
    'app.info': () => ({ version: deps.version, dataDir: deps.dataDir }),
    ...createDraftHandlers(deps),
    ...createMediaHandlers(deps),
    ...createBundleHandlers(deps),
    ...createSettingsHandlers(deps),
    ...createJobHandlers(deps),
    ...createDocumentHandlers(deps)
  }
}

export function createAppRouter(deps: AppDeps, options?: RouterOptions): Router {
  return createRouter(createHandlers(deps), options)
}

const IDLE_CHECKPOINT_MS = 2000

export interface OpenAppOptions {
  dataDir: string
  version: string
  /** Defaults to `<dataDir>/kaitong.sqlite`. */
  dbPath?: string
  nativeBinding?: string
  checkOutput?: boolean
  /** Default folder for bundles; `<dataDir>/bundles` unless the shell names one. */
  exportDir?: string
  chooseFolder?: BundlesDeps['chooseFolder']
  revealPath?: BundlesDeps['revealPath']
}

export interface OpenedApp {
  router: Router
  db: WritableDb
  /** For the read-only thumbnail protocol (Electron) and the harness's /media route. */
  media: MediaStore
  settings: Settings
  /** Background work started through the router (bulk import and export, reading documents). */
  jobs: Jobs
  version: string
  close(): void
}

/** Opens (and migrates) the database and wires every area: one composition root for all doors. */
export function openApp(options: OpenAppOptions): OpenedApp {
  mkdirSync(options.dataDir, { recursive: true })
  const db = openDatabase(options.dbPath ?? join(options.dataDir, 'kaitong.sqlite'), {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  })
  migrate(db)
  const media = createMediaStore({ repo: createMediaRepo(db), dataDir: options.dataDir })
  const settings = createSettings(createSettingsRepo(db))
  const jobs = createJobs({ translate: storageFailure })
  const documents = createDocumentReader()
  const inner = createAppRouter(
    {
      version: options.version,
      dataDir: options.dataDir,
      drafts: createDraftsRepo(db),
      media,
      exports: createExportsRepo(db),
      settings,
      jobs,
      documents,
      exportDir: options.exportDir ?? join(options.dataDir, 'bundles'),
      ...(options.chooseFolder ? { chooseFolder: options.chooseFolder } : {}),
      ...(options.revealPath ? { revealPath: options.revealPath } : {}),
      afterDelete: () => media.collectOrphans()
    },
    { checkOutput: options.checkOutput ?? false, translate: storageFailure }
  )
  // Fold the WAL in once the app has been quiet for a moment, so the auto-checkpoint
  // (which lands on a save) rarely has work left to do. `npm run bench` measures both.
  let idleTimer: NodeJS.Timeout | undefined
  const router: Router = {
    async dispatch(name, raw) {
      const result = await inner.dispatch(name, raw)
      clearTimeout(idleTimer)
      idleTimer = setTimeout(() => checkpoint(db), IDLE_CHECKPOINT_MS).unref()
      return result
    }
  }
  return {
    router,
    db,
    media,
    settings,
    jobs,
    version: options.version,
    close() {
      clearTimeout(idleTimer)
      void documents.close()
      checkpoint(db)
      db.close()
    }
  }
}
