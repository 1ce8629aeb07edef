import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openApp, type OpenedApp } from '../api'
import { keySourceName } from '../api/data-folder'
import type { Lang } from '../domain/issue'
import { KaitongError } from '../api/result'
import { SET_ASIDE_REASONS } from '../domain/store-messages'
import { KEY_FILE, resolveRootKey } from '../keys/key-source'
import { isEncryptedDatabase } from '../store/encrypt-in-place'
import { defaultDataDir } from './data-dir'
import { cliText } from './messages'
import type { Io } from './output'
import { askHidden } from './terminal-prompt'

export interface CliContext {
  /** Opens the database on first use (commands that only read files never do). */
  app(): OpenedApp
  io: Io
  lang: Lang
  json: boolean
  /** The `--db` option: commands that replace the database file (restore) need its path. */
  dbPath: string | undefined
}

function appVersion(): string {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
    .version
}

/** The database the CLI works on: `--db`, or the app's own. */
export function cliDbPath(dbPath: string | undefined): string {
  return dbPath ?? join(defaultDataDir(), 'kaitong.sqlite')
}

/**
 * Opens the app's database for one command, with the CLI's key (`KAITONG_KEY`, key file,
 * passphrase or a new key file). A database set aside at this start (damaged, empty) is not
 * worked on: the command stops with what happened and which backup to restore.
 */
/**
 * The CLI's root key for the database at `path`: `KAITONG_KEY`, the folder's key file, a
 * passphrase asked on a terminal, or a new key file (with a warning).
 */
export function cliRootKey(path: string, io: Io, lang: Lang): ReturnType<typeof resolveRootKey> {
  const dataDir = dirname(path)
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const resolved = resolveRootKey({
    dataDir,
    encryptedDatabaseExists: isEncryptedDatabase(path),
    prompt: (kind) =>
      askHidden(
        cliText(
          kind === 'passphrase'
            ? 'askPassphrase'
            : kind === 'new-passphrase'
              ? 'askNewPassphrase'
              : 'askConfirmPassphrase',
          lang
        )
      )
  })
  if (resolved.source === 'new-key-file')
    io.err(cliText('keyFileWarning', lang, { file: join(dataDir, KEY_FILE) }))
  return resolved
}

export function openCliApp(dbPath: string | undefined, io: Io, lang: Lang): OpenedApp {
  const path = cliDbPath(dbPath)
  const dataDir = dirname(path)
  const { key, source } = cliRootKey(path, io, lang)
  const opened = openApp({
    dataDir,
    dbPath: path,
    version: appVersion(),
    rootKey: key,
    keySource: keySourceName(source),
    // A handler's unexpected failure reaches the user as api.internal; no stack trace.
    log: () => undefined
  })
  const { startup } = opened
  if (startup.state === 'set_aside') {
    opened.close()
    const reasonText = SET_ASIDE_REASONS[startup.reason][lang]
    throw startup.backup
      ? new KaitongError('store.set_aside', {
          reasonText,
          movedTo: startup.movedTo,
          backup: startup.backup.file,
          backupAt: startup.backup.createdAt
        })
      : new KaitongError('store.set_aside_no_backup', { reasonText, movedTo: startup.movedTo })
  }
  return opened
}
