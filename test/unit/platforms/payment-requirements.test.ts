import { describe, expect, it } from 'vitest'
import { DraftContent } from '../../../src-main/domain/draft'
import type { ResolvedMedia } from '../../../src-main/platforms/adapter'
import { alipayAdapter } from '../../../src-main/platforms/alipay'
import { wechatPayAdapter } from '../../../src-main/platforms/wechat-pay'
import { draftWith, fakeMedia, SUBJECTS } from './payment-fixtures'

const ADAPTERS = [wechatPayAdapter, alipayAdapter] as const

describe('payment adapters', () => {
  it('show a different due list for the same draft when the merchant switches provider', () => {
    const draft = draftWith('enterprise', (d) => {
      d.merchant.business.industry.wechatSettlementId = ''
      d.merchant.business.industry.wechatQualificationType = ''
      d.merchant.business.industry.alipayMcc = ''
    })
    const due = (adapter: (typeof ADAPTERS)[number]) =>
      adapter
        .requirements(draft)
        .filter((item) => !item.met)
        .map((item) => item.id)
    expect(due(wechatPayAdapter)).toEqual([
      'wechat-pay.wechat_settlement_id',
      'wechat-pay.wechat_qualification_type'
    ])
    expect(due(alipayAdapter)).toEqual(['alipay.alipay_mcc'])
  })

  it('resolve only the pictures they list in mediaUses', () => {
    for (const adapter of ADAPTERS) {
      for (const subject of SUBJECTS) {
        for (const route of ['zft', 'agent'] as const) {
          const draft = draftWith(subject, (d) => (d.payment.alipay.route = route))
          const listed = new Set(adapter.mediaUses(draft).map((use) => `${use.slot} ${use.source}`))
          const resolved = new Set<string>()
          const recording: ResolvedMedia = {
            file: (slot, source) => {
              resolved.add(`${slot} ${source}`)
              return fakeMedia.file(slot, source)
            }
          }
          adapter.buildPayload(draft, recording, { now: new Date(0), attempt: 1 })
          expect(resolved).toEqual(listed)
        }
      }
    }
  })

  it('point every due item of an empty draft at a field the draft has', () => {
    const empty = DraftContent.parse({
      merchant: {
        subjectType: 'individual',
        contact: { type: 'agent' },
        business: { salesScenes: ['store', 'website', 'officialAccount', 'miniProgram', 'app'] }
      },
      payment: {
        wechat: { activityId: '20191030111cff5b5e' },
        alipay: {
          services: ['faceToFace', 'miniProgram', 'app', 'pc'],
          products: ['faceToFace', 'mobilePay']
        }
      }
    })
    for (const adapter of ADAPTERS) {
      for (const route of ['zft', 'agent'] as const) {
        const draft = {
          ...empty,
          payment: { ...empty.payment, alipay: { ...empty.payment.alipay, route } }
        }
        const items = adapter.requirements(draft)
        expect(items.some((item) => !item.met)).toBe(true)
        for (const item of items) {
          const value = item.path
            .split('.')
            .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], draft)
          expect(value, item.path).not.toBeUndefined()
        }
      }
    }
  })
})
