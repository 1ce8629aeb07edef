import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_PREFIX, METHOD_NAMES } from '../../../src-main/api/methods'

const exposed: Record<string, unknown> = {}
const invoke = vi.fn((channel: string, input: unknown) => Promise.resolve({ channel, input }))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke }
}))

await import('../../../src-main/electron/preload')

describe('preload', () => {
  it('exposes exactly the contract methods as window.kaitong, frozen', () => {
    const api = exposed['kaitong'] as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort())
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('sends each method on its own kaitong: channel', async () => {
    const api = exposed['kaitong'] as Record<string, (input: unknown) => Promise<unknown>>
    await api['drafts.get']!({ id: 'a' })
    expect(invoke).toHaveBeenCalledWith(CHANNEL_PREFIX + 'drafts.get', { id: 'a' })
  })
})
