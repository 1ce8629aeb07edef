import { describe, expect, it } from 'vitest'
import { MerchantProfile } from '../../../src-main/domain/merchant-profile'
import {
  checkValidity,
  sectionCompleteness,
  validateMerchant
} from '../../../src-main/domain/merchant-rules'
import { requiredFields } from '../../../src-main/domain/merchant-fields'
import type { Issue } from '../../../src-main/domain/issue'
import { citizenNumberCheckChar } from '../../../src-main/domain/identifiers/citizen-number'
import fixture from '../../fixtures/merchant/enterprise-profile.json'

const TODAY = '2026-11-25'
const PICTURE = { sha256: '9'.repeat(64) }

/** The complete, valid enterprise profile of the fixture, to change one thing at a time. */
function complete(): MerchantProfile {
  return MerchantProfile.parse(structuredClone(fixture))
}

function issuesOf(change: (profile: MerchantProfile) => void): Issue[] {
  const profile = complete()
  change(profile)
  return validateMerchant(profile, TODAY)
}

describe('validateMerchant', () => {
  it('finds nothing wrong with a complete enterprise profile', () => {
    expect(validateMerchant(complete(), TODAY)).toEqual([])
  })

  it('reports each empty required field of an empty profile, and nothing else', () => {
    const empty = MerchantProfile.parse({})
    const issues = validateMerchant(empty, TODAY)
    expect(issues.every((found) => found.code === 'merchant.required')).toBe(true)
    expect(issues.map((found) => found.path).sort()).toEqual(
      requiredFields(empty)
        .filter(
          (path) =>
            ![
              'merchant.subjectType',
              'merchant.legalRep.idDocType',
              'merchant.contact.type'
            ].includes(path)
        )
        .sort()
    )
    expect(issues).toContainEqual({
      code: 'merchant.required',
      path: 'merchant.licence.creditCode',
      severity: 'error'
    })
  })

  it('normalises before checking, so full-width and lower-case input passes', () => {
    const issues = issuesOf((profile) => {
      profile.licence.creditCode = '９１４４０３００７０８４６１１３６ｔ'
      profile.legalRep.idNumber = '11010519491231002x'
      profile.contact.mobile = '+86 138 0013 8000'
      profile.business.servicePhone = '(0755)86013388'
      profile.licence.validFrom = '2010年5月1日'
    })
    expect(issues).toEqual([])
  })

  describe('licence', () => {
    it('reports a wrong check character without giving away the character that would fit', () => {
      const issues = issuesOf((profile) => {
        profile.licence.creditCode = '91440300708461136A'
      })
      expect(issues).toEqual([
        {
          code: 'merchant.uscc_check_char',
          path: 'merchant.licence.creditCode',
          severity: 'error'
        }
      ])
    })

    it('reports a 15-digit registration number and a forbidden letter as errors', () => {
      const legacy = issuesOf((profile) => {
        profile.licence.creditCode = '440301103456789'
      })
      expect(legacy.map((found) => found.code)).toEqual(['merchant.uscc_legacy'])
      const letter = issuesOf((profile) => {
        profile.licence.creditCode = '9144030070846113OT'
      })
      expect(letter.map((found) => found.code)).toEqual(['merchant.uscc_charset'])
    })

    it('warns, without blocking, about a failing embedded organisation code', () => {
      const issues = issuesOf((profile) => {
        profile.licence.creditCode = '91110000600037342P'
      })
      expect(issues).toEqual([
        {
          code: 'merchant.uscc_organization_code',
          path: 'merchant.licence.creditCode',
          severity: 'warning'
        }
      ])
    })

    it('reports an expired licence as an error with its date', () => {
      const issues = issuesOf((profile) => {
        profile.licence.longTerm = false
        profile.licence.validTo = '2026-11-24'
      })
      expect(issues).toEqual([
        {
          code: 'merchant.validity_expired',
          path: 'merchant.licence.validTo',
          severity: 'error',
          params: { date: '2026-11-24' }
        }
      ])
    })

    it('warns about a licence expiring within 60 days, with the days left', () => {
      const issues = issuesOf((profile) => {
        profile.licence.longTerm = false
        profile.licence.validTo = '2026-12-25'
      })
      expect(issues).toEqual([
        {
          code: 'merchant.validity_expiring',
          path: 'merchant.licence.validTo',
          severity: 'warning',
          params: { date: '2026-12-25', days: 30 }
        }
      ])
    })

    it('asks certificate holders for an allowed certificate type', () => {
      const issues = issuesOf((profile) => {
        profile.subjectType = 'institution'
        profile.licence.certificateType = 'socialGroup'
        profile.legalRep.isBeneficialOwner = null
      })
      expect(issues.map((found) => found.code)).toEqual(['merchant.certificate_type_not_allowed'])
    })

    it('accepts an older certificate number that is not a credit code', () => {
      const issues = issuesOf((profile) => {
        profile.subjectType = 'institution'
        profile.licence.certificateType = 'institutionLegalPerson'
        profile.licence.creditCode = '事证第110000001234号'
      })
      expect(issues).toEqual([])
    })

    it('refuses 公司 at the end of an individual business’s name', () => {
      const issues = issuesOf((profile) => {
        profile.subjectType = 'individual'
      })
      expect(issues.map((found) => found.code)).toEqual(['merchant.individual_name_company'])
    })
  })

  describe('legal representative', () => {
    it('reports a resident ID check-digit error without giving away the fitting character', () => {
      const issues = issuesOf((profile) => {
        profile.legalRep.idNumber = '110105194912310021'
      })
      expect(issues).toEqual([
        {
          code: 'merchant.id_number_check_digit',
          path: 'merchant.legalRep.idNumber',
          severity: 'error'
        }
      ])
    })

    it('reports a birth date in the future and a 15-digit legacy number', () => {
      const future = issuesOf((profile) => {
        profile.legalRep.idNumber = '110105202612010029'
      })
      expect(future.map((found) => found.code)).toEqual(['merchant.id_number_birth_future'])
      const legacy = issuesOf((profile) => {
        profile.legalRep.idNumber = '110105491231002'
      })
      expect(legacy.map((found) => found.code)).toEqual(['merchant.id_card_legacy'])
    })

    it('checks the number by the document type chosen', () => {
      const issues = issuesOf((profile) => {
        profile.legalRep.idDocType = 'hongKongPermit'
        profile.legalRep.idNumber = 'M12345678'
      })
      expect(issues.map((found) => found.code)).toEqual(['merchant.hong_kong_permit_format'])
    })

    it('does not ask for the back of a passport', () => {
      const issues = issuesOf((profile) => {
        profile.legalRep.idDocType = 'passport'
        profile.legalRep.idNumber = 'E12345678'
        profile.legalRep.backPhoto = null
      })
      expect(issues).toEqual([])
    })

    it('requires the legal representative to be the person on the licence', () => {
      const issues = issuesOf((profile) => {
        profile.legalRep.name = '李四'
        profile.contact.name = '李四'
      })
      expect(issues).toEqual([
        {
          code: 'merchant.legal_rep_name_mismatch',
          path: 'merchant.legalRep.name',
          severity: 'error',
          params: { name: '张三' }
        }
      ])
    })

    it('requires a resident ID of a government body’s legal representative', () => {
      const issues = issuesOf((profile) => {
        profile.subjectType = 'government'
        profile.licence.certificateType = 'creditCodeCertificate'
        profile.legalRep.idDocType = 'passport'
        profile.legalRep.idNumber = 'E12345678'
      })
      expect(issues.map((found) => found.code)).toEqual(['merchant.id_doc_type_not_allowed'])
    })

    it('reports an expired identity document', () => {
      const issues = issuesOf((profile) => {
        profile.legalRep.validFrom = '2006-01-01'
        profile.legalRep.validTo = '2026-01-01'
      })
      expect(issues.map((found) => found.code)).toEqual(['merchant.validity_expired'])
    })
  })

  describe('beneficial owners', () => {
    const owner = {
      idDocType: 'residentId' as const,
      name: '李四',
      idNumber: '11010519491231002X',
      validFrom: '2020-01-01',
      validTo: '',
      longTerm: true,
      frontPhoto: PICTURE,
      backPhoto: PICTURE,
      address: '北京市朝阳区示例街 3 号'
    }

    it('requires at least one when the legal representative is not an owner', () => {
      const issues = issuesOf((profile) => {
        profile.legalRep.isBeneficialOwner = false
      })
      expect(issues).toEqual([
        { code: 'merchant.required', path: 'merchant.beneficialOwners', severity: 'error' }
      ])
    })

    it('refuses to list the legal representative again', () => {
      const issues = issuesOf((profile) => {
        profile.beneficialOwners = [owner]
      })
      expect(issues).toEqual([
        {
          code: 'merchant.beneficial_owner_duplicate',
          path: 'merchant.beneficialOwners.0.idNumber',
          severity: 'error'
        }
      ])
    })

    it('allows at most three besides a legal representative who is an owner', () => {
      const others = [
        '1101051949123100',
        '1101051949123101',
        '1101051949123102',
        '1101051949123103'
      ]
        .map((first16) => `${first16}1`)
        .map((first17) => first17 + citizenNumberCheckChar(first17))
      const issues = issuesOf((profile) => {
        profile.beneficialOwners = others.map((idNumber) => ({ ...owner, idNumber }))
      })
      expect(issues.map((found) => found.code)).toEqual(['merchant.beneficial_owners_count'])
    })

    it('checks each owner’s document under its own path', () => {
      const issues = issuesOf((profile) => {
        profile.legalRep.isBeneficialOwner = false
        profile.beneficialOwners = [{ ...owner, idNumber: '110105194912310021' }]
      })
      expect(issues.map((found) => found.path)).toEqual(['merchant.beneficialOwners.0.idNumber'])
    })

    it('ignores owners once the subject type no longer uses them', () => {
      const issues = issuesOf((profile) => {
        profile.subjectType = 'social'
        profile.licence.certificateType = 'socialGroup'
        profile.beneficialOwners = [{ ...owner, idNumber: 'bad' }]
      })
      expect(issues).toEqual([])
    })
  })

  describe('contact', () => {
    it('reports a malformed mobile and email', () => {
      const issues = issuesOf((profile) => {
        profile.contact.mobile = '1380013800'
        profile.contact.email = 'zhangsan@localhost'
      })
      expect(issues.map((found) => found.code)).toEqual([
        'merchant.mobile_format',
        'merchant.email_format'
      ])
    })

    it('requires a legal-representative contact to carry the representative’s name', () => {
      const issues = issuesOf((profile) => {
        profile.contact.name = '王五'
      })
      expect(issues.map((found) => found.code)).toEqual(['merchant.contact_name_legal_rep'])
    })

    it('asks an agent for a valid document and the authorisation letter', () => {
      const issues = issuesOf((profile) => {
        profile.contact.type = 'agent'
        profile.contact.name = '王五'
        profile.contact.idNumber = '110105194912310021'
        profile.contact.validFrom = '2020-01-01'
        profile.contact.longTerm = true
        profile.contact.frontPhoto = PICTURE
        profile.contact.backPhoto = PICTURE
      })
      expect(issues.map((found) => [found.code, found.path])).toEqual([
        ['merchant.required', 'merchant.contact.authorizationLetter'],
        ['merchant.id_number_check_digit', 'merchant.contact.idNumber']
      ])
    })
  })

  describe('business', () => {
    it('refuses a short name that is only the person’s name, or too short', () => {
      expect(
        issuesOf((profile) => {
          profile.business.shortName = '张三'
        }).map((found) => found.code)
      ).toEqual(['merchant.short_name_person_name'])
      expect(
        issuesOf((profile) => {
          profile.business.shortName = '示'
        }).map((found) => found.code)
      ).toEqual(['merchant.short_name_length'])
    })

    it('reports a malformed service phone, and warns about an unknown area code', () => {
      expect(
        issuesOf((profile) => {
          profile.business.servicePhone = '86013388'
        }).map((found) => found.code)
      ).toEqual(['merchant.phone_format'])
      const unknown = issuesOf((profile) => {
        profile.business.servicePhone = '0100-8601338'
      })
      expect(unknown).toEqual([
        {
          code: 'merchant.phone_area_code',
          path: 'merchant.business.servicePhone',
          severity: 'warning',
          params: { areaCode: '0100' }
        }
      ])
    })

    it('requires at least one platform category code, each in its platform’s format', () => {
      const none = issuesOf((profile) => {
        profile.business.industry = {
          description: '咖啡',
          wechatSettlementId: '',
          wechatQualificationType: '',
          alipayMcc: '',
          alipayCategoryCode: ''
        }
      })
      expect(none.map((found) => found.path)).toEqual(['merchant.business.industry'])
      const malformed = issuesOf((profile) => {
        profile.business.industry.alipayMcc = '581'
        profile.business.industry.alipayCategoryCode = 'A0002B0201'
      })
      expect(malformed.map((found) => [found.path, found.params])).toEqual([
        ['merchant.business.industry.alipayMcc', { example: '5812' }],
        ['merchant.business.industry.alipayCategoryCode', { example: 'A0002_B0201' }]
      ])
    })

    it('requires a store’s region down to the district, except in cities without districts', () => {
      expect(
        issuesOf((profile) => {
          profile.business.store.regionCode = '440300'
        }).map((found) => found.code)
      ).toEqual(['merchant.region_district_required'])
      expect(
        issuesOf((profile) => {
          profile.business.store.regionCode = '441900'
        })
      ).toEqual([])
      expect(
        issuesOf((profile) => {
          profile.business.store.regionCode = '440399'
        }).map((found) => found.code)
      ).toEqual(['merchant.region_unknown'])
    })

    it('checks the website address, ICP filing and app ids of the ticked scenes', () => {
      const issues = issuesOf((profile) => {
        profile.business.salesScenes = ['website', 'officialAccount', 'miniProgram', 'app']
        profile.business.website.url = 'www.example.com'
        profile.business.website.icpRecord = 'ICP12345678'
        profile.business.officialAccount.appId = '2021001234567890'
        profile.business.miniProgram.appId = '2021001234567890'
        profile.business.app.name = '示例'
        profile.business.app.appId = 'wx123'
      })
      expect(issues.map((found) => found.code)).toEqual([
        'merchant.url_format',
        'merchant.icp_format',
        'merchant.wechat_app_id_format',
        'merchant.app_id_format'
      ])
    })
  })

  describe('settlement', () => {
    it('does not apply Luhn to a corporate account number', () => {
      expect(
        issuesOf((profile) => {
          profile.settlement.accountNumber = '11001028700059000000'
        })
      ).toEqual([])
    })

    it('requires the corporate account name to equal the registered name, brackets aside', () => {
      const issues = issuesOf((profile) => {
        profile.settlement.accountName = '深圳市示例信息有限公司'
      })
      expect(issues).toEqual([
        {
          code: 'merchant.account_name_registered_name',
          path: 'merchant.settlement.accountName',
          severity: 'error',
          params: { name: '深圳市示例科技有限公司' }
        }
      ])
      expect(
        issuesOf((profile) => {
          profile.licence.registeredName = '示例（深圳）科技有限公司'
          profile.settlement.accountName = '示例(深圳)科技有限公司'
        })
      ).toEqual([])
    })

    it('refuses a personal account for an enterprise', () => {
      const issues = issuesOf((profile) => {
        profile.settlement.accountType = 'personal'
        profile.settlement.accountName = '张三'
        profile.settlement.accountNumber = '6200000000000005'
      })
      expect(issues.map((found) => found.code)).toEqual(['merchant.account_type_not_allowed'])
    })

    it('requires an individual business’s personal card to be the operator’s and to pass Luhn', () => {
      const individual = (change: (profile: MerchantProfile) => void) =>
        issuesOf((profile) => {
          profile.subjectType = 'individual'
          profile.licence.registeredName = '深圳市南山区示例咖啡店'
          profile.legalRep.isBeneficialOwner = null
          profile.settlement.accountType = 'personal'
          profile.settlement.accountName = '张三'
          profile.settlement.accountNumber = '6200000000000005'
          change(profile)
        })
      expect(individual(() => undefined)).toEqual([])
      expect(
        individual((profile) => {
          profile.settlement.accountNumber = '6200000000000006'
        }).map((found) => found.code)
      ).toEqual(['merchant.bank_card_luhn'])
      expect(
        individual((profile) => {
          profile.settlement.accountName = '李四'
        })
      ).toEqual([
        {
          code: 'merchant.account_name_legal_rep',
          path: 'merchant.settlement.accountName',
          severity: 'error',
          params: { name: '张三' }
        }
      ])
    })

    it('requires the bank region to reach the city, a municipality counting as one', () => {
      expect(
        issuesOf((profile) => {
          profile.settlement.regionCode = '440000'
        }).map((found) => found.code)
      ).toEqual(['merchant.region_city_required'])
      expect(
        issuesOf((profile) => {
          profile.settlement.regionCode = '110000'
        })
      ).toEqual([])
    })

    it('checks a given bank code is 12 digits', () => {
      expect(
        issuesOf((profile) => {
          profile.settlement.bankCode = '3085840'
        }).map((found) => found.code)
      ).toEqual(['merchant.bank_code_format'])
    })
  })

  describe('qualifications', () => {
    it('reports an expired qualification under its index', () => {
      const issues = issuesOf((profile) => {
        profile.qualifications[0]!.validTo = '2025-02-28'
      })
      expect(issues.map((found) => found.path)).toEqual(['merchant.qualifications.0.validTo'])
    })

    it('requires the fields of an added qualification', () => {
      const issues = issuesOf((profile) => {
        profile.qualifications.push(MerchantProfile.shape.qualifications.unwrap().element.parse({}))
      })
      expect(issues.map((found) => found.path)).toEqual([
        'merchant.qualifications.1.type',
        'merchant.qualifications.1.number',
        'merchant.qualifications.1.photo',
        'merchant.qualifications.1.validFrom',
        'merchant.qualifications.1.validTo'
      ])
    })
  })
})

describe('checkValidity', () => {
  const check = (validFrom: string, validTo: string, longTerm = false) =>
    checkValidity({ validFrom, validTo, longTerm }, 'licence', TODAY).map((found) => found.code)

  it('accepts a period running past the warning window, and a long-term one', () => {
    expect(check('2020-01-01', '2027-01-25')).toEqual([])
    expect(check('2020-01-01', '', true)).toEqual([])
  })

  it('warns on the last day of the window and on the expiry day itself', () => {
    expect(check('2020-01-01', '2027-01-24')).toEqual(['merchant.validity_expiring'])
    expect(check('2020-01-01', TODAY)).toEqual(['merchant.validity_expiring'])
  })

  it('reports an end before the start, a start after today and impossible dates', () => {
    expect(check('2020-01-01', '2019-12-31')).toEqual(['merchant.validity_order'])
    expect(check('2026-11-26', '2036-11-26')).toEqual(['merchant.date_in_future'])
    expect(check('2023-02-29', '2033-02-28')).toEqual(['merchant.date_format'])
    expect(check('2020-01-01', '长期')).toEqual(['merchant.date_format'])
  })
})

describe('sectionCompleteness', () => {
  it('marks every sub-step of the complete profile complete', () => {
    const sections = sectionCompleteness(complete(), TODAY)
    expect(Object.values(sections).every((section) => section.complete)).toBe(true)
  })

  it('counts missing fields, errors and warnings per sub-step', () => {
    const profile = complete()
    profile.contact.mobile = ''
    profile.contact.email = 'bad'
    profile.licence.longTerm = false
    profile.licence.validTo = '2026-12-25'
    const sections = sectionCompleteness(profile, TODAY)
    expect(sections.contacts).toEqual({ errors: 1, warnings: 0, missing: 1, complete: false })
    expect(sections.subject).toEqual({ errors: 0, warnings: 1, missing: 0, complete: true })
    expect(sections.settlement.complete).toBe(true)
  })

  it('has an entry for each of the six sub-steps of an empty profile', () => {
    const sections = sectionCompleteness(MerchantProfile.parse({}), TODAY)
    expect(Object.keys(sections)).toEqual([
      'subject',
      'legalRep',
      'contacts',
      'business',
      'settlement',
      'qualifications'
    ])
    expect(sections.qualifications.complete).toBe(true)
    expect(sections.subject.complete).toBe(false)
  })
})
