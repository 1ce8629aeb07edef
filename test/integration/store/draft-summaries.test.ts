import { describe, expect, it } from 'vitest'
import { DraftContent } from '../../../src-main/domain/draft'
import { createDraftSummariesRepo } from '../../../src-main/store/draft-summaries'
import { createDraftsRepo } from '../../../src-main/store/drafts'
import { migrate, MIGRATIONS } from '../../../src-main/store/migrations'
import addSummaries from '../../../src-main/store/migrations/0008-draft-summaries'
import { useTempDb } from '../../helpers/temp-db'

const temp = useTempDb()
const SUMMARIES_VERSION = MIGRATIONS.find((step) => step.up === addSummaries)?.version ?? 0

describe('draft summaries', () => {
  it('are worked out for drafts written before the summaries existed', () => {
    const { db } = temp.open({ migrateTo: SUMMARIES_VERSION - 1 })
    const drafts = createDraftsRepo(db)
    const content = DraftContent.parse({})
    content.merchant.licence.registeredName = '杭州小笼包餐饮有限公司'
    drafts.create('老草稿', content)

    migrate(db)
    const summaries = createDraftSummariesRepo(db, { today: () => '2026-12-06' })
    expect(summaries.refreshStale()).toBe(1)
    expect(summaries.page({ search: 'hzxlb', limit: 10 }).items).toMatchObject([
      { title: '老草稿', merchantName: '杭州小笼包餐饮有限公司' }
    ])
  })

  it('go with their draft when it is deleted', () => {
    const { db } = temp.open()
    const drafts = createDraftsRepo(db)
    const summaries = createDraftSummariesRepo(db, { today: () => '2026-12-06' })
    const { id } = drafts.create('草稿', DraftContent.parse({ payment: { addProvider: 'alipay' } }))
    summaries.refreshStale()
    drafts.remove(id)
    const left = db
      .prepare(
        'SELECT (SELECT count(*) FROM draft_summaries) + (SELECT count(*) FROM draft_search) AS n'
      )
      .get() as { n: number }
    expect(left.n).toBe(0)
  })
})
