import { join } from 'node:path'
import { afterEach } from 'vitest'
import { openApp, type OpenedApp } from '../../src-main/api'
import { useTempDir } from './temp-dir'

/** The whole main side (router over a real SQLite file in a temp folder). */
export function useTempApp() {
  const tempDir = useTempDir('kaitong-app-')
  const opened: OpenedApp[] = []
  afterEach(() => {
    for (const app of opened.splice(0)) if (app.db.open) app.close()
  })
  const openAt = (dataDir: string) => {
    const app = openApp({ dataDir, version: '0.0.0-test', checkOutput: true })
    opened.push(app)
    return app
  }
  return () => {
    const dataDir = tempDir()
    return {
      app: openAt(dataDir),
      dataDir,
      dbPath: join(dataDir, 'kaitong.sqlite'),
      /** Opens the same folder again, as the next start of the app would. */
      reopen: () => openAt(dataDir)
    }
  }
}
