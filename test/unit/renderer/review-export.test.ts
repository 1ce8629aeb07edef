import { describe, expect, it } from 'vitest'
import type { Issue } from '../../../src-main/domain/issue'
import { LISTING_PLATFORMS } from '../../../src-main/domain/listing'
import { MERCHANT_SECTIONS } from '../../../src-main/domain/merchant-fields'
import {
  RULE_TOPICS,
  ruleRows,
  ruleTopic
} from '../../../src-renderer/components/settings/rule-rows'
import { fileNameOf, folderOf } from '../../../src-renderer/composables/use-export'
import {
  fieldPlace,
  fieldRoute,
  findingItems,
  isReady,
  reviewStatus,
  type PlatformReview
} from '../../../src-renderer/composables/use-review'
import settings from '../../../src-renderer/i18n/areas/settings'

function review(issues: Issue[], met: boolean[]): PlatformReview {
  return {
    platform: 'wechat-mp',
    kind: 'listing',
    issues,
    requirements: met.map((value, index) => ({
      id: `wechat-mp.item${index}`,
      step: 'listing',
      path: 'listing.name',
      met: value
    }))
  }
}

const error: Issue = { code: 'wechat-mp.name_required', path: 'listing.name', severity: 'error' }
const warning: Issue = { code: 'wechat-mp.name_generic', path: 'listing.name', severity: 'warning' }

describe('reviewStatus', () => {
  it('puts errors first, then what is still due, then warnings', () => {
    expect(reviewStatus(review([error, warning], [false])).state).toBe('errors')
    expect(reviewStatus(review([warning], [false, true])).state).toBe('due')
    expect(reviewStatus(review([warning], [true])).state).toBe('warnings')
    expect(reviewStatus(review([], [true, true])).state).toBe('ready')
  })

  it('counts errors, warnings and requirements met and due', () => {
    expect(reviewStatus(review([error, warning, warning], [true, false, true]))).toEqual({
      state: 'errors',
      errors: 1,
      warnings: 2,
      due: 1,
      met: 2,
      total: 3
    })
  })

  it('counts a platform with only warnings as ready to export', () => {
    expect(isReady(reviewStatus(review([warning], [true])))).toBe(true)
    expect(isReady(reviewStatus(review([], [false])))).toBe(false)
  })
})

describe('fieldRoute', () => {
  it('opens a merchant field in the sub-step that holds it', () => {
    expect(fieldRoute('d1', 'merchant.settlement.accountNumber')).toEqual({
      name: 'step-merchant',
      params: { id: 'd1' },
      query: { section: 'settlement', field: 'merchant.settlement.accountNumber' }
    })
  })

  it('opens a listing field in its sub-step and a payment field on the Payment step', () => {
    expect(fieldRoute('d1', 'listing.categories.wechat-mp.0.code')).toMatchObject({
      name: 'step-listing',
      query: { section: 'categories', field: 'listing.categories.wechat-mp.0.code' }
    })
    expect(fieldRoute('d1', 'payment.wechat.businessCodePrefix')).toEqual({
      name: 'step-payment',
      params: { id: 'd1' },
      query: { field: 'payment.wechat.businessCodePrefix' }
    })
  })

  it('gives no link for a path outside the draft', () => {
    expect(fieldRoute('d1', '')).toBeNull()
    expect(fieldPlace('manifest.files')).toBeNull()
  })

  it('places every merchant section the profile has', () => {
    for (const section of MERCHANT_SECTIONS) {
      const path = {
        subject: 'merchant.licence.creditCode',
        legalRep: 'merchant.legalRep.name',
        contacts: 'merchant.contact.mobile',
        business: 'merchant.business.shortName',
        settlement: 'merchant.settlement.bankName',
        qualifications: 'merchant.qualifications.0.photo'
      }[section]
      expect(fieldPlace(path)).toEqual({ step: 'merchant', section })
    }
  })
})

describe('findingItems', () => {
  const required = (path: string): Issue => ({ code: 'merchant.required', path, severity: 'error' })

  it('merges required fields without a name that sit in the same sub-step', () => {
    const items = findingItems(
      [
        required('merchant.licence.validFrom'),
        required('merchant.licence.validTo'),
        required('merchant.legalRep.validTo'),
        warning
      ],
      () => null
    )
    expect(items.map((item) => [item.issue.path, item.count])).toEqual([
      ['merchant.licence.validFrom', 2],
      ['merchant.legalRep.validTo', 1],
      ['listing.name', 1]
    ])
  })

  it('keeps each required field that has a name on its own line', () => {
    const items = findingItems(
      [required('merchant.licence.creditCode'), required('merchant.licence.photo')],
      (path) => path.split('.').pop() ?? null
    )
    expect(items.map((item) => [item.field, item.count])).toEqual([
      ['creditCode', 1],
      ['photo', 1]
    ])
  })
})

describe('ruleRows', () => {
  it('lists every listing platform’s rules with their default level', () => {
    const rows = ruleRows({}, 'zh-CN')
    expect(new Set(rows.map((row) => row.platform))).toEqual(new Set(LISTING_PLATFORMS))
    expect(rows.every((row) => row.level === row.defaultLevel)).toBe(true)
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length)
  })

  it('applies a level chosen in settings to that rule only', () => {
    const rows = ruleRows({ 'wechat-mp.name_platform_word': 'off' }, 'zh-CN')
    const changed = rows.filter((row) => row.level !== row.defaultLevel)
    expect(changed.map((row) => [row.id, row.level])).toEqual([
      ['wechat-mp.name_platform_word', 'off']
    ])
  })

  it('describes each rule by its message with the values left out, in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const row of ruleRows({}, lang)) {
        expect(row.description).not.toMatch(/[{}]/)
        expect(row.description).not.toBe(row.id)
        expect(row.description.length).toBeGreaterThan(4)
      }
    }
  })
})

describe('ruleTopic', () => {
  it('finds a topic for every shipped rule', () => {
    const unplaced = ruleRows({}, 'en').filter((row) => ruleTopic(row.id) === 'other')
    expect(unplaced.map((row) => row.id)).toEqual([])
  })

  it('tells a short name and an English name from a name', () => {
    expect(ruleTopic('wechat-mp.short_name_length')).toBe('shortName')
    expect(ruleTopic('alipay-mp.english_name_required')).toBe('englishName')
    expect(ruleTopic('alipay-mp.name_length')).toBe('name')
  })

  it('has a label for every topic in both languages', () => {
    for (const topic of RULE_TOPICS) {
      expect(settings['zh-CN'].topics[topic]).toBeTruthy()
      expect(settings.en.topics[topic]).toBeTruthy()
    }
  })
})

describe('folderOf and fileNameOf', () => {
  it('split a bundle path on either separator', () => {
    expect(folderOf('/home/me/Kaitong/a-wechat-mp-20261125.kaitong.zip')).toBe('/home/me/Kaitong')
    expect(fileNameOf('C:\\Users\\me\\Kaitong\\a.kaitong.zip')).toBe('a.kaitong.zip')
    expect(folderOf('C:\\Users\\me\\Kaitong\\a.kaitong.zip')).toBe('C:\\Users\\me\\Kaitong')
  })
})
