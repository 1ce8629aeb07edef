import type { WebPreferences } from 'electron'

/**
 * The window's security settings and navigation guards as plain values and pure
 * functions, so tests can check them without an Electron binary.
 */
export const APP_ORIGIN = 'app://kaitong'

/** DevTools are for development: a packaged build has none to open (STYLE.md §9). */
export function webPreferences(preload: string, options: { packaged: boolean }): WebPreferences {
  return {
    preload,
    devTools: !options.packaged,
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

/**
 * The only sites a link in the app may open in the system browser: the platforms' consoles
 * and documentation that the wizard and the bundle notes point to. Anything else (a link
 * injected through a merchant's own text, a look-alike host, plain http) stays closed.
 */
export const EXTERNAL_HOSTS: readonly string[] = [
  // WeChat Pay and WeChat mini-programs
  'pay.weixin.qq.com',
  'pay.wechatpay.cn',
  'kf.qq.com',
  'mp.weixin.qq.com',
  'developers.weixin.qq.com',
  // Alipay
  'b.alipay.com',
  'open.alipay.com',
  'opendocs.alipay.com',
  'mrchportalweb.alipay.com',
  // Douyin
  'open.douyin.com',
  'developer.open-douyin.com',
  // Baidu smart programs
  'smartprogram.baidu.com'
]

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    EXTERNAL_HOSTS.includes(parsed.hostname)
  )
}
