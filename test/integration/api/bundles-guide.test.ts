import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp, type OpenedApp } from '../../../src-main/api'
import type { MethodOutput } from '../../../src-main/api/contract'
import { createCompleteDraft } from '../../helpers/complete-draft'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir('kaitong-guide-')
const opened: OpenedApp[] = []
afterEach(() => {
  for (const app of opened.splice(0)) if (app.db.open) app.close()
})

/** The app as Electron opens it, with a folder picker and a shell that opens files. */
function appWithShell(picked: string | null, openedPaths: string[] = []) {
  const dataDir = tempDir()
  const open = () => {
    const app = openApp({
      dataDir,
      version: '0.0.0-test',
      checkOutput: true,
      chooseFolder: () => Promise.resolve(picked),
      openPath: (path) => openedPaths.push(path)
    })
    opened.push(app)
    return app
  }
  return { app: open(), dataDir, reopen: open }
}

async function value<T>(app: OpenedApp, method: string, input: unknown): Promise<T> {
  const result = await app.router.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

describe('bundles.folder', () => {
  it('remembers the folder last chosen, for every draft and across restarts', async () => {
    const folder = join(tempDir(), 'agency-bundles')
    mkdirSync(folder)
    const { app, dataDir, reopen } = appWithShell(folder)

    const before = await value<MethodOutput<'bundles.folder'>>(app, 'bundles.folder', {})
    await value(app, 'bundles.chooseFolder', {})
    app.close()
    const after = await value<MethodOutput<'bundles.folder'>>(reopen(), 'bundles.folder', {})

    expect(before).toEqual({ path: null, defaultPath: join(dataDir, 'bundles') })
    expect(after.path).toBe(folder)
  })

  it('does not remember a cancelled pick', async () => {
    const { app } = appWithShell(null)
    await value(app, 'bundles.chooseFolder', {})

    expect((await value<MethodOutput<'bundles.folder'>>(app, 'bundles.folder', {})).path).toBe(null)
  })
})

describe('bundles.openSummary', () => {
  it('writes the exported bundle’s summary.html to the data folder and opens it', async () => {
    const openedPaths: string[] = []
    const { app, dataDir } = appWithShell(null, openedPaths)
    const id = await createCompleteDraft(app)
    const [entry] = await value<MethodOutput<'bundles.export'>>(app, 'bundles.export', {
      id,
      platforms: ['wechat-pay']
    })
    if (!entry?.ok) throw new Error('export failed')

    const shown = await value<MethodOutput<'bundles.openSummary'>>(app, 'bundles.openSummary', {
      exportId: entry.export.id
    })

    const inZip = unzipSync(readFileSync(entry.export.path))['summary.html']
    expect(shown).toEqual({
      path: join(dataDir, 'summaries', `${entry.export.id}.html`),
      opened: true
    })
    expect(openedPaths).toEqual([shown.path])
    expect(readFileSync(shown.path)).toEqual(Buffer.from(inZip ?? []))
  })

  it('refuses an export id it does not know', async () => {
    const { app } = appWithShell(null)
    const result = await app.router.dispatch('bundles.openSummary', { exportId: 999 })

    expect(result).toMatchObject({ ok: false, error: { code: 'bundles.export_not_found' } })
  })
})
