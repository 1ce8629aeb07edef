import { describe, expect, it } from 'vitest'
import { alipayMpAdapter } from '../../../src-main/platforms/alipay-mp'
import { baiduMpAdapter } from '../../../src-main/platforms/baidu-mp'
import { douyinMpAdapter } from '../../../src-main/platforms/douyin-mp'
import {
  LISTING_MESSAGES,
  LISTING_REQUIREMENT_MESSAGES,
  LISTING_TEMPLATES
} from '../../../src-main/platforms/listing-messages'
import { wechatMpAdapter } from '../../../src-main/platforms/wechat-mp'
import { completeDraft } from '../../helpers/listing'

const ADAPTERS = [wechatMpAdapter, alipayMpAdapter, douyinMpAdapter, baiduMpAdapter]

describe('listing messages', () => {
  it('has a zh-CN and an en message for every rule id, and nothing else', () => {
    const ids = ADAPTERS.flatMap((adapter) => adapter.rules.map((rule) => rule.id))
    expect(new Set(ids).size).toBe(ids.length)
    expect(Object.keys(LISTING_MESSAGES).sort()).toEqual([...ids].sort())
    for (const id of ids) {
      expect(LISTING_MESSAGES[id]!['zh-CN']).not.toBe('')
      expect(LISTING_MESSAGES[id]!.en).not.toBe('')
    }
  })

  it('writes every template with the same placeholders in both languages', () => {
    // A plural form repeats its placeholders: the same names, not the same number of them.
    const names = (text: string) =>
      [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort()
    for (const template of Object.values(LISTING_TEMPLATES)) {
      expect(names(template.en)).toEqual(names(template['zh-CN']))
    }
  })

  it('labels every requirement an adapter can report', () => {
    const draft = completeDraft()
    draft.listing.testAccount.needsLogin = true
    for (const adapter of ADAPTERS) {
      for (const requirement of adapter.requirements(draft)) {
        expect(LISTING_REQUIREMENT_MESSAGES[`requirement.${requirement.id}`]).toBeDefined()
      }
    }
  })
})
