import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  isAllowedExternalUrl,
  isAllowedOrigin,
  resolveAppPath,
  webPreferences
} from '../../../src-main/electron/security'

describe('window security settings', () => {
  it('isolates the page: context isolation and sandbox on, Node integration off', () => {
    expect(webPreferences('/p.cjs', { packaged: true })).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false
    })
  })

  it('offers DevTools in development only, never in a packaged build', () => {
    expect(webPreferences('/p.cjs', { packaged: true }).devTools).toBe(false)
    expect(webPreferences('/p.cjs', { packaged: false }).devTools).toBe(true)
  })

  it('allows scripts only from the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
  })
})

describe('isAllowedOrigin', () => {
  it('accepts the app origin', () => {
    expect(isAllowedOrigin('app://kaitong/index.html#/drafts')).toBe(true)
  })

  it('refuses the web, files and look-alike hosts', () => {
    expect(isAllowedOrigin('https://example.com/')).toBe(false)
    expect(isAllowedOrigin('file:///etc/passwd')).toBe(false)
    expect(isAllowedOrigin('app://kaitong.evil/')).toBe(false)
    expect(isAllowedOrigin('not a url')).toBe(false)
  })

  it('accepts the dev server only when one is running', () => {
    expect(isAllowedOrigin('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isAllowedOrigin('http://localhost:5173/')).toBe(false)
  })
})

describe('resolveAppPath', () => {
  it('maps the root to index.html inside the renderer folder', () => {
    expect(resolveAppPath('app://kaitong/', '/r')).toBe('/r/index.html')
    expect(resolveAppPath('app://kaitong/assets/a.js', '/r/')).toBe('/r/assets/a.js')
  })

  it('refuses paths that climb out of the renderer folder', () => {
    expect(resolveAppPath('app://kaitong/..%2f..%2fetc/passwd', '/r')).toBeNull()
    expect(resolveAppPath('app://kaitong/a/..%5c..%5csecret', '/r')).toBeNull()
  })
})

describe('isAllowedExternalUrl', () => {
  it('opens the platforms’ consoles and documentation over https', () => {
    expect(isAllowedExternalUrl('https://pay.weixin.qq.com/index.php/core/home')).toBe(true)
    expect(isAllowedExternalUrl('https://opendocs.alipay.com/open/02fkbl')).toBe(true)
    expect(isAllowedExternalUrl('https://developers.weixin.qq.com/miniprogram/dev/')).toBe(true)
  })

  it('refuses other sites, look-alike hosts, http, credentials and odd ports', () => {
    expect(isAllowedExternalUrl('https://example.com/')).toBe(false)
    expect(isAllowedExternalUrl('https://pay.weixin.qq.com.evil.cn/')).toBe(false)
    expect(isAllowedExternalUrl('https://evilpay.weixin.qq.com/')).toBe(false)
    expect(isAllowedExternalUrl('http://pay.weixin.qq.com/')).toBe(false)
    expect(isAllowedExternalUrl('https://user@open.alipay.com/')).toBe(false)
    expect(isAllowedExternalUrl('https://open.alipay.com:8443/')).toBe(false)
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false)
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false)
  })
})
