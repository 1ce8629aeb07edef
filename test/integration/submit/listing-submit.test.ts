import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../../src-main/api/contract'
import type { OpenedApp } from '../../../src-main/api'
import type { SubmitProfile } from '../../../src-main/domain/submit-profile'
import { useTempApp } from '../../helpers/app'
import { startFakeListing, type FakeListing, type TokenPlatform } from '../../helpers/fake-listing'
import { call, errorCode, exportedDraft, sendAndWait } from '../../helpers/submit'

/**
 * The complete listing fixture sent to WeChat, Douyin and Baidu as a third party, with the
 * merchant's authorizer token, against a double on 127.0.0.1 that answers with recorded
 * platform examples.
 */

const openTempApp = useTempApp()
/** The complete fixture's 统一社会信用代码, as typed with a hyphen to show keys are normalised. */
const MERCHANT = '91440305MA5G7K2L8A'
type Submission = MethodOutput<'submissions.forDraft'>[number]

let fake: FakeListing
beforeEach(async () => {
  fake = await startFakeListing()
})
afterEach(() => fake.close())

/** WeChat through the agency's token service; Douyin and Baidu with tokens typed in. */
function profile(change: Partial<NonNullable<SubmitProfile['listing']>> = {}): SubmitProfile {
  return {
    name: 'default',
    environment: 'production',
    retryBaseMs: 1,
    timeoutMs: 3000,
    listing: {
      'wechat-mp': {
        tokenServiceUrl: `${fake.url}/token`,
        tokenServiceSecret: fake.tokenServiceSecret,
        baseUrl: fake.url
      },
      'douyin-mp': {
        accessTokens: { '91440305-MA5G7K2L8A': fake.tokens['douyin-mp'] },
        baseUrl: fake.url
      },
      'baidu-mp': { accessTokens: { [MERCHANT]: fake.tokens['baidu-mp'] }, baseUrl: fake.url },
      ...change
    }
  }
}

async function ready(platform: TokenPlatform, saved: SubmitProfile = profile()) {
  const { app } = openTempApp()
  const id = await exportedDraft(app, platform)
  await call(app, 'submit.saveProfile', saved)
  const preview = (await call(app, 'submit.preview', {
    id,
    platform
  })) as MethodOutput<'submit.preview'>
  return { app, id, preview }
}

const send = (app: OpenedApp, id: string, platform: TokenPlatform, merchant: string) =>
  sendAndWait(app, { id, platform, confirmMerchant: merchant, confirmProduction: true })

const bodies = () => JSON.stringify(fake.calls.map((item) => item.body))

describe.each(['wechat-mp', 'douyin-mp', 'baidu-mp'] as const)(
  'sending the complete listing to %s',
  (platform) => {
    it('makes every call of the plan with the merchant’s token and only ids the platform issued', async () => {
      const { app, id, preview } = await ready(platform)
      const job = await send(app, id, platform, preview.merchant)
      expect(job.error).toBeUndefined()
      expect((job.result as Submission).lifecycle).toBe('submitted')
      expect(fake.refusedTokens).toBe(0)
      expect(fake.unknownMedia).toEqual([])
      expect(bodies()).not.toContain('media-id:')
      // Every call of the dry run reached the platform, in its order, after the uploads.
      const sent = fake.calls.map((item) => item.path)
      const planned = preview.steps
        .filter((step) => step.kind === 'call')
        .map((step) => new URL(step.call.split(' ')[1] ?? '').pathname)
      expect(sent.filter((path) => planned.includes(path))).toEqual(planned)
    }, 120_000)
  }
)

describe('WeChat listing', () => {
  it('asks the agency’s token service for the merchant’s token', async () => {
    const { app, id, preview } = await ready('wechat-mp')
    await send(app, id, 'wechat-mp', preview.merchant)
    expect(fake.tokenRequests).toEqual([MERCHANT])
  }, 120_000)

  it('stops before submit_audit while the name is in review, and goes on from there once approved', async () => {
    const { app, id, preview } = await ready('wechat-mp')
    fake.nicknameAuditStat = 1
    const waiting = await send(app, id, 'wechat-mp', preview.merchant)
    expect(waiting.error?.code).toBe('submit.waiting')
    expect(fake.calls.some((item) => item.path === '/wxa/submit_audit')).toBe(false)
    fake.nicknameAuditStat = 3
    const done = await send(app, id, 'wechat-mp', preview.merchant)
    expect((done.result as Submission).lifecycle).toBe('submitted')
    expect(fake.calls.filter((item) => item.path === '/wxa/setnickname')).toHaveLength(1)
    expect(fake.calls.filter((item) => item.path === '/wxa/submit_audit')).toHaveLength(1)
  }, 120_000)

  it('waits for the privacy-interface detection before setting the privacy guide', async () => {
    const { app, id, preview } = await ready('wechat-mp')
    fake.privacyDetectionDone = false
    const waiting = await send(app, id, 'wechat-mp', preview.merchant)
    expect(waiting.error?.code).toBe('submit.waiting')
    expect(waiting.error?.params?.['code']).toBe('61039')
    expect(fake.calls.some((item) => item.path === '/cgi-bin/component/setprivacysetting')).toBe(
      false
    )
  }, 120_000)

  it('records a name review that failed as the attempt’s rejection', async () => {
    const { app, id, preview } = await ready('wechat-mp')
    fake.nicknameAuditStat = 2
    const job = await send(app, id, 'wechat-mp', preview.merchant)
    const rejected = job.result as Submission
    expect(rejected.lifecycle).toBe('rejected')
    expect(rejected.reasons.map((item) => item.text)).toEqual(['xxx'])
  }, 120_000)

  it('shows an audit rejection that arrives by refresh', async () => {
    const { app, id, preview } = await ready('wechat-mp')
    await send(app, id, 'wechat-mp', preview.merchant)
    const [refreshed] = (await call(app, 'submit.refresh', { id })) as Submission[]
    expect(refreshed?.lifecycle).toBe('rejected')
    expect(refreshed?.reasons.length).toBeGreaterThan(1)
  }, 120_000)

  it.each(['wechat-mp', 'douyin-mp', 'baidu-mp'] as const)(
    'names the token as the cause when %s refuses it',
    async (platform) => {
      const typed = { accessTokens: { [MERCHANT]: 'expired' }, baseUrl: fake.url }
      const { app, id, preview } = await ready(platform, profile({ [platform]: typed }))
      const job = await send(app, id, platform, preview.merchant)
      expect(job.error?.code).toBe('submit.token_rejected')
      expect(fake.refusedTokens).toBe(1)
    },
    120_000
  )

  it('refuses a token service that does not know the merchant', async () => {
    const { app, id, preview } = await ready(
      'wechat-mp',
      profile({
        'wechat-mp': { tokenServiceUrl: `${fake.url}/token`, tokenServiceSecret: 'wrong' }
      })
    )
    const job = await send(app, id, 'wechat-mp', preview.merchant)
    expect(job.error?.code).toBe('submit.token_service_refused')
    expect(fake.calls).toEqual([])
  }, 120_000)
})

describe('Douyin and Baidu listings', () => {
  it('uploads Douyin materials with the type their use calls for', async () => {
    const { app, id, preview } = await ready('douyin-mp')
    await send(app, id, 'douyin-mp', preview.merchant)
    // The name proof (3) and the icon (1), sorted by file name like every upload step.
    expect([...fake.materialTypes].sort()).toEqual(['1', '3'])
  }, 120_000)

  it('resumes a Douyin run stopped at its last call without sending anything before it again', async () => {
    const { app, id, preview } = await ready('douyin-mp')
    fake.faults.set('/api/apps/v2/package_version/audit/', [500, 500, 500, 500])
    const stopped = await send(app, id, 'douyin-mp', preview.merchant)
    expect(stopped.error?.code).toBe('submit.platform_unavailable')
    const before = fake.calls.map((item) => item.path)
    const resumed = await send(app, id, 'douyin-mp', preview.merchant)
    expect((resumed.result as Submission).lifecycle).toBe('submitted')
    expect(fake.calls.map((item) => item.path)).toEqual([
      ...before,
      '/api/apps/v2/package_version/audit/'
    ])
  }, 120_000)

  it('retries a call Douyin answers as busy (28001005) and goes on', async () => {
    const { app, id, preview } = await ready('douyin-mp')
    fake.faults.set('/api/apps/v2/package_version/audit/', ['douyin-mp-busy'])
    const job = await send(app, id, 'douyin-mp', preview.merchant)
    expect((job.result as Submission).lifecycle).toBe('submitted')
  }, 120_000)

  it('retries a Baidu server error and sends each call once', async () => {
    const { app, id, preview } = await ready('baidu-mp')
    fake.faults.set('/rest/2.0/smartapp/app/setnickname', [500])
    const job = await send(app, id, 'baidu-mp', preview.merchant)
    expect((job.result as Submission).lifecycle).toBe('submitted')
    const nicknames = fake.calls.filter(
      (item) => item.path === '/rest/2.0/smartapp/app/setnickname'
    )
    expect(nicknames).toHaveLength(1)
  }, 120_000)

  it('sends Baidu’s category list under its other documented name when the first is refused', async () => {
    const { app, id, preview } = await ready('baidu-mp')
    fake.baiduWantsCategories = true
    const job = await send(app, id, 'baidu-mp', preview.merchant)
    expect((job.result as Submission).lifecycle).toBe('submitted')
    const update = fake.calls.find((item) => item.path === '/rest/2.0/smartapp/app/category/update')
    expect(Object.keys(update?.body ?? {})).toEqual(['categories'])
  }, 120_000)

  it('refuses a send for a merchant the profile has no token for', async () => {
    const { app, id, preview } = await ready(
      'baidu-mp',
      profile({ 'baidu-mp': { accessTokens: { '91110000000000000X': 'x' }, baseUrl: fake.url } })
    )
    const job = await send(app, id, 'baidu-mp', preview.merchant)
    expect(job.error?.code).toBe('submit.token_missing')
  }, 120_000)
})

describe('listing profiles', () => {
  it('refuses a listing platform with neither a token nor a token service', async () => {
    const { app } = openTempApp()
    expect(
      await errorCode(app, 'submit.saveProfile', profile({ 'douyin-mp': { baseUrl: fake.url } }))
    ).toBe('submit.token_missing')
  })

  it('never shows a token in the profile’s view', async () => {
    const { app } = openTempApp()
    const view = await call(app, 'submit.saveProfile', profile())
    expect(JSON.stringify(view)).not.toContain(fake.tokens['douyin-mp'])
    expect(JSON.stringify(view)).not.toContain(fake.tokenServiceSecret)
  })
})
