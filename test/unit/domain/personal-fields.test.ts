import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DraftContent, emptyDraftContent } from '../../../src-main/domain/draft'
import { PERSONAL_FIELDS, replacePersonalValues } from '../../../src-main/domain/personal-fields'
import { wechatPayAdapter } from '../../../src-main/platforms/wechat-pay'
import { fakeMedia, loadDraft, SUBJECTS } from '../platforms/payment-fixtures'

const MERCHANT = DraftContent.parse(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../fixtures/drafts/enterprise.json'), 'utf8')
  )
)

/** The value at a dotted path, `*` meaning the first element of an array. */
function at(content: unknown, field: string): { found: boolean; value?: unknown } {
  let node = content
  for (const step of field.split('.')) {
    const key = step === '*' ? 0 : step
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, key)) return { found: false }
    node = (node as Record<string | number, unknown>)[key]
  }
  return { found: true, value: node }
}

/** A copy of `content` with each personal value replaced. */
function mapped(content: unknown, map: (value: unknown, field: string) => unknown): unknown {
  const copy = structuredClone(content)
  replacePersonalValues(copy, map)
  return copy
}

describe('personal fields', () => {
  it('names only paths the draft schema has (a renamed field would otherwise go unsealed)', () => {
    const draft = emptyDraftContent()
    draft.merchant.beneficialOwners = structuredClone(MERCHANT.merchant.beneficialOwners)
    expect(PERSONAL_FIELDS.filter((field) => !at(draft, field).found)).toEqual([])
  })

  it.each(SUBJECTS)(
    "holds every value WeChat Pay's applyment encrypts, as the adapter encrypts them (%s)",
    (subject) => {
      const draft = loadDraft(subject)
      const encrypted: string[] = []
      const encrypt = {
        keyId: 'PUB_KEY_ID_1',
        encrypt: (text: string) => (encrypted.push(text), text)
      }
      wechatPayAdapter.buildPayload(draft, fakeMedia, { now: new Date(), attempt: 1, encrypt })
      const personal: unknown[] = []
      mapped(draft, (value) => (personal.push(value), value))
      expect(encrypted.length).toBeGreaterThan(5)
      expect(encrypted.filter((text) => !personal.includes(text))).toEqual([])
    }
  )

  it('maps every filled personal value, in arrays too, and leaves the rest as it was', () => {
    const sealed = mapped(MERCHANT, (value, field) => `<${field}:${String(value)}>`)
    expect(at(sealed, 'merchant.beneficialOwners.*.idNumber').value).toBe(
      `<merchant.beneficialOwners.*.idNumber:${MERCHANT.merchant.beneficialOwners[0]?.idNumber}>`
    )
    expect(at(sealed, 'merchant.settlement.accountNumber').value).toBe(
      `<merchant.settlement.accountNumber:${MERCHANT.merchant.settlement.accountNumber}>`
    )
    expect(at(sealed, 'merchant.licence.registeredName').value).toBe(
      MERCHANT.merchant.licence.registeredName
    )
  })

  it('leaves empty values empty', () => {
    expect(mapped(emptyDraftContent(), () => 'sealed')).toEqual(emptyDraftContent())
  })
})
