import { join } from 'node:path'
import type { RootKey } from '../keys/root-key'
import {
  checkpoint,
  checkpointAndTruncate,
  type OpenOptions,
  type WritableDb
} from '../store/connection'
import { plaintextBackupPath, shredFile } from '../store/encrypt-in-place'
import { prepareStoreKeys, restrictModes } from './data-folder'
import { openStore, type StoreStartup } from '../store/open-store'
import { createDraftsRepo } from '../store/drafts'
import { storageFailure } from '../store/errors'
import { createMediaStore, createVariantPool, type MediaStore } from '../media'
import { createExportsRepo } from '../store/exports'
import { createMediaRepo } from '../store/media'
import { createDraftHandlers, type DraftsDeps } from './handlers/drafts'
import { createBundleHandlers, type BundlesDeps } from './handlers/bundles'
import { createMediaHandlers, type MediaDeps } from './handlers/media'
import { createSettingsHandlers, type SettingsDeps } from './handlers/settings'
import { createJobHandlers, type JobsDeps } from './handlers/jobs'
import { createBackupHandlers, type BackupsDeps } from './handlers/backups'
import { createDocumentHandlers, type DocumentsDeps } from './handlers/documents'
import {
  createSubmissionHandlers,
  ledgerIssuesFor,
  type SubmissionsDeps
} from './handlers/submissions'
import { createSubmissionsRepo } from '../store/submissions'
import { createSubmitHandlers, type SubmitHandlerDeps } from './handlers/submit'
import { createProfiles, KEY_PREFIX } from '../submit/credentials'
import { createSubmitFollowHandlers, type SubmitFollowDeps } from './handlers/submit-follow'
import { createPoller, createPollerConfig, createPollerState, type Poller } from '../submit/poller'
import { createProfileForms } from '../submit/profile-form'
import { createSubmitService } from '../submit/submit-service'
import { hasErrors } from '../domain/issue'
import { reviewDraft } from './review'
import { createDocumentReader } from '../media/ocr/read-document'
import { createSecurityHandlers, type KeySourceName, type SecurityDeps } from './handlers/security'
import { createJobs, type Jobs } from '../jobs/jobs'
import { createImportHandlers, type ImportsDeps } from './handlers/imports'
import { createDraftLookup } from '../store/draft-lookup'
import { createSettings, type Settings } from './settings'
import { createSettingsRepo } from '../store/settings'
import { createPortfolioHandlers, type PortfolioDeps } from './handlers/portfolio'
import { createDraftBatch } from '../store/draft-batch'
import { createDraftSummariesRepo } from '../store/draft-summaries'
import { localCalendarDate } from '../domain/local-date'
import { createRouter, type Handlers, type Router, type RouterOptions } from './router'
import { sqliteDraftsPort } from '../store/port'
import { createTeamSession, type TeamSession } from '../store/pg/team-session'
import { localSideOf } from '../store/pg/transfer'
import { sessionLedger } from '../store/pg/submissions'
import { createTeamHandlers, type TeamDeps } from './handlers/team'

export interface AppDeps
  extends
    DraftsDeps,
    MediaDeps,
    BundlesDeps,
    SettingsDeps,
    JobsDeps,
    DocumentsDeps,
    BackupsDeps,
    SubmissionsDeps,
    SecurityDeps,
    PortfolioDeps,
    ImportsDeps,
    SubmitHandlerDeps,
    SubmitFollowDeps,
    TeamDeps {
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
    ...createDocumentHandlers(deps),
    ...createBackupHandlers(deps),
    ...createSubmissionHandlers(deps),
    ...createSecurityHandlers(deps),
    ...createPortfolioHandlers(deps),
    ...createImportHandlers(deps),
    ...createSubmitHandlers(deps),
    ...createSubmitFollowHandlers(deps),
    ...createTeamHandlers(deps)
  }
}

export function createAppRouter(deps: AppDeps, options?: RouterOptions): Router {
  return createRouter(createHandlers(deps), options)
}

const IDLE_CHECKPOINT_MS = 2000
/** During a long run of writes (a bulk import) the WAL is still folded in this often. */
const MAX_CHECKPOINT_GAP_MS = 10_000

export interface OpenAppOptions {
  dataDir: string
  version: string
  /** Defaults to `<dataDir>/kaitong.sqlite`. */
  dbPath?: string
  nativeBinding?: string
  /** The app passes the keychain's key; the CLI and tests leave it to `KAITONG_KEY` / key file. */
  rootKey?: RootKey
  /** Where `rootKey` came from, for `security.status`. */
  keySource?: KeySourceName
  checkOutput?: boolean
  /** Default folder for bundles; `<dataDir>/bundles` unless the shell names one. */
  exportDir?: string
  chooseFolder?: BundlesDeps['chooseFolder']
  /** Where a handler's unexpected failure is reported (default: the console). */
  log?: RouterOptions['log']
  revealPath?: BundlesDeps['revealPath']
  /** The built picture worker (Electron's out/main); by default the TypeScript source. */
  variantWorker?: string
  openPath?: BundlesDeps['openPath']
  relaunch?: BackupsDeps['relaunch']
}

export interface OpenedApp {
  router: Router
  db: WritableDb
  /** For the read-only thumbnail protocol (Electron) and the harness's /media route. */
  media: MediaStore
  settings: Settings
  /** Background work started through the router (bulk import and export, reading documents). */
  jobs: Jobs
  /** Which store the drafts live in (Settings › team store), its connection and live changes. */
  team: TeamSession
  version: string
  /** How the database came up (set aside as damaged, restored …), for the app and the CLI. */
  startup: StoreStartup
  /** Follows sent applications; the app starts it, the CLI does not. */
  poller: Poller
  /** Never throws. */
  close(): void
}

/** Opens (and migrates) the database and wires every area: one composition root for all doors. */
export function openApp(options: OpenAppOptions): OpenedApp {
  const dbPath = options.dbPath ?? join(options.dataDir, 'kaitong.sqlite')
  const { databaseKey, mediaKey, keySource } = prepareStoreKeys({
    dataDir: options.dataDir,
    dbPath,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.rootKey ? { rootKey: options.rootKey } : {}),
    ...(options.keySource ? { keySource: options.keySource } : {})
  })
  const storeOptions: OpenOptions = {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    key: databaseKey
  }
  const store = openStore(dbPath, storeOptions)
  const { db } = store
  restrictModes(dbPath)
  // The plaintext copy taken before encrypting is kept only until the encrypted store is up
  // (also one an interrupted start left behind).
  shredFile(plaintextBackupPath(dbPath))
  // SQLite's auto-checkpoint runs inside the commit that crosses its threshold, so now and
  // then a save would pay for folding the whole WAL: the timers below do it instead.
  db.pragma('wal_autocheckpoint = 0')
  const media = createMediaStore({
    repo: createMediaRepo(db),
    dataDir: options.dataDir,
    key: mediaKey,
    ...(options.variantWorker
      ? { pool: createVariantPool({ workerFile: options.variantWorker }) }
      : {})
  })
  const settings = createSettings(createSettingsRepo(db))
  const jobs = createJobs({ translate: storageFailure })
  const documents = createDocumentReader()
  const drafts = createDraftsRepo(db)
  const team = createTeamSession({
    db,
    settings: createSettingsRepo(db),
    local: sqliteDraftsPort(db, { coalesce: true }),
    pictures: localSideOf(db, media)
  })
  // A team store chosen earlier is connected in the background; until it answers (or
  // while it cannot be reached) the open draft is edited in the working copy.
  void team.start()
  const submissions = createSubmissionsRepo(db)
  // On the team store the ledger is shared: colleagues' exports and sends, one sender each.
  const ledger = sessionLedger(team)
  const ledgerDeps = { drafts, submissions, ledgerSettings: createSettingsRepo(db) }
  const exports = createExportsRepo(db)
  const settingsRepo = createSettingsRepo(db)
  const profiles = createProfiles(settingsRepo)
  const submit = createSubmitService({
    drafts,
    submissions,
    exports,
    profiles,
    ledger,
    // The same review the Review step shows: nothing is sent while it has errors.
    precheckErrors: async (draftId, platform) => {
      const [review] = await reviewDraft({
        content: drafts.get(draftId).content,
        platforms: [platform],
        media,
        today: localCalendarDate(new Date()),
        overrides: settings.ruleLevels()
      })
      return review && hasErrors(review.issues)
        ? review.issues.filter((found) => found.severity === 'error').length
        : 0
    }
  })
  const pollerConfig = createPollerConfig(settingsRepo)
  const poller = createPoller({
    submissions,
    refresh: (profile, draftId) => submit.refresh(profile, draftId),
    config: () => pollerConfig.get(),
    state: createPollerState(settingsRepo)
  })
  const profileForms = createProfileForms({
    profiles,
    names: () =>
      settingsRepo.keysStartingWith(KEY_PREFIX).map((key) => key.slice(KEY_PREFIX.length)),
    remove: (name) => settingsRepo.remove(`${KEY_PREFIX}${name}`)
  })
  const inner = createAppRouter(
    {
      version: options.version,
      dataDir: options.dataDir,
      drafts,
      store: team.drafts,
      team,
      submissions,
      ledgerSettings: ledgerDeps.ledgerSettings,
      // Every bundle written opens (or refreshes) an attempt in the ledger; the Review shows
      // the ledger's rules beside the platform's.
      afterExport: async (bundle) => {
        // A colleague's send heard first: their attempt is not reopened by this bundle.
        await ledger.bring(bundle.draftId)
        submissions.recordExport(bundle)
        await ledger.publish(bundle.draftId)
      },
      ledger,
      ledgerIssues: (draftId, platform, licenceCode) =>
        ledgerIssuesFor(ledgerDeps, draftId, platform, licenceCode),
      summaries: createDraftSummariesRepo(db, {
        today: () => localCalendarDate(new Date()),
        overrides: () => settings.ruleLevels()
      }),
      batch: createDraftBatch(db, drafts),
      media,
      exports,
      profiles,
      submit,
      profileForms,
      poller,
      pollerConfig,
      settings,
      jobs,
      db,
      dbPath,
      storeOptions,
      startup: store.startup,
      documents,
      keySource,
      lookup: createDraftLookup(db),
      exportDir: options.exportDir ?? join(options.dataDir, 'bundles'),
      ...(options.chooseFolder ? { chooseFolder: options.chooseFolder } : {}),
      ...(options.revealPath ? { revealPath: options.revealPath } : {}),
      ...(options.openPath ? { openPath: options.openPath } : {}),
      ...(options.relaunch ? { relaunch: options.relaunch } : {}),
      afterDelete: () => {
        media.collectOrphans()
        // The deleted values must not linger in old WAL frames either.
        checkpointAndTruncate(db)
      }
    },
    {
      checkOutput: options.checkOutput ?? false,
      translate: storageFailure,
      ...(options.log ? { log: options.log } : {})
    }
  )
  // Fold the WAL in once the app has been quiet for a moment, or after a call when the
  // last fold is long ago, never inside a call. `npm run bench` measures saves with it.
  let idleTimer: NodeJS.Timeout | undefined
  let folded = Date.now()
  const fold = () => {
    folded = Date.now()
    try {
      if (db.open) checkpoint(db)
    } catch {
      // A full or read-only disk: the WAL keeps every commit, the next checkpoint folds it.
    }
  }
  const router: Router = {
    async dispatch(name, raw) {
      const result = await inner.dispatch(name, raw)
      clearTimeout(idleTimer)
      // A call still running when the app closed must not schedule work on the closed file.
      if (db.open) {
        idleTimer = setTimeout(fold, IDLE_CHECKPOINT_MS).unref()
        if (Date.now() - folded > MAX_CHECKPOINT_GAP_MS) setImmediate(fold)
      }
      return result
    }
  }
  return {
    router,
    db,
    media,
    settings,
    jobs,
    team,
    version: options.version,
    startup: store.startup,
    poller,
    close() {
      clearTimeout(idleTimer)
      void poller.stop()
      void team.close()
      // The OCR workers end with the process anyway; a failure to stop them is not the user's.
      documents.close().catch(() => undefined)
      store.close()
    }
  }
}
