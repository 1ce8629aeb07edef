import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { setAsideLockedData } from '../../../src-main/api/data-folder'
import { createLockedRouter } from '../../../src-main/api/locked'
import { useTempApp } from '../../helpers/app'

const openTempApp = useTempApp()

function lockedOver(dataDir: string, dbPath: string) {
  return createLockedRouter({
    reason: 'unseal_failed',
    dataDir,
    version: 'test',
    startOver: () => setAsideLockedData(dataDir, dbPath)
  })
}

describe('the store when its key is lost', () => {
  it('reports why, so the renderer shows the key-lost screen', async () => {
    const { dataDir, dbPath } = openTempApp()
    expect(await lockedOver(dataDir, dbPath).dispatch('security.status', {})).toEqual({
      ok: true,
      value: { state: 'locked', reason: 'unseal_failed', dataDir }
    })
  })

  it('refuses every other call, so nothing writes a new empty database', async () => {
    const { app, dataDir, dbPath } = openTempApp()
    app.close()
    const before = readFileSync(dbPath)
    const router = lockedOver(dataDir, dbPath)
    for (const [name, input] of [
      ['drafts.list', {}],
      ['drafts.create', { title: '新' }]
    ] as const) {
      expect(await router.dispatch(name, input)).toEqual({
        ok: false,
        error: { code: 'store.key_lost' }
      })
    }
    expect(readFileSync(dbPath).equals(before)).toBe(true)
  })

  it('sets the old database and pictures aside whole when asked to start over', async () => {
    const { app, dataDir, dbPath } = openTempApp()
    const created = await app.router.dispatch('drafts.create', { title: '旧' })
    expect(created.ok).toBe(true)
    app.close()
    const before = readFileSync(dbPath)
    const result = await lockedOver(dataDir, dbPath).dispatch('security.startOver', {})
    if (!result.ok) throw new Error(result.error.code)
    const { keptAs } = result.value as { keptAs: string }
    expect(existsSync(dbPath)).toBe(false)
    expect(readFileSync(join(keptAs, 'kaitong.sqlite')).equals(before)).toBe(true)
    expect(readdirSync(keptAs)).toContain('kaitong.sqlite')
  })

  it('answers security.status as ready when the store is open', async () => {
    const { app } = openTempApp()
    expect(await app.router.dispatch('security.status', {})).toEqual({
      ok: true,
      value: { state: 'ready', keySource: 'env' }
    })
  })
})
