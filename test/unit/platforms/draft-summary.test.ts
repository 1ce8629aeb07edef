import { describe, expect, it } from 'vitest'
import { DraftContent } from '../../../src-main/domain/draft'
import { summarizeDraft } from '../../../src-main/platforms/draft-summary'
import { reviewPlatform } from '../../../src-main/platforms/review'

const TODAY = '2026-12-06'

describe('summarizeDraft', () => {
  it('counts each target’s unmet requirements as the Review lists them', () => {
    const content = DraftContent.parse({ payment: { addProvider: 'alipay' } })
    const review = reviewPlatform('alipay', content, { today: TODAY })
    const [target] = summarizeDraft('草稿', content, { today: TODAY }).targets
    expect(target).toMatchObject({
      platform: 'alipay',
      due: review.requirements.filter((requirement) => !requirement.met).length,
      total: review.requirements.length
    })
  })

  it('never calls a draft without a target platform ready', () => {
    const summary = summarizeDraft('草稿', DraftContent.parse({}), { today: TODAY })
    expect(summary).toMatchObject({ targets: [], ready: false, completeness: 0 })
  })

  it('searches the names by their characters, full pinyin and initials', () => {
    const content = DraftContent.parse({})
    content.merchant.licence.registeredName = '杭州小笼包餐饮有限公司'
    const { searchText } = summarizeDraft('Draft 1', content, { today: TODAY })
    expect(searchText.split('\n')).toEqual(
      expect.arrayContaining(['draft 1', '杭州小笼包餐饮有限公司', 'hzxlbcyyxgs'])
    )
    expect(searchText).toContain('hangzhouxiaolongbao')
  })

  it('orders names by pinyin', () => {
    const key = (title: string) =>
      summarizeDraft(title, DraftContent.parse({}), { today: TODAY }).nameKey
    expect([key('上海'), key('北京'), key('杭州')].sort()).toEqual([
      key('北京'),
      key('杭州'),
      key('上海')
    ])
  })
})
