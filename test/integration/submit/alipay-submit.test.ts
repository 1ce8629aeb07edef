import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../../src-main/api/contract'
import type { SubmitProfile } from '../../../src-main/domain/submit-profile'
import { useTempApp } from '../../helpers/app'
import {
  alipayCertificates,
  alipayKeys,
  startFakeAlipay,
  type FakeAlipay
} from '../../helpers/fake-alipay'
import { useTempDir } from '../../helpers/temp-dir'
import { call, errorCode, exportedDraft, sendAndWait } from '../../helpers/submit'

/** The complete fixture sent to Alipay, both routes, through alipay-sdk to a gateway double. */

const openTempApp = useTempApp()
const tempDir = useTempDir('kaitong-alipay-certs-')
const keys = alipayKeys()
/** The complete fixture's 统一社会信用代码 and the app_auth_token its authorisation gave. */
const MERCHANT = '91440305MA5G7K2L8A'
const APP_AUTH_TOKEN = '202612BB9a1b2c3d4e5f60718293a4b5c6d7eX10'
type Submission = MethodOutput<'submissions.forDraft'>[number]

function profile(fake: FakeAlipay, change: Partial<NonNullable<SubmitProfile['alipay']>> = {}) {
  return {
    name: 'default',
    environment: 'sandbox' as const,
    retryBaseMs: 1,
    timeoutMs: 3000,
    alipay: {
      appId: keys.appId,
      appPrivateKey: keys.appPrivateKeyPem,
      alipayPublicKey: keys.alipayPublicKeyPem,
      gateway: fake.url,
      ...change
    }
  }
}

let fake: FakeAlipay
beforeEach(async () => {
  fake = await startFakeAlipay(keys)
})
afterEach(() => fake.close())

async function sent(route: 'zft' | 'agent') {
  const { app } = openTempApp()
  const id = await exportedDraft(app, 'alipay', { route })
  await call(app, 'submit.saveProfile', profile(fake))
  const preview = (await call(app, 'submit.preview', {
    id,
    platform: 'alipay'
  })) as MethodOutput<'submit.preview'>
  const job = await sendAndWait(app, { id, platform: 'alipay', confirmMerchant: preview.merchant })
  return { app, id, preview, job }
}

describe.each(['zft', 'agent'] as const)('sending the complete fixture to Alipay (%s)', (route) => {
  it('sends every call of the plan signed, with ids only the gateway issued', async () => {
    const { job, preview } = await sent(route)
    expect(job.error).toBeUndefined()
    const submission = job.result as Submission
    expect(submission.lifecycle).toBe('submitted')
    expect(fake.badSignatures).toBe(0)
    expect(fake.unknownIds).toEqual([])
    expect(fake.methods).toEqual(preview.steps.map((step) => step.call))
    // ZFT answers an order id; 代签约 a batch number, then the confirmation's order number.
    expect(submission.ids[route === 'zft' ? 'orderId' : 'batchNo']).toMatch(/^20(17|26)/)
  }, 120_000)
})

describe('following an Alipay application', () => {
  it('shows a ZFT rejection that arrives by refresh', async () => {
    const { app, id } = await sent('zft')
    fake.queryAnswer = 'alipay-zft-rejected'
    const [rejected] = (await call(app, 'submit.refresh', { id })) as Submission[]
    expect(rejected?.lifecycle).toBe('rejected')
    expect(rejected?.reasons.map((found) => found.text)).toContain('营业执照照片不清晰,请重新上传')
  }, 120_000)

  it('shows the 代签约 confirmation link that arrives by refresh', async () => {
    const { app, id } = await sent('agent')
    fake.queryAnswer = 'alipay-agent-confirm'
    const [waiting] = (await call(app, 'submit.refresh', { id })) as Submission[]
    expect(waiting?.lifecycle).toBe('actionNeeded')
    expect(waiting?.links[0]?.action).toBe('confirm')
  }, 120_000)
})

describe('Alipay credentials', () => {
  it('refuses the app’s own public key where Alipay’s belongs', async () => {
    const { app } = openTempApp()
    expect(
      await errorCode(
        app,
        'submit.saveProfile',
        profile(fake, { alipayPublicKey: keys.appPublicKeyPem })
      )
    ).toBe('submit.cred_alipay_key_is_app_key')
  })

  it('names the app key as the cause when the gateway refuses the signature', async () => {
    const { app } = openTempApp()
    const id = await exportedDraft(app, 'alipay', { route: 'zft' })
    const other = alipayKeys()
    await call(app, 'submit.saveProfile', profile(fake, { appPrivateKey: other.appPrivateKeyPem }))
    const preview = (await call(app, 'submit.preview', {
      id,
      platform: 'alipay'
    })) as MethodOutput<'submit.preview'>
    const job = await sendAndWait(app, {
      id,
      platform: 'alipay',
      confirmMerchant: preview.merchant
    })
    expect(job.error?.code).toBe('submit.signature_rejected')
  }, 120_000)

  it('refuses to send without the merchant named', async () => {
    const { app } = openTempApp()
    const id = await exportedDraft(app, 'alipay', { route: 'zft' })
    await call(app, 'submit.saveProfile', profile(fake))
    expect(
      await errorCode(app, 'submit.send', { id, platform: 'alipay', confirmMerchant: '别的公司' })
    ).toBe('submit.confirm_merchant')
    expect(fake.methods).toEqual([])
  }, 120_000)
})

async function listingSent(change: Partial<NonNullable<SubmitProfile['alipay']>> = {}) {
  const { app } = openTempApp()
  const id = await exportedDraft(app, 'alipay-mp')
  await call(app, 'submit.saveProfile', profile(fake, change))
  const preview = (await call(app, 'submit.preview', {
    id,
    platform: 'alipay-mp'
  })) as MethodOutput<'submit.preview'>
  const job = await sendAndWait(app, {
    id,
    platform: 'alipay-mp',
    confirmMerchant: preview.merchant
  })
  return { app, id, preview, job }
}

describe('sending the complete listing to Alipay mini programs', () => {
  it('sends both multipart calls signed, on the merchant’s behalf with its app_auth_token', async () => {
    const { job, preview } = await listingSent({ appAuthTokens: { [MERCHANT]: APP_AUTH_TOKEN } })
    expect(job.error).toBeUndefined()
    const submission = job.result as Submission
    expect(submission.lifecycle).toBe('submitted')
    expect(submission.ids.version).toBe('1.0.0')
    expect(fake.badSignatures).toBe(0)
    expect(fake.methods).toEqual(preview.steps.map((step) => step.call))
    expect(fake.appAuthTokens).toEqual([APP_AUTH_TOKEN, APP_AUTH_TOKEN])
    expect(fake.files).toContain('app_logo')
  }, 120_000)

  it('waits while a base-information change is in review, then applies without modifying it again', async () => {
    fake.refuseNext.set('alipay.open.mini.version.audit.apply', 'alipay-mp-info-audit-contains')
    const { app, id, preview, job } = await listingSent({
      appAuthTokens: { [MERCHANT]: APP_AUTH_TOKEN }
    })
    expect(job.error?.code).toBe('submit.waiting')
    const again = await sendAndWait(app, {
      id,
      platform: 'alipay-mp',
      confirmMerchant: preview.merchant
    })
    expect((again.result as Submission).lifecycle).toBe('submitted')
    expect(fake.methods.filter((method) => method.endsWith('baseinfo.modify'))).toHaveLength(1)
    expect(fake.methods.filter((method) => method.endsWith('audit.apply'))).toHaveLength(2)
  }, 120_000)

  it('sends nothing for a merchant whose app_auth_token the profile lacks', async () => {
    const { job } = await listingSent({ appAuthTokens: { '91110000000000000X': APP_AUTH_TOKEN } })
    expect(job.error?.code).toBe('submit.app_auth_token_missing')
    expect(fake.methods).toEqual([])
  }, 120_000)

  it('shows a version rejection that arrives by refresh', async () => {
    const { app, id } = await listingSent({ appAuthTokens: { [MERCHANT]: APP_AUTH_TOKEN } })
    fake.queryAnswer = 'alipay-mp-rejected'
    const [rejected] = (await call(app, 'submit.refresh', { id })) as Submission[]
    expect(rejected?.lifecycle).toBe('rejected')
    expect(fake.appAuthTokens.at(-1)).toBe(APP_AUTH_TOKEN)
  }, 120_000)
})

describe('Alipay certificate mode', () => {
  it('signs with the app key and sends both certificate serial numbers', async () => {
    const certificates = alipayCertificates(keys, tempDir())
    const { job } = await listingSent({
      alipayPublicKey: '',
      appCertificate: certificates.app,
      alipayCertificate: certificates.alipay,
      alipayRootCertificate: certificates.root,
      appAuthTokens: { [MERCHANT]: APP_AUTH_TOKEN }
    })
    expect(job.error).toBeUndefined()
    expect(fake.badSignatures).toBe(0)
    expect(fake.certSns.every((sns) => /^[0-9a-f]{32}\/[0-9a-f_]{32,}$/.test(sns))).toBe(true)
  }, 120_000)

  it('refuses an app certificate issued for another key', async () => {
    const { app } = openTempApp()
    const certificates = alipayCertificates(alipayKeys(), tempDir())
    const own = alipayCertificates(keys, tempDir())
    expect(
      await errorCode(
        app,
        'submit.saveProfile',
        profile(fake, {
          alipayPublicKey: '',
          appCertificate: certificates.app,
          alipayCertificate: own.alipay,
          alipayRootCertificate: own.root
        })
      )
    ).toBe('submit.cred_app_certificate_mismatch')
  }, 60_000)

  it('asks for all three certificates', async () => {
    const { app } = openTempApp()
    const own = alipayCertificates(keys, tempDir())
    expect(
      await errorCode(
        app,
        'submit.saveProfile',
        profile(fake, { alipayPublicKey: '', appCertificate: own.app })
      )
    ).toBe('submit.cred_certificates_incomplete')
  }, 60_000)
})
