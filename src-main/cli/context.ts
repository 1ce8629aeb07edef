import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openApp, type OpenedApp } from '../api'
import type { Lang } from '../domain/issue'
import { defaultDataDir } from './data-dir'
import type { Io } from './output'

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

export function openCliApp(dbPath: string | undefined): OpenedApp {
  const dataDir = dbPath ? dirname(dbPath) : defaultDataDir()
  return openApp({ dataDir, version: appVersion(), ...(dbPath ? { dbPath } : {}) })
}
