import { beforeEach, describe, expect, it, vi } from 'vitest'

type Listener = (event: { preventDefault: () => void }) => void
const listeners = new Map<string, Listener>()
const showMessageBoxSync = vi.fn<(window: unknown, options: { buttons: string[] }) => number>()
let locale = 'zh-CN'

vi.mock('electron', () => ({
  app: { getLocale: () => locale },
  dialog: { showMessageBoxSync },
  shell: { openExternal: vi.fn() },
  BrowserWindow: vi.fn()
}))

const { guardUnsavedWork } = await import('../../../src-main/electron/window')

function windowWithGuard() {
  listeners.clear()
  const window = {
    webContents: { on: (name: string, listener: Listener) => listeners.set(name, listener) }
  }
  guardUnsavedWork(window as never)
  return window
}

function refuseUnload() {
  const event = { preventDefault: vi.fn() }
  listeners.get('will-prevent-unload')!(event)
  return event
}

describe('the window close guard', () => {
  beforeEach(() => {
    showMessageBoxSync.mockReset()
    locale = 'zh-CN'
  })

  it('keeps the window open when the user chooses to stay', () => {
    windowWithGuard()
    showMessageBoxSync.mockReturnValue(0)
    expect(refuseUnload().preventDefault).not.toHaveBeenCalled()
  })

  it('closes anyway when the user says so', () => {
    windowWithGuard()
    showMessageBoxSync.mockReturnValue(1)
    expect(refuseUnload().preventDefault).toHaveBeenCalledOnce()
  })

  it('asks in the system language', () => {
    windowWithGuard()
    locale = 'en-GB'
    showMessageBoxSync.mockReturnValue(0)
    refuseUnload()
    expect(showMessageBoxSync.mock.calls[0]![1].buttons).toEqual(['Stay', 'Close anyway'])
  })
})
