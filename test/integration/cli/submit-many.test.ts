import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp } from '../../../src-main/api'
import { createCompleteDraft } from '../../helpers/complete-draft'
import {
  startFakeWechatPay,
  wechatPayKeys,
  type FakeWechatPay
} from '../../helpers/fake-wechat-pay'
import { exportedDraft, wechatPayProfile } from '../../helpers/submit'
import { useTempDir } from '../../helpers/temp-dir'
import { runCli as run } from '../../helpers/cli'

/** `kaitong submit many` against the WeChat Pay double: dry run first, then a confirmed count. */

const tempDir = useTempDir('kaitong-cli-submit-many-')
const keys = wechatPayKeys()
let fake: FakeWechatPay
beforeEach(async () => {
  fake = await startFakeWechatPay(keys)
})
afterEach(() => fake.close())

/** One draft exported for WeChat Pay, one not yet exported, and the profile saved. */
async function stored() {
  const dir = tempDir()
  const app = openApp({ dataDir: dir, version: 'test' })
  const exported = await exportedDraft(app, 'wechat-pay')
  const waiting = await createCompleteDraft(app, { addProvider: 'wechat-pay' })
  app.close()
  const profile = join(dir, 'profile.json')
  writeFileSync(profile, JSON.stringify(wechatPayProfile(keys, fake.url)))
  const db = join(dir, 'kaitong.sqlite')
  await run(['submit', 'profile', profile, '--db', db])
  return { db, ids: `${exported},${waiting}` }
}

describe('kaitong submit many', () => {
  it('dry-runs each draft, says why one cannot go and how to send the rest', async () => {
    const { db, ids } = await stored()
    const dry = await run(['submit', 'many', '--ids', ids, '--platform', 'wechat-pay', '--db', db])
    expect(dry.code).toBe(0)
    expect(dry.out).toContain('1 / 2 份申请可以提交')
    expect(dry.out).toContain('请先导出资料包')
    expect(dry.out).toContain('--confirm-count 1 --production')
    expect(fake.applyments).toHaveLength(0)
  }, 120_000)

  it('takes `kaitong submit --ids …` as the same bulk dry run', async () => {
    const { db, ids } = await stored()
    const dry = await run(['submit', '--ids', ids, '--platform', 'wechat-pay', '--db', db])
    expect(dry.code).toBe(0)
    expect(dry.out).toContain('1 / 2 份申请可以提交')
    expect(fake.applyments).toHaveLength(0)
  }, 120_000)

  it('refuses a count that is not the dry run’s', async () => {
    const { db, ids } = await stored()
    const sent = await run([
      'submit',
      'many',
      '--ids',
      ids,
      '--confirm-count',
      '2',
      '--production',
      '--db',
      db
    ])
    expect(sent.code).toBe(1)
    expect(sent.err).toContain('请输入将提交的申请数 1 以确认')
    expect(fake.applyments).toHaveLength(0)
  }, 120_000)

  it('sends every ready application once the count is confirmed', async () => {
    const { db } = await stored()
    const sent = await run([
      'submit',
      'many',
      '--all-ready',
      '--confirm-count',
      '1',
      '--production',
      '--db',
      db,
      '--lang',
      'en'
    ])
    expect(sent.err).toBe('')
    expect(sent.code).toBe(0)
    expect(sent.out).toContain('1 sent, 0 refused, 0 not finished, 0 not sent')
    expect(fake.applyments).toHaveLength(1)
  }, 120_000)

  it('refuses more than four applications at once as a wrong command line', async () => {
    const { db } = await stored()
    const wrong = await run(['submit', 'many', '--all-ready', '--concurrency', '9', '--db', db])
    expect(wrong.code).toBe(2)
    expect(wrong.err).toContain('--concurrency')
  }, 120_000)
})
