import { describe, expect, it } from 'vitest'
import { DraftContent, emptyDraftContent } from '../../../src-main/domain/draft'
import {
  draftTextLimit,
  isPickedField,
  lengthIssues,
  textLength
} from '../../../src-main/domain/field-limits'
import { validateMerchant } from '../../../src-main/domain/merchant-rules'
import { reviewPlatform } from '../../../src-main/platforms/review'

describe('text length limits', () => {
  it('finds a field’s limit by its path, list items included', () => {
    expect(draftTextLimit('merchant.business.industry.description')).toBe(128)
    expect(draftTextLimit('merchant.beneficialOwners.0.name')).toBe(64)
    expect(draftTextLimit('listing.tags.3')).toBe(64)
    expect(draftTextLimit('merchant.subjectType')).toBeNull()
    expect(draftTextLimit('merchant.nothing.here')).toBeNull()
  })

  it('tells a value picked from a list (a region, a date) from typed text', () => {
    expect(isPickedField('merchant.business.store.regionCode')).toBe(true)
    expect(isPickedField('merchant.licence.validTo')).toBe(true)
    expect(isPickedField('merchant.business.store.address')).toBe(false)
    expect(draftTextLimit('merchant.business.store.regionCode')).toBe(16)
  })

  it('counts characters as a merchant does, one per emoji or rare character', () => {
    expect(textLength('𠀋😀饭')).toBe(3)
  })

  it('lets the schema take a value longer than its limit', () => {
    const content = emptyDraftContent()
    content.merchant.business.industry.description = '面'.repeat(133)
    expect(DraftContent.safeParse(content).success).toBe(true)
  })

  it('reports a too-long merchant field as an error on that field', () => {
    const content = emptyDraftContent()
    content.merchant.business.industry.description = '面'.repeat(133)
    const found = validateMerchant(content.merchant, '2026-12-01').filter(
      (item) => item.code === 'draft.too_long'
    )
    expect(found).toEqual([
      {
        code: 'draft.too_long',
        path: 'merchant.business.industry.description',
        severity: 'error',
        params: { max: 128, length: 133 }
      }
    ])
  })

  it('walks lists and nested objects of any area', () => {
    const content = emptyDraftContent()
    content.listing.tags = ['好', '签'.repeat(65)]
    const found = lengthIssues(DraftContent, content)
    expect(found.map((item) => item.path)).toEqual(['listing.tags.1'])
  })

  it('blocks export of the platform whose area holds the too-long value', () => {
    const content = emptyDraftContent()
    content.listing.versionNotes = '版'.repeat(1001)
    const review = reviewPlatform('wechat-mp', content, { today: '2026-12-01' })
    expect(review.issues).toContainEqual(
      expect.objectContaining({ code: 'draft.too_long', path: 'listing.versionNotes' })
    )
  })
})
