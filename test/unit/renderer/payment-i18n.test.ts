import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MERCHANT_SECTIONS } from '../../../src-main/domain/merchant-fields'
import { SalesScene } from '../../../src-main/domain/merchant-profile'
import {
  AgentProduct,
  AlipayRoute,
  AlipaySettleTo,
  AppMarket,
  AppPlatform,
  AppStatus,
  PaymentProviderId,
  ZftService
} from '../../../src-main/domain/payment-setup'
import { StoredWechatPayKey } from '../../../src-main/domain/settings'
import merchant from '../../../src-renderer/i18n/areas/merchant'
import payment from '../../../src-renderer/i18n/areas/payment'

const RENDERER = join(import.meta.dirname, '../../../src-renderer')
const SOURCES = [
  'views/wizard/StepPayment.vue',
  ...readdirSync(join(RENDERER, 'views/wizard/payment')).map((f) => `views/wizard/payment/${f}`),
  ...readdirSync(join(RENDERER, 'components/payment')).map((f) => `components/payment/${f}`)
]
const AREAS = { payment, merchant }

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

/** Keys written out in the Payment step's templates and scripts, in either area. */
function literalKeys(): Array<[keyof typeof AREAS, string]> {
  const keys = SOURCES.flatMap((file) => [
    ...readFileSync(join(RENDERER, file), 'utf8').matchAll(
      /(?:\bt\(|\?|:)\s*'(payment|merchant)\.([\w.]+)'/g
    )
  ]).map((match) => `${match[1]}|${match[2]}`)
  return [...new Set(keys)].map((key) => key.split('|') as [keyof typeof AREAS, string])
}

/** Keys built from an enum value (`payment.alipay.serviceNames.${service}`). */
const ENUM_KEYS: ReadonlyArray<[keyof typeof AREAS, string, readonly string[]]> = [
  ['payment', 'providers.names', PaymentProviderId.options],
  ['payment', 'providers.hints', PaymentProviderId.options],
  ['payment', 'alipay.routes', AlipayRoute.options],
  ['payment', 'alipay.routeHints', AlipayRoute.options],
  ['payment', 'alipay.serviceNames', ZftService.options],
  ['payment', 'alipay.productNames', AgentProduct.options],
  ['payment', 'alipay.settleTargets', AlipaySettleTo.options],
  ['payment', 'alipay.platformNames', AppPlatform.options],
  ['payment', 'alipay.marketNames', AppMarket.options],
  ['payment', 'alipay.statusNames', AppStatus.options],
  ['payment', 'key.kinds', StoredWechatPayKey.shape.kind.options],
  ['payment', 'category.tables', ['wechat', ...AlipayRoute.options]],
  ['merchant', 'business.scenes', SalesScene.options],
  ['merchant', 'sections', MERCHANT_SECTIONS]
]

describe('the payment area text', () => {
  it('has every key the Payment step writes out, in both languages', () => {
    const keys = literalKeys()
    expect(keys.length).toBeGreaterThan(80)
    for (const [area, key] of keys) {
      expect(has(AREAS[area]['zh-CN'], key), `${area}.${key}`).toBe(true)
      expect(has(AREAS[area].en, key), `${area}.${key}`).toBe(true)
    }
  })

  it('names every value of each enum the Payment step offers, in both languages', () => {
    for (const [area, base, values] of ENUM_KEYS) {
      for (const value of values) {
        expect(has(AREAS[area]['zh-CN'], `${base}.${value}`), `${base}.${value}`).toBe(true)
        expect(has(AREAS[area].en, `${base}.${value}`), `${base}.${value}`).toBe(true)
      }
    }
  })
})
