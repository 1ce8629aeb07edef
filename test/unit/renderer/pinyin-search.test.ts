import { computed } from 'vue'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadPinyin, matchesSearch } from '../../../src-renderer/components/merchant/pinyin-search'

describe('matchesSearch before the pinyin dictionary is loaded', () => {
  it('matches characters at once and pinyin as soon as the dictionary arrives', async () => {
    const found = computed(() => matchesSearch(['招商银行'], 'zsyh'))
    expect(matchesSearch(['招商银行'], '招商')).toBe(true)
    expect(found.value).toBe(false)
    await loadPinyin()
    expect(found.value).toBe(true)
  })
})

describe('matchesSearch', () => {
  beforeAll(loadPinyin)

  it.each([
    ['招商', '招商银行'],
    ['zsyh', '招商银行'],
    ['zhaoshang', '招商银行'],
    ['ZSYH', '招商银行'],
    ['cq', '重庆市'],
    ['chongqing', '重庆市'],
    ['xiamen', '厦门市']
  ])('finds %s in %s', (query, text) => {
    expect(matchesSearch([text], query)).toBe(true)
  })

  it('needs every word of the query, each in one of the texts', () => {
    expect(matchesSearch(['广东省', '深圳市', '南山区'], 'sz nanshan')).toBe(true)
    expect(matchesSearch(['广东省', '深圳市', '南山区'], 'sz futian')).toBe(false)
  })

  it('starts a pinyin match on a syllable, not inside one', () => {
    expect(matchesSearch(['海南省'], 'ainan')).toBe(false)
    expect(matchesSearch(['海南省'], 'nansh')).toBe(true)
    expect(matchesSearch(['南山区'], 'nanshan')).toBe(true)
    expect(matchesSearch(['南山区'], 'shanqu')).toBe(true)
  })

  it('matches Latin abbreviations as typed in any case', () => {
    expect(matchesSearch(['招商银行', 'CMB'], 'cmb')).toBe(true)
  })

  it('matches everything for an empty query and nothing for a stranger', () => {
    expect(matchesSearch(['工商银行'], '  ')).toBe(true)
    expect(matchesSearch(['工商银行'], 'zsyh')).toBe(false)
  })
})
