import type { WebPreferences } from 'electron'

/**
 * The window's security settings and navigation guards as plain values and pure
 * functions, so tests can check them without an Electron binary.
 */
export const APP_ORIGIN = 'app://kaitong'

export function webPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    webviewTag: false,
    spellcheck: false
  }
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: kaitong-media:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/** Only our own origin (or the dev server during `npm run dev`) may be shown or call main. */
export function isAllowedOrigin(url: string, devServerUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === 'app:' && parsed.host === 'kaitong') return true
  if (devServerUrl) return parsed.origin === new URL(devServerUrl).origin
  return false
}

/** Resolves an `app://kaitong/<path>` request inside the renderer folder, or null. */
export function resolveAppPath(url: string, rendererDir: string): string | null {
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(url).pathname)
  } catch {
    return null
  }
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '')
  if (relative.split(/[\\/]/).some((part) => part === '..') || relative.includes('\0')) return null
  const base = rendererDir.replace(/[\\/]+$/, '')
  return `${base}/${relative}`
}
