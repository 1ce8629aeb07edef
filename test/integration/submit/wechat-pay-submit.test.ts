import { generateKeyPairSync } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../../src-main/api/contract'
import type { OpenedApp } from '../../../src-main/api'
import type { SubmitProfile } from '../../../src-main/domain/submit-profile'
import { useTempApp } from '../../helpers/app'
import {
  startFakeWechatPay,
  wechatPayKeys,
  type FakeWechatPay
} from '../../helpers/fake-wechat-pay'
import { call, errorCode, exportedDraft, sendAndWait } from '../../helpers/submit'

/**
 * The complete fixture sent to WeChat Pay by the plan runner through wechatpay-axios-plugin,
 * against a WeChat Pay double on 127.0.0.1 that checks signatures, ciphertext and media ids.
 */

const openTempApp = useTempApp()
const keys = wechatPayKeys()
const MERCHANT = '深圳市山海咖啡餐饮管理有限公司'
type Submission = MethodOutput<'submissions.forDraft'>[number]

function profile(
  fake: FakeWechatPay,
  change: Partial<NonNullable<SubmitProfile['wechatPay']>> = {}
): SubmitProfile {
  return {
    name: 'default',
    environment: 'production',
    retryBaseMs: 1,
    timeoutMs: 1500,
    wechatPay: {
      mchid: keys.mchid,
      merchantSerial: keys.merchantSerial,
      merchantPrivateKey: keys.merchantPrivateKeyPem,
      platformKey: keys.platformPublicKeyPem,
      platformKeyId: keys.platformKeyId,
      apiV3Key: 'a'.repeat(32),
      baseUrl: fake.url,
      ...change
    }
  }
}

let fake: FakeWechatPay
beforeEach(async () => {
  fake = await startFakeWechatPay(keys)
})
afterEach(() => fake.close())

async function ready(): Promise<{ app: OpenedApp; id: string; merchant: string }> {
  const { app } = openTempApp()
  const id = await exportedDraft(app, 'wechat-pay')
  await call(app, 'submit.saveProfile', profile(fake))
  const preview = (await call(app, 'submit.preview', {
    id,
    platform: 'wechat-pay'
  })) as MethodOutput<'submit.preview'>
  return { app, id, merchant: preview.merchant }
}

const send = (app: OpenedApp, id: string, merchant: string) =>
  sendAndWait(app, {
    id,
    platform: 'wechat-pay',
    confirmMerchant: merchant,
    confirmProduction: true
  })

describe('sending the complete fixture to WeChat Pay', () => {
  it('uploads every picture once, fills their ids, encrypts at send time and records the applyment', async () => {
    const { app, id, merchant } = await ready()
    expect(merchant).toBe(MERCHANT)
    const job = await send(app, id, merchant)
    expect(job.error).toBeUndefined()
    const submission = job.result as Submission
    expect(submission.lifecycle).toBe('submitted')
    expect(submission.ids.applymentId).toBe('2000002124775691')
    expect(submission.ids.businessCode).toMatch(/^\w+/)
    expect([...fake.uploads.values()].every((count) => count === 1)).toBe(true)
    expect(fake.uploads.size).toBeGreaterThan(0)
    expect(fake.refusedSignatures).toBe(0)
    const [applyment] = fake.applyments
    expect(applyment?.unknownMedia).toEqual([])
    expect(JSON.stringify(applyment?.body)).not.toMatch(/media\/|<[^>]+>/)
    // The ID card's name and numbers arrive as ciphertext the platform private key opens.
    expect(applyment?.decrypted).toContain('陈建华')
    const numbers = applyment?.decrypted.filter((plaintext) => /^\d{11,}/.test(plaintext)) ?? []
    expect(numbers.length).toBeGreaterThan(2)
    for (const number of numbers) expect(JSON.stringify(applyment?.body)).not.toContain(number)
    const steps = submission.events.filter((event) => event.source === 'submit')
    expect(steps.length).toBe(fake.uploads.size + 2)
    expect(steps.every((event) => event.requestId.startsWith('08F0'))).toBe(true)
  }, 120_000)

  it('retries a rate limit and a server error, and sends nothing twice', async () => {
    const { app, id, merchant } = await ready()
    fake.faults.set('/v3/merchant/media/upload', [{ status: 429 }, { status: 500 }])
    const job = await send(app, id, merchant)
    expect((job.result as Submission).lifecycle).toBe('submitted')
    expect([...fake.uploads.values()].every((count) => count === 1)).toBe(true)
    expect(fake.applyments).toHaveLength(1)
  }, 120_000)

  it('resumes a run stopped mid-plan at the first unfinished step', async () => {
    const { app, id, merchant } = await ready()
    // The application never answers, nor do its retries: the run stops there, as if killed.
    fake.faults.set(
      '/v3/applyment4sub/applyment/',
      Array.from({ length: 4 }, () => ({ hang: true as const }))
    )
    const stopped = await send(app, id, merchant)
    expect(stopped.state).toBe('failed')
    expect(stopped.error?.code).toBe('submit.platform_unavailable')
    expect(fake.uploads.size).toBeGreaterThan(0)
    expect(fake.applyments).toHaveLength(0)
    const again = await send(app, id, merchant)
    expect((again.result as Submission).lifecycle).toBe('submitted')
    // Not one picture uploaded twice: the second run began at the application.
    expect([...fake.uploads.values()].every((count) => count === 1)).toBe(true)
    expect(fake.applyments).toHaveLength(1)
    // A third run finds the attempt sent and sends nothing.
    const uploads = [...fake.uploads.values()].reduce((a, b) => a + b, 0)
    expect(
      await errorCode(app, 'submit.send', {
        id,
        platform: 'wechat-pay',
        confirmMerchant: merchant,
        confirmProduction: true
      })
    ).toBe('submit.already_sent')
    expect([...fake.uploads.values()].reduce((a, b) => a + b, 0)).toBe(uploads)
  }, 120_000)

  it('stops at a business error and shows it on its field as the attempt’s rejection', async () => {
    const { app, id, merchant } = await ready()
    fake.rejectNext = {
      code: 'PARAM_ERROR',
      message: '身份证人像面照片不合规',
      field: 'id_card_copy'
    }
    const job = await send(app, id, merchant)
    const submission = job.result as Submission
    expect(submission.lifecycle).toBe('rejected')
    expect(submission.reasons[0]?.path).toBe('merchant.legalRep.frontPhoto')
    expect(fake.applyments).toHaveLength(1)
  }, 120_000)

  it('follows the application by refresh until the rejection shows on its field', async () => {
    const { app, id, merchant } = await ready()
    await send(app, id, merchant)
    fake.queryAnswer = 'wechat-pay-to-be-signed'
    const [signing] = (await call(app, 'submit.refresh', { id })) as Submission[]
    expect(signing?.lifecycle).toBe('actionNeeded')
    expect(signing?.links[0]?.url).toMatch(/^https:\/\/pay\.weixin\.qq\.com\//)
    fake.queryAnswer = 'wechat-pay-rejected'
    const [rejected] = (await call(app, 'submit.refresh', { id })) as Submission[]
    expect(rejected?.lifecycle).toBe('rejected')
    expect(rejected?.reasons.map((found) => found.path)).toContain('merchant.legalRep.frontPhoto')
  }, 120_000)

  it('names a clock that is off as the cause when the answers’ time is refused', async () => {
    const { app, id, merchant } = await ready()
    fake.clockOffsetSeconds = 600
    const job = await send(app, id, merchant)
    expect(job.error?.code).toBe('submit.clock_skew')
  }, 120_000)

  it('names the merchant key as the cause when WeChat Pay refuses the signature', async () => {
    const { app, id, merchant } = await ready()
    const other = wechatPayKeys()
    await call(
      app,
      'submit.saveProfile',
      profile(fake, { merchantPrivateKey: other.merchantPrivateKeyPem })
    )
    const job = await send(app, id, merchant)
    expect(job.error?.code).toBe('submit.signature_rejected')
    expect(fake.uploads.size).toBe(0)
  }, 120_000)
})

/** A certificate and its key made with OpenSSL (test/fixtures/keys/README.md), standing in for apiclient_cert.pem. */
const fixtureKey = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../fixtures/keys', name), 'utf8')
const CERTIFICATE = fixtureKey('wechatpay-test-platform-cert.pem')
const CERTIFICATE_KEY = fixtureKey('wechatpay-test-private-key.pem')
const CERTIFICATE_SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F7E4F1'

describe('WeChat Pay credentials', () => {
  it('accepts a private key with its own certificate and serial', async () => {
    const { app } = openTempApp()
    const saved = await call(
      app,
      'submit.saveProfile',
      profile(fake, {
        merchantCertificate: CERTIFICATE,
        merchantPrivateKey: CERTIFICATE_KEY,
        merchantSerial: CERTIFICATE_SERIAL
      })
    )
    expect(saved).toMatchObject({ wechatPay: { merchantSerial: CERTIFICATE_SERIAL } })
  })

  it('refuses a serial that is not the merchant certificate’s', async () => {
    const { app } = openTempApp()
    expect(
      await errorCode(
        app,
        'submit.saveProfile',
        profile(fake, {
          merchantCertificate: CERTIFICATE,
          merchantPrivateKey: CERTIFICATE_KEY,
          merchantSerial: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01'
        })
      )
    ).toBe('submit.cred_serial_mismatch')
  })

  it('refuses a certificate that belongs to another private key', async () => {
    const { app } = openTempApp()
    expect(
      await errorCode(
        app,
        'submit.saveProfile',
        profile(fake, {
          merchantCertificate: CERTIFICATE,
          merchantSerial: CERTIFICATE_SERIAL
        })
      )
    ).toBe('submit.cred_key_mismatch')
  })

  it('refuses a public key where the merchant private key belongs', async () => {
    const { app } = openTempApp()
    expect(
      await errorCode(
        app,
        'submit.saveProfile',
        profile(fake, {
          merchantPrivateKey: keys.platformPublicKeyPem
        })
      )
    ).toBe('submit.cred_not_private_key')
  })

  it('refuses an EC key where an RSA key belongs', async () => {
    const { app } = openTempApp()
    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    expect(
      await errorCode(
        app,
        'submit.saveProfile',
        profile(fake, {
          merchantPrivateKey: ec.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
        })
      )
    ).toBe('submit.cred_wrong_key_type')
  })

  it('sends nothing while the precheck has errors', async () => {
    const { app } = openTempApp()
    const id = await exportedDraft(app, 'wechat-pay')
    await call(app, 'submit.saveProfile', profile(fake))
    const draft = (await call(app, 'drafts.get', { id })) as {
      content: { merchant: { legalRep: { idNumber: string } } }
    }
    draft.content.merchant.legalRep.idNumber = '123'
    await call(app, 'drafts.save', { id, content: draft.content })
    // The draft changed after its export, and the precheck finds the error: both refuse.
    expect(await errorCode(app, 'submit.preview', { id, platform: 'wechat-pay' })).toMatch(
      /^submit\.(export_stale|precheck_errors)$/
    )
    expect(fake.uploads.size).toBe(0)
  }, 120_000)
})
