import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNEL_PREFIX, METHOD_NAMES } from '../../../src-main/api/methods'
import type { Router } from '../../../src-main/api/router'

type Handler = (event: unknown, input: unknown) => unknown
const handlers = new Map<string, Handler>()

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) }
}))

const { registerIpc } = await import('../../../src-main/electron/ipc')

function eventFrom(url: string, parent: unknown = null) {
  return { senderFrame: { url, parent } }
}

describe('registerIpc', () => {
  const dispatch = vi.fn<Router['dispatch']>(() => Promise.resolve({ ok: true, value: 'done' }))

  beforeEach(() => {
    handlers.clear()
    dispatch.mockClear()
    registerIpc({ dispatch })
  })

  it('registers one channel per contract method and no other', () => {
    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map((n) => CHANNEL_PREFIX + n).sort())
  })

  it('dispatches a call from the app page to the router', async () => {
    const handler = handlers.get(CHANNEL_PREFIX + 'drafts.list')!
    expect(await handler(eventFrom('app://kaitong/index.html'), {})).toEqual({
      ok: true,
      value: 'done'
    })
    expect(dispatch).toHaveBeenCalledWith('drafts.list', {})
  })

  it('refuses a call from another origin or from a sub-frame without dispatching', async () => {
    const handler = handlers.get(CHANNEL_PREFIX + 'drafts.delete')!
    const refused = { ok: false, error: { code: 'api.forbidden_sender' } }
    expect(await handler(eventFrom('https://evil.example/'), { id: 'x' })).toEqual(refused)
    expect(await handler(eventFrom('app://kaitong/', {}), { id: 'x' })).toEqual(refused)
    expect(dispatch).not.toHaveBeenCalled()
  })
})
