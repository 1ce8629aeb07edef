import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MERCHANT_SECTIONS } from '../../../src-main/domain/merchant-fields'
import {
  CertificateType,
  FinanceType,
  IdDocType,
  PersonRole,
  SalesScene,
  SettlementAccountType,
  SubjectType
} from '../../../src-main/domain/merchant-profile'
import merchant from '../../../src-renderer/i18n/areas/merchant'

const RENDERER = join(import.meta.dirname, '../../../src-renderer')
const SOURCES = [
  'views/wizard/StepMerchant.vue',
  ...readdirSync(join(RENDERER, 'views/wizard/merchant')).map((f) => `views/wizard/merchant/${f}`),
  ...readdirSync(join(RENDERER, 'components/merchant'))
    .filter((f) => f.endsWith('.vue'))
    .map((f) => `components/merchant/${f}`)
]

function has(messages: unknown, key: string): boolean {
  const value = key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[part]
          : undefined,
      messages
    )
  return typeof value === 'string' && value !== ''
}

/** Keys written out in the templates: `t('merchant.x')`, also as either side of a `?:`. */
function literalKeys(): string[] {
  const keys = SOURCES.flatMap((file) => [
    ...readFileSync(join(RENDERER, file), 'utf8').matchAll(/(?:\bt\(|\?|:)\s*'merchant\.([\w.]+)'/g)
  ]).map((match) => match[1]!)
  return [...new Set(keys)]
}

/** Keys built from an enum value (`merchant.subjectType.options.${type}`). */
const ENUM_KEYS: ReadonlyArray<[string, readonly string[]]> = [
  ['sections', MERCHANT_SECTIONS],
  ['titles', MERCHANT_SECTIONS],
  ['sectionHints', MERCHANT_SECTIONS],
  ['subjectType.options', SubjectType.options],
  ['subjectType.hints', SubjectType.options],
  ['licence.certificateTypes', CertificateType.options],
  ['finance.types', FinanceType.options],
  ['identity.docTypes', IdDocType.options],
  ['identity.front', ['residentId', 'passport', 'other']],
  ['identity.frontNeed', ['residentId', 'passport', 'other']],
  ['identity.back', ['residentId', 'passport', 'other']],
  ['identity.backNeed', ['residentId', 'passport', 'other']],
  ['legalRep.holders', PersonRole.options],
  ['contact.types', PersonRole.options],
  ['business.scenes', SalesScene.options],
  ['settlement.accountTypes', SettlementAccountType.options]
]

describe('the merchant area text', () => {
  it('has every key the Merchant step writes out, in both languages', () => {
    const keys = literalKeys()
    expect(keys.length).toBeGreaterThan(100)
    for (const key of keys) {
      expect(has(merchant['zh-CN'], key), key).toBe(true)
      expect(has(merchant.en, key), key).toBe(true)
    }
  })

  it('names every value of each enum the Merchant step offers, in both languages', () => {
    for (const [base, values] of ENUM_KEYS) {
      for (const value of values) {
        expect(has(merchant['zh-CN'], `${base}.${value}`), `${base}.${value}`).toBe(true)
        expect(has(merchant.en, `${base}.${value}`), `${base}.${value}`).toBe(true)
      }
    }
  })
})
