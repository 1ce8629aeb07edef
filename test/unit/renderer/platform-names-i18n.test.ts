import { describe, expect, it } from 'vitest'
import { PLATFORM_IDS } from '../../../src-main/platforms/adapter'
import en from '../../../src-renderer/i18n/en'
import zhCN from '../../../src-renderer/i18n/zh-CN'

/** One table of platform names for every screen, in both languages. */
describe('platform names', () => {
  it.each([
    ['zh-CN', zhCN],
    ['en', en]
  ] as const)('name every platform in full and short in %s', (_lang, messages) => {
    for (const id of PLATFORM_IDS) {
      expect(messages.platform.name[id], id).toMatch(/\S/)
      expect(messages.platform.short[id], id).toMatch(/\S/)
    }
  })

  it('tell every platform apart by its short name too', () => {
    for (const messages of [zhCN, en]) {
      const short = PLATFORM_IDS.map((id) => messages.platform.short[id])
      expect(new Set(short).size).toBe(PLATFORM_IDS.length)
    }
  })
})
