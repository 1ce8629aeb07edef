import { describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../../src-main/api/contract'
import type { Lifecycle, StatusReading } from '../../../src-main/domain/ledger'
import { createDraftsRepo } from '../../../src-main/store/drafts'
import { createSubmissionsRepo } from '../../../src-main/store/submissions'
import { useTempApp } from '../../helpers/app'

const openTempApp = useTempApp()

const PLATFORMS = ['wechat-pay', 'alipay', 'wechat-mp', 'douyin-mp'] as const
const LIFECYCLES: Lifecycle[] = ['submitted', 'inReview', 'actionNeeded', 'approved', 'rejected']
const NOW = new Date()

type Board = MethodOutput<'submissions.board'>

/**
 * 1,000 attempts over 250 drafts × 4 platforms, states in a fixed rotation, a fifth of the
 * waiting ones with a link that lapses within two days: every count below follows from it.
 */
function seed(app: ReturnType<ReturnType<typeof useTempApp>>['app']) {
  const drafts = createDraftsRepo(app.db)
  const submissions = createSubmissionsRepo(app.db)
  let index = 0
  for (let d = 0; d < 250; d += 1) {
    const draft = drafts.create(`商户 ${d}`)
    for (const platform of PLATFORMS) {
      const lifecycle = LIFECYCLES[index % LIFECYCLES.length]!
      const soon = new Date(NOW.getTime() + 2 * 86_400_000).toISOString()
      const later = new Date(NOW.getTime() + 20 * 86_400_000).toISOString()
      const reading: StatusReading = {
        platformState: 'x',
        lifecycle,
        ids: {},
        reasons: [],
        links:
          lifecycle === 'actionNeeded'
            ? [
                {
                  action: 'sign',
                  url: `https://pay.weixin.qq.com/s/${index}`,
                  expiresAt: index % 25 === 2 ? soon : later
                }
              ]
            : []
      }
      const at = new Date(NOW.getTime() - index * 60_000).toISOString()
      submissions.apply({ draftId: draft.id, platform, revision: 1 }, reading, 'import', at, '')
      index += 1
    }
  }
}

async function board(app: ReturnType<ReturnType<typeof useTempApp>>['app'], input: object) {
  const result = await app.router.dispatch('submissions.board', input)
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value as Board
}

describe('the status board over 1,000 attempts', () => {
  it('counts each platform’s attempts by state', async () => {
    const { app } = openTempApp()
    seed(app)
    const { counts, total } = await board(app, {})
    expect(total).toBe(1000)
    for (const platform of PLATFORMS) {
      expect(Object.values(counts[platform] ?? {}).reduce((a, b) => a + b, 0)).toBe(250)
    }
    expect(counts['wechat-pay']).toEqual({
      submitted: 50,
      inReview: 50,
      actionNeeded: 50,
      approved: 50,
      rejected: 50
    })
  })

  it('filters rejected, waiting for the merchant, approved and expiring soon', async () => {
    const { app } = openTempApp()
    seed(app)
    expect((await board(app, { filter: 'rejected' })).total).toBe(200)
    expect((await board(app, { filter: 'waitingMerchant' })).total).toBe(200)
    expect((await board(app, { filter: 'approved' })).total).toBe(200)
    expect((await board(app, { filter: 'inFlight' })).total).toBe(600)
    expect((await board(app, { filter: 'expiringSoon' })).total).toBe(40)
  })

  it('narrows to one platform and pages, oldest first by default', async () => {
    const { app } = openTempApp()
    seed(app)
    const page = await board(app, { filter: 'rejected', platform: 'alipay', limit: 10 })
    expect(page.total).toBe(50)
    expect(page.rows).toHaveLength(10)
    const created = page.rows.map((row) => row.createdAt)
    expect([...created].sort()).toEqual(created)
    expect(
      page.rows.every((row) => row.platform === 'alipay' && row.lifecycle === 'rejected')
    ).toBe(true)
  })
})
