import { describe, expect, it } from 'vitest'
import { emptyMerchantProfile, MerchantProfile } from '../../../src-main/domain/merchant-profile'
import { DraftContent } from '../../../src-main/domain/draft'
import fixture from '../../fixtures/merchant/enterprise-profile.json'

describe('MerchantProfile', () => {
  it('parses an empty object to an empty profile', () => {
    const profile = MerchantProfile.parse({})
    expect(profile.subjectType).toBe('enterprise')
    expect(profile.licence.creditCode).toBe('')
    expect(profile.licence.certificateType).toBeNull()
    expect(profile.licence.photo).toBeNull()
    expect(profile.legalRep.longTerm).toBe(false)
    expect(profile.legalRep.isBeneficialOwner).toBeNull()
    expect(profile.beneficialOwners).toEqual([])
    expect(profile.business.salesScenes).toEqual([])
    expect(profile.business.store.regionCode).toBe('')
    expect(profile.settlement.accountType).toBeNull()
    expect(profile.qualifications).toEqual([])
    expect(emptyMerchantProfile()).toEqual(profile)
  })

  it('keeps the paths the walking skeleton used', () => {
    const profile = MerchantProfile.parse({
      subjectType: 'individual',
      licence: { registeredName: '个体户张三' },
      contact: { name: '张三', mobile: '13800138000' }
    })
    expect(profile.subjectType).toBe('individual')
    expect(profile.licence.registeredName).toBe('个体户张三')
    expect(profile.contact.name).toBe('张三')
    expect(profile.contact.mobile).toBe('13800138000')
  })

  it('fills the defaults of partial nested objects and array items', () => {
    const profile = MerchantProfile.parse({ beneficialOwners: [{ name: '李四' }], business: {} })
    expect(profile.beneficialOwners[0]?.idDocType).toBe('residentId')
    expect(profile.beneficialOwners[0]?.frontPhoto).toBeNull()
    expect(profile.business.industry.alipayMcc).toBe('')
  })

  it('round-trips a complete profile through JSON unchanged', () => {
    const profile = MerchantProfile.parse(fixture)
    expect(MerchantProfile.parse(JSON.parse(JSON.stringify(profile)))).toEqual(profile)
  })

  it('is the merchant part of an empty draft', () => {
    expect(DraftContent.parse({}).merchant).toEqual(emptyMerchantProfile())
  })

  it('rejects values outside its enums and null pictures inside lists', () => {
    expect(MerchantProfile.safeParse({ subjectType: 'micro' }).success).toBe(false)
    expect(MerchantProfile.safeParse({ business: { salesScenes: ['wework'] } }).success).toBe(false)
    expect(
      MerchantProfile.safeParse({ business: { officialAccount: { screenshots: [null] } } }).success
    ).toBe(false)
  })

  it('refuses more than four beneficial owners', () => {
    expect(MerchantProfile.safeParse({ beneficialOwners: [{}, {}, {}, {}, {}] }).success).toBe(
      false
    )
  })
})
