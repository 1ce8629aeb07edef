import { describe, expect, it } from 'vitest'
import type { MethodInput, MethodOutput } from '../../../src-main/api/contract'
import { useTempApp } from '../../helpers/app'
import { alipayCertificates, alipayKeys } from '../../helpers/fake-alipay'
import { wechatPayKeys } from '../../helpers/fake-wechat-pay'
import { startFakeListing } from '../../helpers/fake-listing'
import { call, exportedDraft, sendConfirmed } from '../../helpers/submit'
import { useTempDir } from '../../helpers/temp-dir'

/** The Settings form of sending profiles, through the contract as the renderer calls it. */

const openTempApp = useTempApp()
const tempDir = useTempDir('kaitong-profile-certs-')
const wechat = wechatPayKeys()
const alipay = alipayKeys()
type Form = MethodOutput<'submit.storeProfile'>
type Issues = MethodOutput<'submit.checkProfile'>

function form(change: Partial<MethodInput<'submit.storeProfile'>> = {}) {
  return {
    name: 'default',
    environment: 'production' as const,
    wechatPay: {
      mchid: wechat.mchid,
      merchantSerial: wechat.merchantSerial,
      merchantPrivateKey: wechat.merchantPrivateKeyPem,
      platformKey: wechat.platformPublicKeyPem,
      platformKeyId: wechat.platformKeyId,
      apiV3Key: 'a'.repeat(32)
    },
    ...change
  }
}

async function refusal(app: ReturnType<typeof openTempApp>['app'], input: unknown) {
  const result = await app.router.dispatch('submit.storeProfile', input)
  if (result.ok) throw new Error('saved')
  return result.error
}

describe('sending profiles in Settings', () => {
  it('lists a saved profile with its ids shown and its keys only as saved', async () => {
    const { app } = openTempApp()
    await call(app, 'submit.storeProfile', form())
    const [listed] = (await call(app, 'submit.profiles', {})) as Form[]
    expect(listed?.wechatPay?.fields).toEqual({
      mchid: wechat.mchid,
      merchantSerial: wechat.merchantSerial,
      platformKeyId: wechat.platformKeyId
    })
    expect(listed?.wechatPay?.saved).toEqual(['apiV3Key', 'merchantPrivateKey', 'platformKey'])
    expect(JSON.stringify(listed)).not.toContain('PRIVATE KEY')
    expect(JSON.stringify(listed)).not.toContain('a'.repeat(32))
  })

  it('keeps the stored keys when the form leaves them empty', async () => {
    const { app } = openTempApp()
    await call(app, 'submit.storeProfile', form())
    await call(
      app,
      'submit.storeProfile',
      form({
        previousName: 'default',
        environment: 'sandbox',
        wechatPay: {
          mchid: '1900000109',
          merchantSerial: wechat.merchantSerial,
          merchantPrivateKey: '',
          platformKey: '',
          apiV3Key: ''
        }
      })
    )
    const [listed] = (await call(app, 'submit.profiles', {})) as Form[]
    expect(listed?.environment).toBe('sandbox')
    expect(listed?.wechatPay?.fields['mchid']).toBe('1900000109')
    expect(listed?.wechatPay?.saved).toEqual(['apiV3Key', 'merchantPrivateKey', 'platformKey'])
  })

  it('puts each problem on its own field and saves nothing', async () => {
    const { app } = openTempApp()
    const issues = (await call(
      app,
      'submit.checkProfile',
      form({
        wechatPay: { ...form().wechatPay, mchid: '19000', apiV3Key: 'short' },
        alipay: {
          appId: alipay.appId,
          appPrivateKey: alipay.appPrivateKeyPem,
          alipayPublicKey: alipay.appPublicKeyPem
        }
      })
    )) as Issues
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['wechatPay.mchid', 'submit.cred_mchid_format'],
      ['alipay.alipayPublicKey', 'submit.cred_alipay_key_is_app_key']
    ])
    expect(await call(app, 'submit.profiles', {})).toEqual([])
  })

  it('names every required field left empty in a new profile', async () => {
    const { app } = openTempApp()
    const error = await refusal(app, {
      name: 'agency',
      environment: 'sandbox',
      alipay: { appId: alipay.appId, appPrivateKey: '', alipayPublicKey: '' }
    })
    expect(error.code).toBe('submit.profile_invalid')
    expect(error.issues?.map((issue) => issue.path)).toEqual([
      'alipay.appPrivateKey',
      'alipay.alipayPublicKey'
    ])
  })

  it('names a wrong merchant number while the fields after it are still empty', async () => {
    const { app } = openTempApp()
    const issues = (await call(app, 'submit.checkProfile', {
      name: 'default',
      environment: 'production',
      wechatPay: { mchid: '19000', merchantSerial: '', merchantPrivateKey: '', apiV3Key: '' }
    })) as Issues
    expect(issues.find((issue) => issue.path === 'wechatPay.mchid')?.code).toBe(
      'submit.cred_mchid_format'
    )
    expect(issues.find((issue) => issue.path === 'wechatPay.merchantSerial')?.code).toBe(
      'submit.cred_required'
    )
  })

  it('takes Alipay’s certificate mode without its public key, and names a missing certificate', async () => {
    const { app } = openTempApp()
    const certificates = alipayCertificates(alipay, tempDir())
    const section = {
      appId: alipay.appId,
      appPrivateKey: alipay.appPrivateKeyPem,
      alipayPublicKey: '',
      appCertificate: certificates.app,
      alipayCertificate: certificates.alipay,
      alipayRootCertificate: ''
    }
    const input = { name: 'certs', environment: 'sandbox' as const, alipay: section }
    const issues = (await call(app, 'submit.checkProfile', input)) as Issues
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['alipay.alipayRootCertificate', 'submit.cred_certificates_incomplete']
    ])
    const saved = (await call(app, 'submit.storeProfile', {
      ...input,
      alipay: { ...section, alipayRootCertificate: certificates.root }
    })) as Form
    expect(saved.alipay?.saved).toEqual([
      'alipayCertificate',
      'alipayRootCertificate',
      'appCertificate',
      'appPrivateKey'
    ])
  })

  it('keeps a mini-program platform’s token service, its secret only as saved', async () => {
    const { app } = openTempApp()
    const listing = {
      tokenServiceUrl: 'https://token.example.com/authorizer',
      tokenServiceSecret: 's3cret',
      baseUrl: ''
    }
    await call(app, 'submit.storeProfile', {
      name: 'mp',
      environment: 'production',
      'douyin-mp': listing
    })
    const [listed] = (await call(app, 'submit.profiles', {})) as Form[]
    expect(listed?.['douyin-mp']).toEqual({
      fields: { tokenServiceUrl: listing.tokenServiceUrl, baseUrl: '' },
      saved: ['tokenServiceSecret']
    })
    expect(JSON.stringify(listed)).not.toContain('s3cret')
  })

  it('keeps mini-program tokens typed per merchant, shows only for how many, and sends with them', async () => {
    const { app } = openTempApp()
    const fake = await startFakeListing()
    try {
      const id = await exportedDraft(app, 'douyin-mp')
      await call(app, 'submit.storeProfile', {
        name: 'default',
        environment: 'production',
        'douyin-mp': {
          tokenServiceUrl: '',
          tokenServiceSecret: '',
          // The complete fixture's code, typed in groups as on a spreadsheet.
          accessTokens: `92330106MA2H3C8R73, other-token\n91440305-MA5G7K2L8A  ${fake.tokens['douyin-mp']}`,
          baseUrl: fake.url
        }
      })
      const [listed] = (await call(app, 'submit.profiles', {})) as Form[]
      expect(listed?.['douyin-mp']?.saved).toEqual(['accessTokens'])
      expect(listed?.['douyin-mp']?.merchants).toEqual({ accessTokens: 2 })
      expect(JSON.stringify(listed)).not.toContain(fake.tokens['douyin-mp'])
      const job = await sendConfirmed(app, id, 'douyin-mp')
      expect(job.error).toBeUndefined()
      expect(fake.refusedTokens).toBe(0)
      expect(fake.calls.length).toBeGreaterThan(0)
    } finally {
      await fake.close()
    }
  })

  it('keeps Alipay’s app_auth_token per merchant beside the app’s keys', async () => {
    const { app } = openTempApp()
    const saved = (await call(app, 'submit.storeProfile', {
      name: 'alipay',
      environment: 'sandbox',
      alipay: {
        appId: alipay.appId,
        appPrivateKey: alipay.appPrivateKeyPem,
        alipayPublicKey: alipay.alipayPublicKeyPem,
        appAuthTokens: '91440305MA5G7K2L8A 202312BBd3f6a0e9'
      }
    })) as Form
    expect(saved.alipay?.saved).toContain('appAuthTokens')
    expect(saved.alipay?.merchants).toEqual({ appAuthTokens: 1 })
    expect(JSON.stringify(saved)).not.toContain('202312BB')
  })

  it('keeps the stored tokens when the token field is left empty, and replaces them when typed', async () => {
    const { app } = openTempApp()
    const section = (accessTokens: string) => ({
      'baidu-mp': { tokenServiceUrl: '', tokenServiceSecret: '', accessTokens, baseUrl: '' }
    })
    await call(app, 'submit.storeProfile', {
      name: 'mp',
      environment: 'production',
      ...section('91440305MA5G7K2L8A a\n92330106MA2H3C8R73 b')
    })
    const count = async () =>
      ((await call(app, 'submit.profiles', {})) as Form[])[0]?.['baidu-mp']?.merchants
    await call(app, 'submit.storeProfile', {
      previousName: 'mp',
      name: 'mp',
      environment: 'production',
      ...section('')
    })
    expect(await count()).toEqual({ accessTokens: 2 })
    await call(app, 'submit.storeProfile', {
      previousName: 'mp',
      name: 'mp',
      environment: 'production',
      ...section('92330106MA2H3C8R73 c')
    })
    expect(await count()).toEqual({ accessTokens: 1 })
  })

  it('names the line of a token list that cannot be read, under the token field', async () => {
    const { app } = openTempApp()
    const error = await refusal(app, {
      name: 'mp',
      environment: 'production',
      'wechat-mp': {
        tokenServiceUrl: '',
        tokenServiceSecret: '',
        accessTokens: '91440305MA5G7K2L8A tok\nwrong',
        baseUrl: ''
      }
    })
    expect(error.issues).toEqual([
      {
        code: 'submit.cred_tokens_line',
        path: 'wechat-mp.accessTokens',
        severity: 'error',
        params: { line: 2 }
      }
    ])
  })

  it('puts a token service address that is not a web address under that address', async () => {
    const { app } = openTempApp()
    const error = await refusal(app, {
      name: 'mp',
      environment: 'production',
      'wechat-mp': { tokenServiceUrl: 'token service', tokenServiceSecret: '', baseUrl: '' }
    })
    expect(error.issues?.map((issue) => [issue.path, issue.code])).toEqual([
      ['wechat-mp.tokenServiceUrl', 'submit.token_service_url']
    ])
  })

  it('refuses a second profile of the same name and renames one without a copy left', async () => {
    const { app } = openTempApp()
    await call(app, 'submit.storeProfile', form())
    const error = await refusal(app, form())
    expect(error.issues?.map((issue) => issue.path)).toEqual(['name'])
    await call(app, 'submit.storeProfile', form({ previousName: 'default', name: 'production' }))
    const names = ((await call(app, 'submit.profiles', {})) as Form[]).map((found) => found.name)
    expect(names).toEqual(['production'])
  })

  it('deletes a profile', async () => {
    const { app } = openTempApp()
    await call(app, 'submit.storeProfile', form())
    await call(app, 'submit.deleteProfile', { name: 'default' })
    expect(await call(app, 'submit.profiles', {})).toEqual([])
  })
})
