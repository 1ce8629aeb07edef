import { existsSync } from 'node:fs'
import { KaitongError } from '../result'
import {
  backupDirFor,
  createBackup,
  listBackups,
  stageRestore,
  stagedRestorePath
} from '../../store/backup'
import type { OpenOptions, WritableDb } from '../../store/connection'
import type { StoreStartup } from '../../store/open-store'
import type { Handlers } from '../router'

export interface BackupsDeps {
  db: WritableDb
  dbPath: string
  /** Passed to every open of a backup, so an encrypted one is read with the same key. */
  storeOptions: OpenOptions
  startup: StoreStartup
  /** Quits and starts the app again (the Electron shell only). */
  relaunch?: () => void
}

export function createBackupHandlers(deps: BackupsDeps) {
  const { db, dbPath, storeOptions, startup, relaunch } = deps
  const dir = backupDirFor(dbPath)
  const pending = () => existsSync(stagedRestorePath(dbPath))
  const status = () => ({
    startup,
    backups: listBackups(dir),
    restorePending: pending(),
    canRestart: relaunch !== undefined
  })
  return {
    'backups.status': status,
    'backups.create': () => createBackup(db, dir),
    'backups.restore': ({ file }) => {
      // Only a backup Kaitong listed: the renderer never names an arbitrary path to copy in.
      if (!listBackups(dir).some((backup) => backup.file === file))
        throw new KaitongError('backup.not_found', { file })
      stageRestore(file, dbPath, storeOptions)
      return status()
    },
    'backups.restartNow': () => {
      if (!pending()) throw new KaitongError('backup.nothing_staged')
      if (!relaunch) throw new KaitongError('backup.restart_unavailable')
      relaunch()
      return {}
    }
  } satisfies Partial<Handlers>
}
