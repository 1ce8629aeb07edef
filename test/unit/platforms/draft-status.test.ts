import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DraftContent, emptyDraftContent } from '../../../src-main/domain/draft'
import { draftStatus } from '../../../src-main/platforms/draft-status'
import { reviewPlatform } from '../../../src-main/platforms/review'

const TODAY = '2026-12-01'
const FIXTURES = join(import.meta.dirname, '../../fixtures')

/** The complete enterprise profile, adding WeChat Pay, without a listing. */
function enterpriseDraft(): DraftContent {
  const base = JSON.parse(readFileSync(join(FIXTURES, 'drafts/enterprise.json'), 'utf8')) as object
  const content = DraftContent.parse(base)
  content.payment.addProvider = 'wechat-pay'
  content.payment.currentProvider = 'alipay'
  return content
}

describe('draft status', () => {
  it('marks no step done and no optional sub-step complete on an empty draft', () => {
    const status = draftStatus(emptyDraftContent(), TODAY)
    expect(Object.values(status.steps).map((step) => step.state)).not.toContain('done')
    expect(status.sections.qualifications.state).toBe('optional')
    expect(status.sections.subject.state).toBe('missing')
  })

  it('marks the steps of a draft the Review finds nothing due for as done', () => {
    const content = enterpriseDraft()
    const review = reviewPlatform('wechat-pay', content, { today: TODAY })
    expect(review.requirements.every((item) => item.met)).toBe(true)
    const { steps } = draftStatus(content, TODAY)
    expect([steps.merchant.state, steps.payment.state, steps.review.state]).toEqual([
      'done',
      'done',
      'done'
    ])
    expect(steps.listing.state).toBe('optional')
  })

  it('takes a step back from done when a requirement of its platform is emptied', () => {
    const content = enterpriseDraft()
    content.merchant.licence.photo = null
    const status = draftStatus(content, TODAY)
    expect(status.steps.merchant.state).not.toBe('done')
    expect(status.sections.subject.missing).toBeGreaterThan(0)
    expect(status.steps.review.state).toBe('missing')
  })

  it('gives the Review the counts of what the steps before it still lack, never "0 missing"', () => {
    const content = enterpriseDraft()
    content.merchant.licence.photo = null
    content.merchant.business.industry.description = '面'.repeat(129)
    const { steps } = draftStatus(content, TODAY)
    expect(steps.review).toMatchObject({
      state: 'errors',
      errors: steps.merchant.errors + steps.payment.errors + steps.listing.errors,
      missing: steps.merchant.missing + steps.payment.missing + steps.listing.missing
    })
    expect([steps.review.errors, steps.review.missing].every((count) => count > 0)).toBe(true)
  })

  it('counts a too-long value as an error of its step', () => {
    const content = enterpriseDraft()
    content.merchant.business.industry.description = '面'.repeat(129)
    expect(draftStatus(content, TODAY).sections.business).toMatchObject({ state: 'errors' })
  })
})
