import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ Menu: {} }))

const { menuTemplate } = await import('../../../src-main/electron/menu')
type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number]

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])
  ])
}

describe('application menu', () => {
  it('has no DevTools or reload entry in a packaged build', () => {
    const all = roles(menuTemplate({ isMac: false, packaged: true }))
    expect(all).toContain('viewMenu')
    expect(all).not.toContain('toggleDevTools')
    expect(all).not.toContain('reload')
    expect(all).not.toContain('forceReload')
  })

  it('keeps the standard View menu (with DevTools) in development', () => {
    const view = menuTemplate({ isMac: false, packaged: false }).find((i) => i.role === 'viewMenu')
    expect(view?.submenu).toBeUndefined()
  })

  it('adds the app menu on macOS only', () => {
    expect(roles(menuTemplate({ isMac: true, packaged: true }))[0]).toBe('appMenu')
    expect(roles(menuTemplate({ isMac: false, packaged: true }))).not.toContain('appMenu')
  })
})
