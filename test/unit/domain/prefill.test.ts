import { describe, expect, it } from 'vitest'
import { DraftContent } from '../../../src-main/domain/draft'
import {
  isInSync,
  SYNCED_FIELDS,
  syncPrefills,
  syncSources
} from '../../../src-main/domain/prefill'

function draft(change: (content: DraftContent) => void = () => {}): DraftContent {
  const content = DraftContent.parse({})
  change(content)
  return content
}

/** Applies a change the way the wizard does: sources before, change, then sync. */
function edit(content: DraftContent, change: (content: DraftContent) => void): string[] {
  const before = syncSources(content)
  change(content)
  return syncPrefills(content, before)
}

describe('syncPrefills', () => {
  it('fills the legal representative from the licence’s 法定代表人', () => {
    const content = draft()
    edit(content, (next) => (next.merchant.licence.legalRepresentative = '王小明'))

    expect(content.merchant.legalRep.name).toBe('王小明')
  })

  it('keeps following the licence while the copy was not changed', () => {
    const content = draft()
    edit(content, (next) => (next.merchant.licence.legalRepresentative = '王小'))
    edit(content, (next) => (next.merchant.licence.legalRepresentative = '王小明'))

    expect(content.merchant.legalRep.name).toBe('王小明')
  })

  it('stops following once the merchant typed something else', () => {
    const content = draft()
    edit(content, (next) => (next.merchant.licence.legalRepresentative = '王小明'))
    edit(content, (next) => (next.merchant.legalRep.name = '李四'))
    edit(content, (next) => (next.merchant.licence.legalRepresentative = '王小明明'))

    expect(content.merchant.legalRep.name).toBe('李四')
  })

  it('keeps the copy when its source is cleared', () => {
    const content = draft()
    edit(content, (next) => (next.merchant.contact.email = 'owner@example.com'))
    edit(content, (next) => (next.merchant.contact.email = ''))

    expect(content.listing.privacy.ownerContact.email).toBe('owner@example.com')
  })

  it('leaves an authorised agent’s name alone', () => {
    const content = draft((next) => (next.merchant.legalRep.holder = 'agent'))
    edit(content, (next) => (next.merchant.licence.legalRepresentative = '王小明'))

    expect(content.merchant.legalRep.name).toBe('')
  })

  it('fills the store address from the registered address and the privacy contact from the merchant’s contact', () => {
    const content = draft()
    const changed = edit(content, (next) => {
      next.merchant.licence.registeredAddress = '杭州市西湖区文三路 1 号'
      next.merchant.contact.email = 'owner@example.com'
      next.merchant.contact.mobile = '13800138000'
    })

    expect(content.merchant.business.store.address).toBe('杭州市西湖区文三路 1 号')
    expect(content.listing.privacy.ownerContact).toMatchObject({
      email: 'owner@example.com',
      phone: '13800138000'
    })
    expect(changed).toEqual(expect.arrayContaining(['listing.privacy.ownerContact.email']))
  })

  it('picks the store’s district from the address the licence gave it', () => {
    const content = draft()
    const changed = edit(content, (next) => {
      next.merchant.licence.registeredAddress = '浙江省杭州市西湖区文三路 90 号'
    })

    expect(content.merchant.business.store.regionCode).toBe('330106')
    expect(changed).toContain('merchant.business.store.regionCode')
  })

  it('moves the store’s district with its address until the merchant picks another', () => {
    const content = draft()
    edit(content, (next) => (next.merchant.business.store.address = '杭州市西湖区文三路 90 号'))
    edit(content, (next) => (next.merchant.business.store.address = '杭州市余杭区文一西路 969 号'))
    expect(content.merchant.business.store.regionCode).toBe('330110')

    edit(content, (next) => (next.merchant.business.store.regionCode = '330106'))
    edit(content, (next) => (next.merchant.business.store.address = '杭州市滨江区网商路 699 号'))
    expect(content.merchant.business.store.regionCode).toBe('330106')
  })

  it('chooses the corporate account for a subject that may use no other', () => {
    const enterprise = draft((next) => (next.merchant.subjectType = 'enterprise'))
    const individual = draft((next) => (next.merchant.subjectType = 'individual'))
    syncPrefills(enterprise, syncSources(enterprise))
    syncPrefills(individual, syncSources(individual))

    expect(enterprise.merchant.settlement.accountType).toBe('corporate')
    expect(individual.merchant.settlement.accountType).toBeNull()
  })
})

describe('isInSync', () => {
  it('says a copy matches its source, and not when the source is empty', () => {
    const field = SYNCED_FIELDS[0]!
    const content = draft()

    expect(isInSync(content, field)).toBe(false)
    edit(content, (next) => (next.merchant.licence.legalRepresentative = '王小明'))
    expect(isInSync(content, field)).toBe(true)
  })
})
