import { describe, expect, it } from 'vitest'
import {
  MerchantProfile,
  type MerchantProfileInput
} from '../../../src-main/domain/merchant-profile'
import {
  allowedAccountTypes,
  allowedCertificateTypes,
  allowedLegalRepIdDocTypes,
  fieldRequirement,
  merchantFieldStates,
  requiredFields,
  sectionOfPath,
  visibleFields
} from '../../../src-main/domain/merchant-fields'

function profile(input: MerchantProfileInput = {}) {
  return MerchantProfile.parse(input)
}

describe('merchant field requirements', () => {
  it('asks enterprises for a licence and no certificate type', () => {
    const enterprise = profile({ subjectType: 'enterprise' })
    expect(fieldRequirement(enterprise, 'merchant.licence.certificateType')).toBe('hidden')
    expect(fieldRequirement(enterprise, 'merchant.licence.creditCode')).toBe('required')
    expect(fieldRequirement(enterprise, 'merchant.licence.registeredName')).toBe('required')
  })

  it('asks government bodies for a certificate type and offers the certificate letter', () => {
    const government = profile({ subjectType: 'government' })
    expect(fieldRequirement(government, 'merchant.licence.certificateType')).toBe('required')
    expect(fieldRequirement(government, 'merchant.licence.certificateLetterPhoto')).toBe('optional')
    expect(
      fieldRequirement(
        profile({ subjectType: 'social' }),
        'merchant.licence.certificateLetterPhoto'
      )
    ).toBe('hidden')
  })

  it('lets an individual business leave the registered name empty and hides financial fields', () => {
    const individual = profile({ subjectType: 'individual' })
    expect(fieldRequirement(individual, 'merchant.licence.certificateType')).toBe('hidden')
    expect(fieldRequirement(individual, 'merchant.licence.registeredName')).toBe('optional')
    expect(fieldRequirement(individual, 'merchant.finance.isFinancialInstitution')).toBe('hidden')
  })

  it('hides the end date of a long-term validity', () => {
    const longTerm = profile({ licence: { longTerm: true }, legalRep: { longTerm: true } })
    expect(fieldRequirement(longTerm, 'merchant.licence.validTo')).toBe('hidden')
    expect(fieldRequirement(longTerm, 'merchant.legalRep.validTo')).toBe('hidden')
    expect(fieldRequirement(profile(), 'merchant.licence.validTo')).toBe('required')
  })

  it('hides the back photo of a passport', () => {
    const passport = profile({ legalRep: { idDocType: 'passport' } })
    expect(fieldRequirement(passport, 'merchant.legalRep.backPhoto')).toBe('hidden')
    expect(fieldRequirement(profile(), 'merchant.legalRep.backPhoto')).toBe('required')
  })

  it('asks for the ID address and the beneficial-owner question of enterprises only', () => {
    expect(fieldRequirement(profile(), 'merchant.legalRep.address')).toBe('required')
    expect(fieldRequirement(profile(), 'merchant.legalRep.isBeneficialOwner')).toBe('required')
    const social = profile({ subjectType: 'social' })
    expect(fieldRequirement(social, 'merchant.legalRep.address')).toBe('hidden')
    expect(fieldRequirement(social, 'merchant.beneficialOwners')).toBe('hidden')
  })

  it('requires beneficial owners when the legal representative is not one', () => {
    const notOwner = profile({ legalRep: { isBeneficialOwner: false } })
    expect(fieldRequirement(notOwner, 'merchant.beneficialOwners')).toBe('required')
    const owner = profile({ legalRep: { isBeneficialOwner: true } })
    expect(fieldRequirement(owner, 'merchant.beneficialOwners')).toBe('optional')
  })

  it('expands each beneficial owner’s fields by index', () => {
    const owners = profile({ beneficialOwners: [{}, { idDocType: 'passport' }] })
    expect(fieldRequirement(owners, 'merchant.beneficialOwners.0.backPhoto')).toBe('required')
    expect(fieldRequirement(owners, 'merchant.beneficialOwners.1.backPhoto')).toBe('hidden')
    expect(fieldRequirement(owners, 'merchant.beneficialOwners.1.address')).toBe('required')
  })

  it('lets an institution name an agent, who replaces the legal representative’s identity with a letter', () => {
    const byAgent = profile({ subjectType: 'institution', legalRep: { holder: 'agent' } })
    expect(fieldRequirement(byAgent, 'merchant.legalRep.authorizationLetter')).toBe('required')
    expect(fieldRequirement(byAgent, 'merchant.legalRep.idNumber')).toBe('hidden')
  })

  it('ignores an agent holder for subjects that may not delegate', () => {
    const enterprise = profile({ legalRep: { holder: 'agent' } })
    expect(fieldRequirement(enterprise, 'merchant.legalRep.holder')).toBe('hidden')
    expect(fieldRequirement(enterprise, 'merchant.legalRep.idNumber')).toBe('required')
  })

  it('asks an agent administrator for an identity document and the authorisation letter', () => {
    const legal = profile()
    expect(fieldRequirement(legal, 'merchant.contact.idNumber')).toBe('hidden')
    const agent = profile({ contact: { type: 'agent' } })
    expect(fieldRequirement(agent, 'merchant.contact.idNumber')).toBe('required')
    expect(fieldRequirement(agent, 'merchant.contact.authorizationLetter')).toBe('required')
    expect(fieldRequirement(agent, 'merchant.contact.backPhoto')).toBe('required')
  })

  it('shows the details of the ticked sales scenes only', () => {
    const scenes = profile({ business: { salesScenes: ['store', 'app'] } })
    expect(fieldRequirement(scenes, 'merchant.business.store.entrancePhoto')).toBe('required')
    expect(fieldRequirement(scenes, 'merchant.business.app.name')).toBe('required')
    expect(fieldRequirement(scenes, 'merchant.business.app.appId')).toBe('optional')
    expect(fieldRequirement(scenes, 'merchant.business.website.url')).toBe('hidden')
    expect(fieldRequirement(scenes, 'merchant.business.officialAccount.appId')).toBe('hidden')
  })

  it('pairs the WeChat settlement id with its industry name', () => {
    const half = profile({ business: { industry: { wechatSettlementId: '719' } } })
    expect(fieldRequirement(half, 'merchant.business.industry.wechatQualificationType')).toBe(
      'required'
    )
    expect(fieldRequirement(profile(), 'merchant.business.industry.wechatQualificationType')).toBe(
      'optional'
    )
  })

  it('requires the financial-institution details only once that box is ticked', () => {
    const financial = profile({ finance: { isFinancialInstitution: true } })
    expect(fieldRequirement(financial, 'merchant.finance.type')).toBe('required')
    expect(fieldRequirement(profile(), 'merchant.finance.type')).toBe('hidden')
  })

  it('calls unknown paths hidden', () => {
    expect(fieldRequirement(profile(), 'merchant.nothing')).toBe('hidden')
  })

  it('derives visible and required lists from the same table', () => {
    const subject = profile({ subjectType: 'government' })
    const states = merchantFieldStates(subject)
    expect(visibleFields(subject)).toEqual(
      states.filter((state) => state.requirement !== 'hidden').map((state) => state.path)
    )
    expect(requiredFields(subject)).toContain('merchant.licence.certificateType')
    expect(requiredFields(subject).every((path) => visibleFields(subject).includes(path))).toBe(
      true
    )
  })

  it('places every field in a sub-step', () => {
    for (const state of merchantFieldStates(profile({ beneficialOwners: [{}] }))) {
      expect(sectionOfPath(state.path)).toBe(state.section)
    }
    expect(sectionOfPath('payment.addProvider')).toBeNull()
  })
})

describe('subject-type choices', () => {
  it('offers a personal settlement account to individual businesses only', () => {
    expect(allowedAccountTypes('individual')).toEqual(['corporate', 'personal'])
    expect(allowedAccountTypes('enterprise')).toEqual(['corporate'])
  })

  it('offers the certificates each non-licence subject registers with', () => {
    expect(allowedCertificateTypes('institution')).toEqual(['institutionLegalPerson'])
    expect(allowedCertificateTypes('social')).toContain('privateNonEnterprise')
    expect(allowedCertificateTypes('enterprise')).toEqual([])
  })

  it('requires a resident ID for a government body’s legal representative', () => {
    expect(allowedLegalRepIdDocTypes('government')).toEqual(['residentId'])
    expect(allowedLegalRepIdDocTypes('enterprise')).toContain('passport')
  })
})
