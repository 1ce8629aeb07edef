import { app, BrowserWindow, dialog, session, shell } from 'electron'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { openApp, type OpenedApp } from '../api'
import { setAsideLockedData } from '../api/data-folder'
import { createLockedRouter, type LockedReason } from '../api/locked'
import { KaitongError } from '../api/result'
import type { Router } from '../api/router'
import { isEncryptedDatabase } from '../store/encrypt-in-place'
import { loadRootKey } from './key-store'
import { registerIpc } from './ipc'
import { installMenu } from './menu'
import { registerSchemes, serveMedia, serveRenderer } from './protocol'
import { createMainWindow, lockDownSession } from './window'

const devServerUrl = process.env['ELECTRON_RENDERER_URL']

/**
 * The Electron-ABI build of better-sqlite3-multiple-ciphers prepared by `npm start` (scripts/
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

  /**
   * Opens the encrypted store with the keychain's key; when the key is gone (or does not open
   * the database) the window still opens, on the screen that explains it.
   */
  function openStore(nativeBinding: string | undefined): Router {
    const dataDir = app.getPath('userData')
    const dbPath = join(dataDir, 'kaitong.sqlite')
    const locked = (reason: LockedReason) =>
      createLockedRouter({
        reason,
        dataDir,
        version: app.getVersion(),
        startOver: () => {
          const keptAs = setAsideLockedData(dataDir, dbPath)
          app.relaunch()
          setTimeout(() => app.exit(0), 500)
          return keptAs
        }
      })
    const key = loadRootKey(dataDir, isEncryptedDatabase(dbPath))
    if (!key.ok) return locked(key.reason)
    try {
      opened = openApp({
        dataDir,
        dbPath,
        rootKey: key.key,
        keySource: key.source,
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
        openPath: (path) => void shell.openPath(path),
        // A quit (not exit) so will-quit closes the store before the staged restore replaces it.
        relaunch: () => {
          app.relaunch()
          app.quit()
        },
        variantWorker: join(__dirname, 'variant-worker.js'),
        ...(nativeBinding ? { nativeBinding } : {})
      })
    } catch (error) {
      if (error instanceof KaitongError && error.code === 'store.key_rejected') {
        return locked('key_rejected')
      }
      throw error
    }
    return opened.router
  }

  void app.whenReady().then(() => {
    const router = openStore(electronSqliteBinding())
    lockDownSession(session.defaultSession)
    serveRenderer(join(__dirname, '../renderer'))
    if (opened) serveMedia(opened.media)
    registerIpc(router, devServerUrl)
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
