import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp } from '../../../src-main/api'
import {
  startFakeWechatPay,
  wechatPayKeys,
  type FakeWechatPay
} from '../../helpers/fake-wechat-pay'
import { startFakeListing } from '../../helpers/fake-listing'
import { exportedDraft } from '../../helpers/submit'
import { useTempDir } from '../../helpers/temp-dir'
import { runCli as run } from '../../helpers/cli'

/** `kaitong submit` and `kaitong submissions refresh` against the WeChat Pay double. */

const tempDir = useTempDir('kaitong-cli-submit-')
const keys = wechatPayKeys()
let fake: FakeWechatPay
beforeEach(async () => {
  fake = await startFakeWechatPay(keys)
})
afterEach(() => fake.close())

/** The complete fixture exported for WeChat Pay, and a profile file pointing at the double. */
async function stored() {
  const dir = tempDir()
  const app = openApp({ dataDir: dir, version: 'test' })
  const id = await exportedDraft(app, 'wechat-pay')
  app.close()
  const profile = join(dir, 'profile.json')
  writeFileSync(
    profile,
    JSON.stringify({
      name: 'default',
      environment: 'production',
      retryBaseMs: 1,
      timeoutMs: 2000,
      wechatPay: {
        mchid: keys.mchid,
        merchantSerial: keys.merchantSerial,
        merchantPrivateKey: keys.merchantPrivateKeyPem,
        platformKey: keys.platformPublicKeyPem,
        platformKeyId: keys.platformKeyId,
        apiV3Key: 'b'.repeat(32),
        baseUrl: fake.url
      }
    })
  )
  return { db: join(dir, 'kaitong.sqlite'), id, profile }
}

describe('kaitong submit', () => {
  it('shows a dry run with secrets masked and sends nothing unless confirmed', async () => {
    const { db, id, profile } = await stored()
    expect((await run(['submit', 'profile', profile, '--db', db])).code).toBe(0)
    const dry = await run(['submit', '--id', id, '--platform', 'wechat-pay', '--db', db])
    expect(dry.err).toBe('')
    expect(dry.code).toBe(0)
    expect(dry.out).toContain('试运行')
    expect(dry.out).toContain('••••')
    // The legal representative's ID number and the settlement account are masked.
    expect(dry.out).not.toContain('440305197804120318')
    expect(dry.out).not.toContain('755936218710201')
    expect(dry.out).toContain('--confirm "深圳市山海咖啡餐饮管理有限公司" --production')
    expect(fake.uploads.size).toBe(0)
  }, 120_000)

  it('sends once confirmed, then refresh shows the rejection on its field', async () => {
    const { db, id, profile } = await stored()
    await run(['submit', 'profile', profile, '--db', db])
    const unconfirmed = await run([
      'submit',
      '--id',
      id,
      '--platform',
      'wechat-pay',
      '--confirm',
      '深圳市山海咖啡餐饮管理有限公司',
      '--db',
      db
    ])
    expect(unconfirmed.code).toBe(1)
    expect(unconfirmed.err).toContain('正式环境')
    const sent = await run([
      'submit',
      '--id',
      id,
      '--platform',
      'wechat-pay',
      '--confirm',
      '深圳市山海咖啡餐饮管理有限公司',
      '--production',
      '--db',
      db
    ])
    expect(sent.err).toBe('')
    expect(sent.code).toBe(0)
    expect(sent.out).toContain('applymentId=')
    fake.queryAnswer = 'wechat-pay-rejected'
    const refreshed = await run(['submissions', 'refresh', '--id', id, '--db', db])
    expect(refreshed.code).toBe(0)
    expect(refreshed.out).toContain('merchant.legalRep.frontPhoto')
  }, 120_000)
})

describe('kaitong submit to a mini-program platform', () => {
  it('sends the listing to Douyin with the merchant’s token once confirmed', async () => {
    const listing = await startFakeListing()
    try {
      const dir = tempDir()
      const app = openApp({ dataDir: dir, version: 'test' })
      const id = await exportedDraft(app, 'douyin-mp')
      app.close()
      const db = join(dir, 'kaitong.sqlite')
      const profile = join(dir, 'profile.json')
      writeFileSync(
        profile,
        JSON.stringify({
          name: 'default',
          environment: 'production',
          retryBaseMs: 1,
          timeoutMs: 2000,
          listing: {
            'douyin-mp': {
              accessTokens: { '91440305MA5G7K2L8A': listing.tokens['douyin-mp'] },
              baseUrl: listing.url
            }
          }
        })
      )
      expect((await run(['submit', 'profile', profile, '--db', db])).code).toBe(0)
      const dry = await run(['submit', '--id', id, '--platform', 'douyin-mp', '--db', db])
      expect(dry.code).toBe(0)
      expect(dry.out).toContain(
        '--platform douyin-mp --confirm "深圳市山海咖啡餐饮管理有限公司" --production'
      )
      expect(listing.calls).toEqual([])
      const sent = await run([
        'submit',
        '--id',
        id,
        '--platform',
        'douyin-mp',
        '--confirm',
        '深圳市山海咖啡餐饮管理有限公司',
        '--production',
        '--db',
        db
      ])
      expect(sent.err).toBe('')
      expect(sent.code).toBe(0)
      expect(sent.out).toContain('已提交')
      expect(listing.calls.at(-1)?.path).toBe('/api/apps/v2/package_version/audit/')
    } finally {
      await listing.close()
    }
  }, 120_000)

  it('names the platforms it takes when given another', async () => {
    const result = await run(['submit', '--id', 'x', '--platform', 'taobao'])
    expect(result.code).toBe(2)
    expect(result.err).toContain('douyin-mp')
  })
})
