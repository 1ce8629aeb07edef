import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp } from 'vue'
import { provideApi } from '../../../../src-renderer/api/client'
import { useSettingsStore } from '../../../../src-renderer/stores/settings'
import { useTempApp } from '../../../helpers/app'

const openTempApp = useTempApp()
const KEYS = join(import.meta.dirname, '../../../fixtures/keys')
const CERTIFICATE = 'wechatpay-test-platform-cert.pem'
const SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F7E4F1'

function readKey(name: string): string {
  return readFileSync(join(KEYS, name), 'utf8')
}

/** The store over main's real router and a temp database (the in-process transport). */
function openStore() {
  const { app } = openTempApp()
  provideApi(createApp({}), {
    call: (method, input) => app.router.dispatch(method, input),
    mediaUrl: (sha256) => sha256
  })
  setActivePinia(createPinia())
  return { app, settings: useSettingsStore() }
}

beforeEach(() => {
  // The locale lives in the browser profile; these tests have none.
  vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined })
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('settings store', () => {
  it('imports the WeChat Pay key through main and shows what main kept', async () => {
    const { app, settings } = openStore()
    const result = await settings.importWechatPayKey(readKey(CERTIFICATE), CERTIFICATE)
    expect(result.ok).toBe(true)
    expect(settings.wechatPayKey).toMatchObject({ keyId: SERIAL, kind: 'certificate' })
    const saved = await app.router.dispatch('settings.get', {})
    expect(saved).toMatchObject({ ok: true, value: { wechatPayKey: { keyId: SERIAL } } })
  })

  it('passes the key id typed for a public key whose file name does not carry it', async () => {
    const { settings } = openStore()
    const keyId = 'PUB_KEY_ID_0114232019292025011600388800000000'
    const result = await settings.importWechatPayKey(readKey(`${keyId}.pem`), 'pub_key.pem', keyId)
    expect(result.ok).toBe(true)
    expect(settings.wechatPayKey).toMatchObject({ keyId, kind: 'public-key' })
  })

  it('hands back main’s refusal and keeps the key it had', async () => {
    const { settings } = openStore()
    await settings.importWechatPayKey(readKey(CERTIFICATE), CERTIFICATE)
    const result = await settings.importWechatPayKey(
      readKey('wechatpay-test-private-key.pem'),
      'apiclient_key.pem'
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'keys.private_key' } })
    expect(settings.wechatPayKey?.keyId).toBe(SERIAL)
  })

  it('removes the WeChat Pay key', async () => {
    const { settings } = openStore()
    await settings.importWechatPayKey(readKey(CERTIFICATE), CERTIFICATE)
    const result = await settings.removeWechatPayKey()
    expect(result.ok).toBe(true)
    expect(settings.wechatPayKey).toBeNull()
  })
})
