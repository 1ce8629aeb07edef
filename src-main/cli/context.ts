import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openApp, type OpenedApp } from '../api'
import { keySourceName } from '../api/data-folder'
import type { Lang } from '../domain/issue'
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
}

function appVersion(): string {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
    .version
}

/** Opens the app's store with the CLI's key: `KAITONG_KEY`, key file, passphrase or a new key file. */
export function openCliApp(dbPath: string | undefined, io: Io, lang: Lang): OpenedApp {
  const dataDir = dbPath ? dirname(dbPath) : defaultDataDir()
  const path = dbPath ?? join(dataDir, 'kaitong.sqlite')
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const { key, source } = resolveRootKey({
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
  if (source === 'new-key-file')
    io.err(cliText('keyFileWarning', lang, { file: join(dataDir, KEY_FILE) }))
  return openApp({
    dataDir,
    version: appVersion(),
    rootKey: key,
    keySource: keySourceName(source),
    dbPath: path
  })
}
