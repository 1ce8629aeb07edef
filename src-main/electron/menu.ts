import { Menu, type MenuItemConstructorOptions } from 'electron'

/**
 * A minimal, standard menu; labels follow the system locale through Electron roles. A
 * packaged build's View menu has no DevTools or reload entries: a merchant has no use for
 * them, and reload would drop a save still in flight.
 */
export function menuTemplate(options: {
  isMac: boolean
  packaged: boolean
}): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions = options.packaged
    ? {
        label: 'View',
        role: 'viewMenu',
        submenu: [
          { role: 'resetZoom' },
          { role: 'zoomIn' },
          { role: 'zoomOut' },
          { type: 'separator' },
          { role: 'togglefullscreen' }
        ]
      }
    : { role: 'viewMenu' }
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' }
  ]
}

export function installMenu(options: { isMac: boolean; packaged: boolean }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)))
}
