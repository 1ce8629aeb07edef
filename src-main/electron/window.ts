import { app, BrowserWindow, dialog, shell, type Session } from 'electron'
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

const UNSAVED_TEXT = {
  'zh-CN': {
    message: '还有内容没有保存',
    detail: '有修改尚未保存成功，或图片还在导入。现在关闭会丢失这些内容。',
    buttons: ['留下', '仍然关闭']
  },
  en: {
    message: 'Some work is not saved yet',
    detail: 'Changes are not saved yet, or pictures are still importing. Closing now loses them.',
    buttons: ['Stay', 'Close anyway']
  }
} as const

/**
 * The close guard: while the renderer holds unsaved work its `beforeunload` refuses to unload
 * (use-autosave.ts), which Electron reports as `will-prevent-unload`; the user then chooses.
 * "Close anyway" lets the unload go on (preventDefault cancels the refusal); "Stay" keeps it.
 */
export function guardUnsavedWork(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const text = UNSAVED_TEXT[app.getLocale().startsWith('zh') ? 'zh-CN' : 'en']
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      message: text.message,
      detail: text.detail,
      buttons: [...text.buttons],
      defaultId: 0,
      cancelId: 0,
      noLink: true
    })
    if (choice === 1) event.preventDefault()
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
  guardUnsavedWork(window)
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
