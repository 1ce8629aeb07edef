import { BrowserWindow, shell, type Session } from 'electron'
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  isAllowedExternalUrl,
  isAllowedOrigin,
  webPreferences
} from './security'

export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY]
      }
    })
  })
}

export function createMainWindow(
  preload: string,
  options: { devServerUrl?: string | undefined; packaged: boolean }
): BrowserWindow {
  const { devServerUrl } = options
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: '开通 Kaitong',
    webPreferences: webPreferences(preload, { packaged: options.packaged })
  })
  window.once('ready-to-show', () => window.show())
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedOrigin(url, devServerUrl)) event.preventDefault()
  })
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Links to the platforms' consoles and documentation open in the browser, never in the app.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return window
}
