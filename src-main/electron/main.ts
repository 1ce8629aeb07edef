import { app, BrowserWindow, dialog, session, shell } from 'electron'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { openApp, type OpenedApp } from '../api'
import { registerIpc } from './ipc'
import { installMenu } from './menu'
import { registerSchemes, serveMedia, serveRenderer } from './protocol'
import { createMainWindow, lockDownSession } from './window'

const devServerUrl = process.env['ELECTRON_RENDERER_URL']

/**
 * The Electron-ABI build of better-sqlite3 prepared by `npm start` (scripts/
 * prepare-electron-sqlite.mjs) lives apart from the Node build used by tests and the CLI.
 */
function electronSqliteBinding(): string | undefined {
  const candidate = join(app.getAppPath(), '.cache', 'electron-sqlite', 'better_sqlite3.node')
  return existsSync(candidate) ? candidate : undefined
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  registerSchemes()
  let opened: OpenedApp | undefined

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window) {
      if (window.isMinimized()) window.restore()
      window.focus()
    }
  })

  void app.whenReady().then(() => {
    const nativeBinding = electronSqliteBinding()
    opened = openApp({
      dataDir: app.getPath('userData'),
      version: app.getVersion(),
      checkOutput: !app.isPackaged,
      exportDir: join(app.getPath('documents'), 'Kaitong'),
      chooseFolder: async () => {
        const picked = await dialog.showOpenDialog({
          properties: ['openDirectory', 'createDirectory']
        })
        return picked.canceled ? null : (picked.filePaths[0] ?? null)
      },
      revealPath: (path) => shell.showItemInFolder(path),
      ...(nativeBinding ? { nativeBinding } : {})
    })
    lockDownSession(session.defaultSession)
    serveRenderer(join(__dirname, '../renderer'))
    serveMedia(opened.media)
    registerIpc(opened.router, devServerUrl)
    installMenu({ isMac: process.platform === 'darwin', packaged: app.isPackaged })
    const preload = join(__dirname, '../preload/preload.cjs')
    createMainWindow(preload, { devServerUrl, packaged: app.isPackaged })
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0)
        createMainWindow(preload, { devServerUrl, packaged: app.isPackaged })
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => opened?.close())
}
