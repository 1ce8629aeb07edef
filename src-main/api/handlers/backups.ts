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
}

export function createBackupHandlers({ db, dbPath, storeOptions, startup }: BackupsDeps) {
  const dir = backupDirFor(dbPath)
  const status = () => ({
    startup,
    backups: listBackups(dir),
    restorePending: existsSync(stagedRestorePath(dbPath))
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
    }
  } satisfies Partial<Handlers>
}
