import { describe, expect, it } from 'vitest'
import { MERCHANT_MESSAGES } from '../../../src-main/domain/merchant-messages'
import { MERCHANT_ISSUE_CODES, validateMerchant } from '../../../src-main/domain/merchant-rules'
import { interpolate, LANGS } from '../../../src-main/domain/issue'
import { MerchantProfile } from '../../../src-main/domain/merchant-profile'

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort()
}

describe('MERCHANT_MESSAGES', () => {
  it('has a message for every code the rules can report, and no others', () => {
    expect(Object.keys(MERCHANT_MESSAGES).sort()).toEqual([...MERCHANT_ISSUE_CODES].sort())
  })

  it('words every message in zh-CN and en with the same placeholders', () => {
    for (const [code, texts] of Object.entries(MERCHANT_MESSAGES)) {
      for (const lang of LANGS) expect(texts[lang], `${code} ${lang}`).not.toBe('')
      expect(placeholders(texts.en), code).toEqual(placeholders(texts['zh-CN']))
    }
  })

  it('leaves no placeholder unfilled for the params the rules send', () => {
    const profile = MerchantProfile.parse({
      licence: { creditCode: '91440300708461136A', validFrom: '2020-01-01', validTo: '2026-12-01' },
      legalRep: { idNumber: '110105194912310021', name: '李四', isBeneficialOwner: true },
      beneficialOwners: [{}, {}, {}, {}],
      contact: { name: '王五' },
      business: { servicePhone: '0100-8601338', industry: { alipayMcc: '1' } },
      settlement: { accountType: 'corporate', accountName: '乙', bankCode: '1' }
    })
    const withParams = validateMerchant(
      {
        ...profile,
        licence: { ...profile.licence, registeredName: '甲公司', legalRepresentative: '张三' }
      },
      '2026-11-25'
    ).filter((found) => found.params)
    expect(withParams.length).toBeGreaterThan(5)
    for (const found of withParams) {
      for (const lang of LANGS) {
        const text = interpolate(MERCHANT_MESSAGES[found.code]![lang], found.params)
        expect(text, found.code).not.toMatch(/\{\w+\}/)
      }
    }
  })
})
