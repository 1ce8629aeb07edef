import { createPrivateKey } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseWechatPayKey } from '../../../src-main/keys/platform-key'
import { createRateLimiter } from '../../../src-main/submit/rate-limit'
import { createWechatPayGateway } from '../../../src-main/submit/wechat-pay-gateway'
import {
  startFakeWechatPay,
  wechatPayKeys,
  type FakeWechatPay
} from '../../helpers/fake-wechat-pay'

/** The WeChat Pay gateway takes an upload slot per merchant number before every media upload. */

const keys = wechatPayKeys()
let fake: FakeWechatPay
beforeEach(async () => {
  fake = await startFakeWechatPay(keys)
})
afterEach(() => fake.close())

describe('WeChat Pay media uploads', () => {
  it('wait for the eleventh upload of a second until a slot frees', async () => {
    let time = 0
    const startedAt: number[] = []
    const merchants = new Set<string>()
    const limiter = createRateLimiter(10, 1000, {
      now: () => time,
      sleep: (ms) => {
        time += ms
        return Promise.resolve()
      }
    })
    const gateway = createWechatPayGateway({
      credentials: {
        mchid: keys.mchid,
        merchantSerial: keys.merchantSerial,
        merchantPrivateKey: createPrivateKey(keys.merchantPrivateKeyPem),
        platformKey: parseWechatPayKey(keys.platformPublicKeyPem, 'platform-key.pem', {
          keyId: keys.platformKeyId
        }),
        apiV3Key: 'a'.repeat(32)
      },
      baseUrl: fake.url,
      uploadSlot: async (mchid) => {
        await limiter(mchid)
        merchants.add(mchid)
        startedAt.push(time)
      }
    })
    for (let index = 0; index < 12; index += 1) {
      await gateway.upload({
        path: `media/photo-${index}.jpg`,
        bytes: new Uint8Array([0xff, 0xd8, index]),
        uses: []
      })
    }
    expect(fake.uploads.size).toBe(12)
    expect(startedAt).toHaveLength(12)
    expect([...merchants]).toEqual([keys.mchid])
    expect(startedAt.slice(0, 10).every((at) => at === 0)).toBe(true)
    expect(startedAt.slice(10).every((at) => at >= 1000)).toBe(true)
  }, 60_000)
})
