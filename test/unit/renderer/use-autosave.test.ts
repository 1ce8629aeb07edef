import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp } from 'vue'
import type { Result } from '../../../src-main/api/result'
import { provideApi } from '../../../src-renderer/api/client'
import { createSaveLoop } from '../../../src-renderer/composables/use-autosave'
import { useDraftEditorStore } from '../../../src-renderer/stores/draft-editor'
import { useTempApp } from '../../helpers/app'

const openTempApp = useTempApp()
const BUSY: Result<never> = { ok: false, error: { code: 'store.busy' } }

/**
 * The editor store over main's real router and a temp database, where the next `refusals`
 * saves are answered as SQLite answers a save while another program holds the write lock.
 */
async function openEditor(refusals: number) {
  const { app } = openTempApp()
  const created = await app.router.dispatch('drafts.create', { title: '重试' })
  if (!created.ok) throw new Error('create failed')
  const id = (created.value as { id: string }).id
  const attempts: number[] = []
  let left = refusals
  provideApi(createApp({}), {
    call: (method, input) => {
      if (method === 'drafts.save') {
        attempts.push(Date.now())
        if (left > 0) {
          left -= 1
          return Promise.resolve(BUSY)
        }
      }
      return app.router.dispatch(method, input)
    },
    mediaUrl: (sha256) => sha256
  })
  setActivePinia(createPinia())
  const editor = useDraftEditorStore()
  await editor.open(id)
  const stored = async () => {
    const got = await app.router.dispatch('drafts.get', { id })
    return got.ok ? (got.value as { content: typeof editor.content }).content : null
  }
  return { editor, attempts, stored }
}

describe('autosave retries', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('keeps a change refused as busy and saves it on a later try', async () => {
    const { editor, stored } = await openEditor(2)
    const loop = createSaveLoop(() => editor.save(), { retryDelaysMs: [100, 200] })
    editor.content!.merchant.licence.registeredName = '杭州小笼包'
    loop.markDirty()
    await loop.flush()
    expect(loop.status.value).toBe('retrying')
    expect(loop.unsaved.value).toBe(true)
    expect(editor.saveError).toEqual({ code: 'store.busy' })
    await vi.advanceTimersByTimeAsync(300)
    expect(loop.status.value).toBe('saved')
    expect(loop.unsaved.value).toBe(false)
    expect((await stored())?.merchant.licence.registeredName).toBe('杭州小笼包')
  })

  it('waits longer after each refusal', async () => {
    const { editor, attempts } = await openEditor(3)
    const loop = createSaveLoop(() => editor.save(), { retryDelaysMs: [100, 200, 400] })
    loop.markDirty()
    const start = Date.now()
    await loop.flush()
    await vi.advanceTimersByTimeAsync(1000)
    expect(attempts.map((at) => at - start)).toEqual([0, 100, 300, 700])
  })

  it('saves what was typed while retrying in the same successful save', async () => {
    const { editor, stored } = await openEditor(1)
    const loop = createSaveLoop(() => editor.save(), { retryDelaysMs: [100] })
    editor.content!.merchant.licence.registeredName = '第一次'
    loop.markDirty()
    await loop.flush()
    editor.content!.merchant.business.shortName = '小笼包'
    loop.markDirty()
    expect(loop.status.value).toBe('retrying')
    await vi.advanceTimersByTimeAsync(100)
    const saved = await stored()
    expect(saved?.merchant.licence.registeredName).toBe('第一次')
    expect(saved?.merchant.business.shortName).toBe('小笼包')
    expect(loop.status.value).toBe('saved')
  })

  it('treats a transport that throws like a refusal', async () => {
    const loop = createSaveLoop(() => Promise.reject(new Error('connection reset')), {
      retryDelaysMs: [100]
    })
    loop.markDirty()
    await loop.flush()
    expect(loop.isDirty()).toBe(true)
    expect(loop.failures.value).toBe(1)
    loop.stop()
  })
})
