import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nextTick, reactive } from 'vue'
import { MerchantProfile } from '../../../src-main/domain/merchant-profile'
import { sectionCompleteness, validateMerchant } from '../../../src-main/domain/merchant-rules'
import { useMerchantIssues } from '../../../src-renderer/composables/use-merchant-issues'

const TODAY = '2026-11-25'
const FIXTURE = join(import.meta.dirname, '../../fixtures/merchant/enterprise-profile.json')

function open(input: unknown = {}) {
  const profile = reactive(MerchantProfile.parse(input))
  return { profile, form: useMerchantIssues(() => profile, { today: TODAY }) }
}

describe('useMerchantIssues', () => {
  it('reports exactly what validateMerchant reports, badges included', () => {
    const { profile, form } = open({ contact: { mobile: '138' } })
    expect(form.issues.value).toEqual(validateMerchant(profile, TODAY))
    expect(form.completeness.value).toEqual(sectionCompleteness(profile, TODAY))
  })

  it('shows nothing on an empty profile until a field is visited', () => {
    const { form } = open()
    expect(form.message('merchant.licence.creditCode')).toBeNull()
    expect(form.requirement('merchant.licence.creditCode')).toBe('required')
  })

  it('shows a visited empty required field as missing, not as an error', () => {
    const { form } = open()
    form.visit('merchant.licence.creditCode')
    expect(form.message('merchant.licence.creditCode')).toMatchObject({
      kind: 'missing',
      issue: { code: 'merchant.required' }
    })
  })

  it('shows a wrong value once the field is left, and follows every edit after that', async () => {
    const { profile, form } = open()
    profile.contact.mobile = '138'
    expect(form.message('merchant.contact.mobile')).toBeNull()
    form.visit('merchant.contact.mobile')
    expect(form.message('merchant.contact.mobile')).toMatchObject({
      kind: 'error',
      issue: { code: 'merchant.mobile_format' }
    })
    profile.contact.mobile = '13800138000'
    await nextTick()
    expect(form.message('merchant.contact.mobile')).toBeNull()
  })

  it('shows a warning as a warning', () => {
    const { form } = open({
      licence: { validFrom: '2020-01-01', validTo: '2027-01-10' }
    })
    expect(form.message('merchant.licence.validTo')).toMatchObject({ kind: 'warning' })
  })

  it('treats what was filled when the draft opened as visited', () => {
    const { form } = open({ licence: { creditCode: '91440300708461136A' } })
    expect(form.message('merchant.licence.creditCode')?.issue.code).toBe('merchant.uscc_check_char')
  })

  it('counts a group as visited when one of its fields is', () => {
    const { form } = open()
    form.visit('merchant.business.industry.alipayMcc')
    expect(form.message('merchant.business.industry')?.kind).toBe('missing')
  })

  it('stores the normalised value of a field when the user leaves it', () => {
    const { profile, form } = open()
    profile.contact.mobile = '+86 138 0013 8000'
    profile.licence.creditCode = ' 91440300708461136t'
    form.visit('merchant.contact.mobile')
    expect(profile.contact.mobile).toBe('13800138000')
    expect(profile.licence.creditCode).toBe(' 91440300708461136t')
  })

  it('reveals every finding of a sub-step at once', () => {
    const { form } = open()
    form.reveal('settlement')
    expect(form.message('merchant.settlement.accountNumber')?.kind).toBe('missing')
    expect(form.message('merchant.contact.mobile')).toBeNull()
  })

  it('hides what the subject type does not ask for', () => {
    const { profile, form } = open()
    expect(form.requirement('merchant.licence.certificateType')).toBe('hidden')
    profile.subjectType = 'institution'
    expect(form.requirement('merchant.licence.certificateType')).toBe('required')
  })

  it('finds nothing to show on a complete profile', () => {
    const { form } = open(JSON.parse(readFileSync(FIXTURE, 'utf8')))
    expect(form.issues.value).toEqual([])
    expect(Object.values(form.completeness.value).every((state) => state.complete)).toBe(true)
  })
})
