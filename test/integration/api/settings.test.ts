import { readFileSync } from 'node:fs'
import { privateDecrypt, constants } from 'node:crypto'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../../src-main/api/contract'
import { useTempApp } from '../../helpers/app'
import { createCompleteDraft } from '../../helpers/complete-draft'

const openTempApp = useTempApp()
const KEYS = join(import.meta.dirname, '../../fixtures/keys')
const PUBLIC_KEY = 'PUB_KEY_ID_0114232019292025011600388800000000.pem'

async function value<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: unknown }>) {
  const result = await promise
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value as T
}

describe('settings.importWechatPayKey', () => {
  it('keeps a WeChat Pay public key with the id taken from its file name', async () => {
    const { app } = openTempApp()
    const view = await value<MethodOutput<'settings.get'>>(
      app.router.dispatch('settings.importWechatPayKey', {
        content: readFileSync(join(KEYS, PUBLIC_KEY), 'utf8'),
        fileName: PUBLIC_KEY
      })
    )
    expect(view.wechatPayKey).toMatchObject({
      keyId: 'PUB_KEY_ID_0114232019292025011600388800000000',
      kind: 'public-key'
    })
  })

  it('refuses a private key with keys.private_key and keeps nothing', async () => {
    const { app } = openTempApp()
    const result = await app.router.dispatch('settings.importWechatPayKey', {
      content: readFileSync(join(KEYS, 'wechatpay-test-private-key.pem'), 'utf8'),
      fileName: 'apiclient_key.pem'
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'keys.private_key' } })
    const view = await value<MethodOutput<'settings.get'>>(app.router.dispatch('settings.get', {}))
    expect(view.wechatPayKey).toBeNull()
  })

  it('makes WeChat Pay bundles carry fields encrypted with that key', async () => {
    const { app } = openTempApp()
    await value(
      app.router.dispatch('settings.importWechatPayKey', {
        content: readFileSync(join(KEYS, PUBLIC_KEY), 'utf8'),
        fileName: PUBLIC_KEY
      })
    )
    const id = await createCompleteDraft(app)
    const [entry] = await value<MethodOutput<'bundles.export'>>(
      app.router.dispatch('bundles.export', { id, platforms: ['wechat-pay'] })
    )
    if (!entry?.ok) throw new Error(JSON.stringify(entry))
    const zip = unzipSync(readFileSync(entry.export.path))
    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json'])) as {
      encrypted: { file: string; pointer: string; keyId: string }[]
      toEncrypt: unknown[]
    }
    expect(manifest.toEncrypt).toEqual([])
    const name = manifest.encrypted.find((field) => field.pointer.endsWith('/contact_name'))
    expect(name?.keyId).toBe('PUB_KEY_ID_0114232019292025011600388800000000')
    const call = JSON.parse(new TextDecoder().decode(zip[name!.file])) as {
      body: { contact_info: { contact_name: string } }
    }
    const plaintext = privateDecrypt(
      {
        key: readFileSync(join(KEYS, 'wechatpay-test-private-key.pem')),
        padding: constants.RSA_PKCS1_OAEP_PADDING,
        oaepHash: 'sha1'
      },
      Buffer.from(call.body.contact_info.contact_name, 'base64')
    ).toString('utf8')
    expect(plaintext.length).toBeGreaterThan(1)
  })
})

describe('settings.setRuleLevel', () => {
  it('turns a rule off so the review no longer reports it, and back on with null', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    const draft = await value<MethodOutput<'drafts.get'>>(app.router.dispatch('drafts.get', { id }))
    draft.content.listing.name = '小程序'
    await value(app.router.dispatch('drafts.save', { id, content: draft.content }))
    const codes = async () =>
      (
        await value<MethodOutput<'review.draft'>>(
          app.router.dispatch('review.draft', { id, platforms: ['wechat-mp'] })
        )
      )[0]!.issues.map((found) => found.code)
    const before = await codes()
    const rule = before.find((code) => code.startsWith('wechat-mp.'))!
    await value(app.router.dispatch('settings.setRuleLevel', { ruleId: rule, level: 'off' }))
    expect(await codes()).not.toContain(rule)
    await value(app.router.dispatch('settings.setRuleLevel', { ruleId: rule, level: null }))
    expect(await codes()).toContain(rule)
  })
})
