import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openApp } from '../../../src-main/api'
import type { DraftContent } from '../../../src-main/domain/draft'
import { useTempDir } from '../../helpers/temp-dir'
import { runCli as run } from '../../helpers/cli'

const tempDir = useTempDir('kaitong-cli-ledger-')
const FIXTURES = join(import.meta.dirname, '../../fixtures/status')

async function stored() {
  const dir = tempDir()
  const db = join(dir, 'kaitong.sqlite')
  const app = openApp({ dataDir: dir, version: 'test' })
  const created = await app.router.dispatch('drafts.create', { title: '杭州小笼包' })
  app.close()
  if (!created.ok) throw new Error('no draft')
  return { db, id: (created.value as { id: string }).id }
}

/** A draft whose WeChat Pay application was rejected: prefix and credit code make its number. */
async function rejectedWechatPay() {
  const { db, id } = await stored()
  const app = openApp({ dataDir: dirname(db), version: 'test' })
  const got = await app.router.dispatch('drafts.get', { id })
  if (!got.ok) throw new Error('no draft')
  const { content } = got.value as { content: DraftContent }
  content.payment.wechat.businessCodePrefix = '1900012345'
  content.merchant.licence.creditCode = '91440305MA5G7K2L8A'
  await app.router.dispatch('drafts.save', { id, content })
  app.close()
  await run([
    'submissions',
    'mark',
    id,
    '--platform',
    'wechat-pay',
    '--state',
    'rejected',
    '--db',
    db
  ])
  return { db, id }
}

describe('kaitong submissions', () => {
  it('imports a recorded rejection and names each reason’s field', async () => {
    const { db, id } = await stored()
    const file = join(FIXTURES, 'wechat-pay-rejected.json')
    const imported = await run([
      'submissions',
      'import',
      file,
      '--draft',
      id,
      '--platform',
      'wechat-pay',
      '--db',
      db
    ])
    expect(imported.err).toBe('')
    expect(imported.code).toBe(0)
    expect(imported.out).toContain('已驳回')
    // The field as the wizard names it, never its path.
    expect(imported.out).toContain('（对应：法定代表人证件人像面照片）')
    expect(imported.out).not.toContain('merchant.legalRep.frontPhoto')
    expect(imported.out).toContain('未识别对应的填写项')
  })

  // One recorded rejection per platform (test/fixtures/status/SOURCES.md), through the CLI.
  it.each([
    ['wechat-pay', 'wechat-pay-rejected', ['merchant.legalRep.frontPhoto']],
    ['alipay', 'alipay-zft-rejected', ['merchant.licence.photo']],
    ['alipay', 'alipay-agent-rejected', ['merchant.business.store.entrancePhoto']],
    ['wechat-mp', 'wechat-mp-rejected', ['listing.intro', 'listing.categories']],
    ['alipay-mp', 'alipay-mp-rejected', ['listing.intro']],
    ['douyin-mp', 'douyin-mp-rejected', []],
    ['baidu-mp', 'baidu-mp-rejected', ['listing.name']]
  ] as const)(
    'imports %s’s recorded rejection (%s) as a rejected attempt with its reasons on their fields',
    async (platform, fixture, paths) => {
      const { db, id } = await stored()
      const args = ['--draft', id, '--platform', platform, '--db', db]
      const imported = await run([
        'submissions',
        'import',
        join(FIXTURES, `${fixture}.json`),
        ...args
      ])
      expect(imported.err).toBe('')
      expect(imported.code).toBe(0)
      expect(imported.out).toContain('已驳回')
      // Each recognised reason names its field by the wizard's label, never by its path.
      for (const path of paths) expect(imported.out).not.toContain(path)
      const shown = await run(['submissions', 'show', id, '--json', '--db', db])
      const [attempt] = JSON.parse(shown.out) as {
        platform: string
        lifecycle: string
        reasons: { text: string; path?: string }[]
        events: { source: string }[]
      }[]
      expect(attempt).toMatchObject({ platform, lifecycle: 'rejected' })
      expect(attempt!.reasons.length).toBeGreaterThan(0)
      expect(attempt!.reasons.filter((reason) => reason.path).map((reason) => reason.path)).toEqual(
        expect.arrayContaining([...paths])
      )
      const matched = attempt!.reasons.filter((reason) => reason.path).length
      expect(imported.out.split('（对应：').length - 1).toBe(matched)
      // A reason with no field is still printed whole, never dropped.
      const unmatched = attempt!.reasons.filter((reason) => !reason.path)
      for (const reason of unmatched) expect(imported.out).toContain(reason.text)
      expect(attempt!.events.map((event) => event.source)).toEqual(['import'])
    }
  )

  it('prechecks a stored draft with the ledger’s rules, as the Review does', async () => {
    const { db, id } = await stored()
    const args = ['--platform', 'wechat-pay', '--state', 'submitted', '--db', db]
    await run(['submissions', 'mark', id, ...args])
    const result = await run(['precheck', '--id', id, '--platform', 'wechat-pay', '--db', db])
    expect(result.out).toContain('第 1 次申请仍在处理中')
  })

  it('marks an attempt submitted with its application id, then lists and shows it', async () => {
    const { db, id } = await stored()
    const marked = await run([
      'submissions',
      'mark',
      id,
      '--platform',
      'alipay',
      '--state',
      'submitted',
      '--id',
      'orderId=2017112200502000000004754299',
      '--db',
      db,
      '--lang',
      'en'
    ])
    expect(marked.code).toBe(0)
    expect(marked.out).toContain('Submitted')
    const listed = await run(['submissions', 'list', '--filter', 'inFlight', '--json', '--db', db])
    expect(JSON.parse(listed.out)).toMatchObject({
      total: 1,
      rows: [{ platform: 'alipay', lifecycle: 'submitted' }]
    })
    const shown = await run(['submissions', 'show', id, '--db', db])
    expect(shown.out).toContain('orderId=2017112200502000000004754299')
    expect(shown.out).toContain('manual')
  })

  it('refuses an answer from another platform with a message and exit 1, never a stack trace', async () => {
    const { db, id } = await stored()
    const file = join(FIXTURES, 'douyin-mp-rejected.json')
    const refused = await run([
      'submissions',
      'import',
      file,
      '--draft',
      id,
      '--platform',
      'wechat-pay',
      '--db',
      db
    ])
    expect(refused.code).toBe(1)
    expect(refused.err).toContain('这不是所选平台的状态查询结果')
    expect(refused.err).not.toMatch(/\n\s+at /)
  })

  it('answers a wrong state or id with usage help and exit 2', async () => {
    const { db, id } = await stored()
    const state = await run([
      'submissions',
      'mark',
      id,
      '--platform',
      'alipay',
      '--state',
      'done',
      '--db',
      db
    ])
    expect(state.code).toBe(2)
    expect(state.err).toContain('--state')
    const badId = await run([
      'submissions',
      'mark',
      id,
      '--platform',
      'alipay',
      '--state',
      'submitted',
      '--id',
      'nope',
      '--db',
      db
    ])
    expect(badId.code).toBe(2)
  })

  it('shows both business-number rules after a WeChat Pay rejection, with why, the same number chosen', async () => {
    const { db, id } = await rejectedWechatPay()
    const shown = await run(['submissions', 'resubmit', id, '--db', db])
    expect(shown.code).toBe(0)
    expect(shown.out).toContain('(•) 沿用原编号（默认）：1900012345_91440305MA5G7K2L8A_1')
    expect(shown.out).toContain('( ) 使用新编号：1900012345_91440305MA5G7K2L8A_2')
    expect(shown.out).toContain('微信支付接口文档')
    expect(shown.out).toContain('微信支付常见问题')
  })

  it('switches to a new business number on request and back to the same one', async () => {
    const { db, id } = await rejectedWechatPay()
    const fresh = await run([
      'submissions',
      'resubmit',
      id,
      '--rule',
      'newCode',
      '--json',
      '--db',
      db
    ])
    expect(fresh.code).toBe(0)
    expect(JSON.parse(fresh.out)).toMatchObject({
      rule: 'newCode',
      newCode: '1900012345_91440305MA5G7K2L8A_2'
    })
    const back = await run([
      'submissions',
      'resubmit',
      id,
      '--rule',
      'sameCode',
      '--lang',
      'en',
      '--db',
      db
    ])
    expect(back.out).toContain(
      '(•) Keep the same number (default): 1900012345_91440305MA5G7K2L8A_1'
    )
    const wrong = await run(['submissions', 'resubmit', id, '--rule', 'again', '--db', db])
    expect(wrong.code).toBe(2)
    expect(wrong.err).toContain('--rule')
  })

  it('says there is nothing to choose when no WeChat Pay application was rejected', async () => {
    const { db, id } = await stored()
    const shown = await run(['submissions', 'resubmit', id, '--db', db])
    expect(shown.code).toBe(0)
    expect(shown.out).toContain('无需选择')
    const refused = await run(['submissions', 'resubmit', id, '--rule', 'newCode', '--db', db])
    expect(refused.code).toBe(1)
    expect(refused.err).toContain('没有待重新提交的驳回记录')
  })

  it('records WeChat’s quota answer and shows what is left this month', async () => {
    const { db } = await stored()
    const file = join(FIXTURES, 'wechat-mp-quota.json')
    const imported = await run(['submissions', 'quota', file, '--db', db])
    expect(imported.err).toBe('')
    expect(imported.out).toContain('平台额度 27 次，剩余 8 次')
    const listed = await run(['submissions', 'quota', '--json', '--db', db])
    expect(JSON.parse(listed.out)).toMatchObject([{ platform: 'wechat-mp', limit: 27, rest: 8 }])
    const wrong = await run([
      'submissions',
      'quota',
      join(FIXTURES, 'wechat-mp-rejected.json'),
      '--db',
      db
    ])
    expect(wrong.code).toBe(1)
    expect(wrong.err).toContain('queryquota')
    expect(wrong.err).not.toMatch(/\n\s+at /)
  })

  it('shows the ledger’s warnings with a draft’s attempts, such as a used-up audit quota', async () => {
    const { db, id } = await stored()
    await run(['submissions', 'quota', join(FIXTURES, 'wechat-mp-quota-used.json'), '--db', db])
    await run([
      'submissions',
      'mark',
      id,
      '--platform',
      'wechat-mp',
      '--state',
      'rejected',
      '--db',
      db
    ])
    const shown = await run(['submissions', 'show', id, '--db', db])
    expect(shown.code).toBe(0)
    expect(shown.out).toContain('wechat-mp 需要注意（按申请记录）：')
    expect(shown.out).toContain('本月提审额度已用完')
  })
})
