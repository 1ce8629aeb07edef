import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openApp, type OpenedApp } from '../../../src-main/api'
import type { MethodOutput } from '../../../src-main/api/contract'
import { DAMAGE, writeHealthyDb } from '../../helpers/damaged-db'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir('kaitong-api-backups-')

async function call<T>(app: OpenedApp, method: string, input: unknown = {}): Promise<T> {
  const result = await app.router.dispatch(method, input)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value as T
}

const open = (dataDir: string) => openApp({ dataDir, version: '0.0.0-test', checkOutput: true })

describe('backups through the API', () => {
  it('backs up now, restores that backup at the next start, and keeps the replaced database', async () => {
    const dataDir = tempDir()
    writeHealthyDb(join(dataDir, 'kaitong.sqlite'), 2)
    const app = open(dataDir)
    const backup = await call<MethodOutput<'backups.create'>>(app, 'backups.create')
    await call(app, 'drafts.create', { title: '备份之后' })
    const staged = await call<MethodOutput<'backups.restore'>>(app, 'backups.restore', {
      file: backup.file
    })
    expect(staged.restorePending).toBe(true)
    // The running app keeps its database until the restart.
    expect(await call<unknown[]>(app, 'drafts.list')).toHaveLength(3)
    app.close()

    const next = open(dataDir)
    expect(await call<unknown[]>(next, 'drafts.list')).toHaveLength(2)
    const status = await call<MethodOutput<'backups.status'>>(next, 'backups.status')
    expect(status).toMatchObject({ startup: { state: 'ok' }, restorePending: false })
    next.close()
  })

  it('starts the app again to finish a staged restore, and only once one is staged', async () => {
    const dataDir = tempDir()
    writeHealthyDb(join(dataDir, 'kaitong.sqlite'), 2)
    let restarts = 0
    const app = openApp({ dataDir, version: '0.0.0-test', relaunch: () => (restarts += 1) })
    const status = await call<MethodOutput<'backups.status'>>(app, 'backups.status')
    expect(status.canRestart).toBe(true)
    const early = await app.router.dispatch('backups.restartNow', {})
    expect(early).toMatchObject({ ok: false, error: { code: 'backup.nothing_staged' } })

    const backup = await call<MethodOutput<'backups.create'>>(app, 'backups.create')
    await call(app, 'backups.restore', { file: backup.file })
    await call(app, 'backups.restartNow')
    expect(restarts).toBe(1)
    app.close()
  })

  it('says a restart must be done by hand where the app cannot start itself again', async () => {
    const dataDir = tempDir()
    writeHealthyDb(join(dataDir, 'kaitong.sqlite'), 2)
    const app = open(dataDir)
    const backup = await call<MethodOutput<'backups.create'>>(app, 'backups.create')
    const staged = await call<MethodOutput<'backups.restore'>>(app, 'backups.restore', {
      file: backup.file
    })
    expect(staged.canRestart).toBe(false)
    const result = await app.router.dispatch('backups.restartNow', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'backup.restart_unavailable' } })
    app.close()
  })

  it('tells the renderer that a damaged database was set aside and which backup to offer', async () => {
    const dataDir = tempDir()
    const db = join(dataDir, 'kaitong.sqlite')
    writeHealthyDb(db, 2)
    const first = open(dataDir)
    const backup = await call<MethodOutput<'backups.create'>>(first, 'backups.create')
    first.close()
    DAMAGE['half-truncated file'](db)

    const app = open(dataDir)
    const status = await call<MethodOutput<'backups.status'>>(app, 'backups.status')
    expect(status.startup).toMatchObject({ state: 'set_aside', reason: 'damaged', backup })
    app.close()
  })

  it('restores only a backup from its own list', async () => {
    const dataDir = tempDir()
    const app = open(dataDir)
    const result = await app.router.dispatch('backups.restore', { file: '/etc/passwd' })
    expect(result).toMatchObject({ ok: false, error: { code: 'backup.not_found' } })
    app.close()
  })
})
