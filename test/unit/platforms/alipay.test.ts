import { describe, expect, it } from 'vitest'
import type { DraftContent } from '../../../src-main/domain/draft'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  AppMarket,
  AppPlatform,
  AppStatus,
  ZftService
} from '../../../src-main/domain/payment-setup'
import { ALIPAY_APP_STATUSES } from '../../../src-main/platforms/payment-codes'
import {
  ALIPAY_SLOTS,
  alipayAdapter,
  BATCH_NO_PLACEHOLDER
} from '../../../src-main/platforms/alipay'
import { PAYMENT_MESSAGES } from '../../../src-main/platforms/payment-messages'
import { checkImageAgainstSpec } from '../../../src-main/platforms/precheck'
import {
  draftWith,
  fakeMedia,
  fields,
  loadExample,
  SUBJECTS,
  type Subject
} from './payment-fixtures'

const FIXTURES = join(import.meta.dirname, '../../fixtures')
const options = { now: new Date('2026-11-25T02:00:00Z'), attempt: 1 }
const ZFT_SUBJECTS = SUBJECTS.filter((subject) => subject !== 'other')

function onRoute(
  subject: Subject,
  route: 'zft' | 'agent',
  change: (draft: DraftContent) => void = () => undefined
): DraftContent {
  return draftWith(subject, (draft) => {
    draft.payment.alipay.route = route
    change(draft)
  })
}

function codes(
  subject: Subject,
  route: 'zft' | 'agent',
  change: (draft: DraftContent) => void
): string[] {
  return alipayAdapter
    .validate(onRoute(subject, route, change))
    .map((found) => `${found.code} ${found.path}`)
}

function dueIds(draft: DraftContent): string[] {
  return alipayAdapter
    .requirements(draft)
    .filter((item) => !item.met)
    .map((item) => item.id)
}

describe('alipayAdapter.buildPayload', () => {
  it.each(ZFT_SUBJECTS)('builds the %s ZFT calls exactly as the recorded example', (subject) => {
    const parts = alipayAdapter.buildPayload(onRoute(subject, 'zft'), fakeMedia, options)
    expect(fields(parts)).toEqual(fields(loadExample('alipay', `zft-${subject}`)))
  })

  it.each(SUBJECTS)('builds the %s 代签约 calls exactly as the recorded example', (subject) => {
    const parts = alipayAdapter.buildPayload(onRoute(subject, 'agent'), fakeMedia, options)
    expect(fields(parts)).toEqual(fields(loadExample('alipay', `agent-${subject}`)))
  })

  it('uploads a picture once even when two ZFT fields use it, before the create call', () => {
    const parts = alipayAdapter.buildPayload(onRoute('individual', 'zft'), fakeMedia, options)
    const uploads = parts.filter(
      (part) => part.endpoint === 'ant.merchant.expand.indirect.image.upload'
    )
    const files = uploads.map((part) => part.files?.image_content)
    expect(new Set(files).size).toBe(files.length)
    expect(parts.at(-1)?.endpoint).toBe('ant.merchant.expand.indirect.zft.create')
    const licence = `media/${'a1'.repeat(32)}.jpg`
    const uses = parts.at(-1)?.placeholders?.filter((entry) => entry.file === licence)
    expect(uses?.map((entry) => entry.pointer)).toEqual([
      '/cert_image',
      '/license_auth_letter_image'
    ])
  })

  it('sends APP支付 sign fields and values only as the recorded SDK edition declares them', () => {
    const model = JSON.parse(
      readFileSync(join(FIXTURES, 'platforms/alipay/mobilepay-sign-model.json'), 'utf8')
    ) as { textParams: string[]; fileParams: string[]; enums: Record<string, string[]> }
    const draft = onRoute('enterprise', 'agent', (d) => {
      d.payment.alipay.app.platforms = [...AppPlatform.options]
      d.payment.alipay.app.markets = [...AppMarket.options]
    })
    const sign = alipayAdapter
      .buildPayload(draft, fakeMedia, options)
      .find((part) => part.endpoint === 'alipay.open.agent.mobilepay.sign')
    expect(model.textParams).toEqual(expect.arrayContaining(Object.keys(sign?.body ?? {})))
    expect(model.fileParams).toEqual(expect.arrayContaining(Object.keys(sign?.files ?? {})))
    const listed = (value: unknown): string[] =>
      typeof value === 'string' && value.startsWith('[')
        ? (JSON.parse(value) as string[])
        : [String(value)]
    for (const [field, values] of Object.entries(model.enums)) {
      expect(values).toEqual(expect.arrayContaining(listed(sign?.body[field])))
    }
    expect(listed(sign?.body.app_market)).toEqual(model.enums.app_market)
    for (const status of AppStatus.options) {
      expect(model.enums.app_status).toContain(ALIPAY_APP_STATUSES[status])
    }
  })

  it('sends the merchant’s authorisation letter, never the licence, when a company settles to another holder', () => {
    const letter = { sha256: 'c9'.repeat(32) }
    const draft = onRoute('enterprise', 'zft', (d) => {
      d.merchant.settlement.accountName = '深圳市山海投资管理有限公司'
      d.payment.alipay.licenceAuthLetter = letter
    })
    const create = alipayAdapter.buildPayload(draft, fakeMedia, options).at(-1)
    expect(create?.body.license_auth_letter_image).toBe(`media/${letter.sha256}.jpg`)
    expect(create?.placeholders).toContainEqual({
      pointer: '/license_auth_letter_image',
      kind: 'media-id',
      file: `media/${letter.sha256}.jpg`
    })
  })

  it('sends no authorisation letter when the account holder is the merchant', () => {
    const draft = onRoute('enterprise', 'zft', (d) => {
      d.payment.alipay.licenceAuthLetter = { sha256: 'c9'.repeat(32) }
    })
    const create = alipayAdapter.buildPayload(draft, fakeMedia, options).at(-1)
    expect(create?.body).not.toHaveProperty('license_auth_letter_image')
  })

  it('carries the batch number from create through every sign call to confirm', () => {
    const parts = alipayAdapter.buildPayload(onRoute('enterprise', 'agent'), fakeMedia, options)
    expect(parts.map((part) => part.endpoint)).toEqual([
      'alipay.open.agent.create',
      'alipay.open.agent.facetoface.sign',
      'alipay.open.agent.mobilepay.sign',
      'alipay.open.agent.confirm'
    ])
    for (const part of parts.slice(1)) {
      expect(part.body.batch_no).toBe(BATCH_NO_PLACEHOLDER)
      expect(part.waitFor).toBeTruthy()
    }
  })

  it('sends multipart sign fields as text, objects as JSON strings', () => {
    const parts = alipayAdapter.buildPayload(onRoute('enterprise', 'agent'), fakeMedia, options)
    for (const part of parts.filter((call) => call.contentType === 'multipart')) {
      for (const value of Object.values(part.body)) expect(typeof value).toBe('string')
    }
    const sign = parts[1]?.body.shop_address
    expect(JSON.parse(String(sign))).toEqual({
      country_code: '156',
      province_code: '440000',
      city_code: '440300',
      district_code: '440305',
      detail_address: '深圳市南山区科苑路15号科兴科学园B栋1楼102'
    })
  })

  it('never encrypts: Alipay takes plaintext', () => {
    const encrypt = { keyId: 'PUB_KEY_ID_1', encrypt: (text: string) => `enc:${text}` }
    const parts = alipayAdapter.buildPayload(onRoute('enterprise', 'zft'), fakeMedia, {
      ...options,
      encrypt
    })
    expect(JSON.stringify(parts)).not.toContain('enc:')
    expect(parts.every((part) => part.encryption === undefined)).toBe(true)
  })
})

describe('alipayAdapter media', () => {
  it('lists the pictures of the chosen route with their slots and draft paths', () => {
    const zft = alipayAdapter.mediaUses(onRoute('enterprise', 'zft'))
    expect(zft.map((use) => use.slot)).toEqual([
      'licence',
      'legalRepIdFront',
      'legalRepIdBack',
      'storeEntrance',
      'storeInterior'
    ])
    const agent = alipayAdapter.mediaUses(onRoute('enterprise', 'agent'))
    expect(agent).toContainEqual({
      slot: 'appScreenshot',
      path: 'merchant.business.app.screenshots.3',
      source: '74'.repeat(32)
    })
    for (const subject of SUBJECTS) {
      for (const route of ['zft', 'agent'] as const) {
        for (const use of alipayAdapter.mediaUses(onRoute(subject, route))) {
          expect(alipayAdapter.mediaSpecs[use.slot]).toBeDefined()
        }
      }
    }
  })

  it('accepts a JPEG of 5 KB to 2 MB in every slot, and refuses one under 5 KB', () => {
    for (const slot of ALIPAY_SLOTS) {
      const spec = alipayAdapter.mediaSpecs[slot]
      if (!spec) throw new Error(slot)
      for (const bytes of [5 * 1024, 2 * 1024 * 1024]) {
        expect(
          checkImageAgainstSpec(spec, { width: 1200, height: 900, bytes, format: 'jpeg' })
        ).toEqual([])
      }
      const tiny = { width: 1200, height: 900, bytes: 5 * 1024 - 1, format: 'jpeg' as const }
      expect(checkImageAgainstSpec(spec, tiny).map((problem) => problem.check)).toEqual(['bytes'])
    }
  })
})

describe('alipayAdapter.requirements', () => {
  it.each(ZFT_SUBJECTS)(
    'has nothing due on either route for the complete %s fixture',
    (subject) => {
      expect(dueIds(onRoute(subject, 'zft'))).toEqual([])
      expect(dueIds(onRoute(subject, 'agent'))).toEqual([])
    }
  )

  it('gives every item a step, a path and a message in both languages', () => {
    for (const route of ['zft', 'agent'] as const) {
      for (const item of alipayAdapter.requirements(onRoute('government', route))) {
        expect(item.step).toBe(item.path.startsWith('payment.') ? 'payment' : 'merchant')
        expect(PAYMENT_MESSAGES[`requirement.${item.id}`]).toBeDefined()
      }
    }
  })

  it('changes with the route: ZFT asks for services and a sign date, 代签约 for products', () => {
    const empty = (route: 'zft' | 'agent') =>
      onRoute('enterprise', route, (d) => {
        d.payment.alipay = { ...d.payment.alipay, services: [], products: [], signDate: '' }
      })
    expect(dueIds(empty('zft'))).toEqual(['alipay.alipay_services', 'alipay.alipay_sign_date'])
    expect(dueIds(empty('agent'))).toEqual(['alipay.alipay_products'])
  })

  it('asks for the website scene when a web service is chosen without it', () => {
    const draft = onRoute('enterprise', 'zft', (d) => d.payment.alipay.services.push('pc'))
    expect(alipayAdapter.requirements(draft).filter((item) => !item.met)).toEqual([
      {
        id: 'alipay.website_scene',
        step: 'merchant',
        path: 'merchant.business.salesScenes',
        met: false
      }
    ])
  })

  it('asks for the authorisation letter only where the merchant and the account holder differ', () => {
    const other = (d: DraftContent) => (d.merchant.settlement.accountName = '陈建华')
    expect(dueIds(onRoute('enterprise', 'zft', other))).toEqual([
      'alipay.alipay_licence_auth_letter'
    ])
    expect(dueIds(onRoute('enterprise', 'zft'))).toEqual([])
    // A 个体工商户 sends its licence there instead, which the profile already holds.
    expect(dueIds(onRoute('individual', 'zft'))).toEqual([])
    expect(dueIds(onRoute('enterprise', 'agent', other))).toEqual([])
  })

  it('asks for the authorisation letter for a legal representative holding a foreign resident permit', () => {
    const foreign = onRoute('enterprise', 'zft', (d) => {
      d.merchant.legalRep.idDocType = 'foreignResidentPermit'
    })
    expect(dueIds(foreign)).toContain('alipay.alipay_licence_auth_letter')
  })

  it('asks for the Alipay mini program id with 小程序支付 and for the app details with APP支付', () => {
    const miniProgram = onRoute(
      'enterprise',
      'zft',
      (d) => (d.payment.alipay.miniProgramAppId = '')
    )
    expect(dueIds(miniProgram)).toEqual(['alipay.alipay_mini_program_app_id'])
    const app = onRoute('enterprise', 'agent', (d) => {
      d.payment.alipay.app = {
        platforms: [],
        markets: [],
        status: null,
        testAccount: '',
        testPassword: ''
      }
    })
    expect(dueIds(app)).toEqual([
      'alipay.alipay_app_platforms',
      'alipay.alipay_app_markets',
      'alipay.alipay_app_status'
    ])
  })

  it('asks for the settlement Alipay account instead of the card when settling to Alipay', () => {
    const draft = onRoute('enterprise', 'zft', (d) => (d.payment.alipay.settleTo = 'alipayAccount'))
    const ids = alipayAdapter.requirements(draft).map((item) => item.id)
    expect(ids).toContain('alipay.alipay_settle_account')
    expect(ids).not.toContain('alipay.account_number')
    expect(dueIds(draft)).toEqual(['alipay.alipay_settle_account'])
  })

  it('asks for the bank short code only when the bank name does not give it', () => {
    const draft = onRoute('institution', 'zft', (d) => (d.payment.alipay.bankInstId = ''))
    expect(dueIds(draft)).toEqual(['alipay.alipay_bank_inst_id'])
  })

  it('asks for the rate when the merchant also authorises the app', () => {
    const draft = onRoute('individual', 'agent', (d) => (d.payment.alipay.rate = ''))
    expect(dueIds(draft)).toEqual(['alipay.alipay_rate'])
  })
})

describe('alipayAdapter.validate', () => {
  it.each(SUBJECTS)('finds nothing wrong with the complete %s fixture on 代签约', (subject) => {
    expect(alipayAdapter.validate(onRoute(subject, 'agent'))).toEqual([])
  })

  it.each(ZFT_SUBJECTS)('finds nothing wrong with the complete %s fixture on ZFT', (subject) => {
    expect(alipayAdapter.validate(onRoute(subject, 'zft'))).toEqual([])
  })

  it('refuses on ZFT subjects that have no merchant_type', () => {
    expect(codes('other', 'zft', (d) => (d.payment.alipay.services = ['faceToFace']))).toContain(
      'alipay.subject_unsupported merchant.subjectType'
    )
    expect(
      codes('social', 'zft', (d) => (d.merchant.licence.certificateType = 'foundation'))
    ).toEqual(['alipay.subject_unsupported merchant.licence.certificateType'])
  })

  it('refuses a legal-representative document Alipay does not take', () => {
    expect(
      codes('social', 'zft', (d) => {
        d.merchant.legalRep.idDocType = 'passport'
        d.merchant.legalRep.idNumber = 'E12345678'
      })
    ).toEqual(['alipay.legal_id_type_unsupported merchant.legalRep.idDocType'])
  })

  it('needs the legal representative in person on ZFT', () => {
    const agentHeld = (d: DraftContent) => {
      d.merchant.legalRep.holder = 'agent'
      d.merchant.legalRep.authorizationLetter = { sha256: 'b3'.repeat(32) }
    }
    expect(codes('institution', 'zft', agentHeld)).toEqual([
      'alipay.legal_rep_in_person merchant.legalRep.holder'
    ])
    expect(codes('institution', 'agent', agentHeld)).toEqual([])
  })

  it('reports what Alipay needs beyond the profile', () => {
    expect(
      codes('enterprise', 'zft', (d) => (d.merchant.business.industry.alipayMcc = ''))
    ).toEqual(['alipay.required merchant.business.industry.alipayMcc'])
    expect(
      codes('enterprise', 'agent', (d) => (d.merchant.business.industry.alipayMcc = ''))
    ).toEqual([])
  })

  it('measures ZFT lengths in UTF-8 bytes', () => {
    const named = (length: number) => (d: DraftContent) => {
      d.merchant.licence.registeredName = `${'山'.repeat(length - 4)}有限公司`
      d.merchant.settlement.accountName = d.merchant.licence.registeredName
    }
    expect(codes('enterprise', 'zft', named(42))).toEqual([])
    expect(codes('enterprise', 'zft', named(43))).toEqual([
      'alipay.too_long merchant.licence.registeredName'
    ])
  })

  it('takes a logon id (mobile or email) as the account, and a 2088 PID only on 代签约', () => {
    const account = (value: string) => (d: DraftContent) =>
      (d.payment.alipay.merchantAccount = value)
    expect(codes('enterprise', 'agent', account('2088102146225135'))).toEqual([])
    expect(codes('enterprise', 'zft', account('2088102146225135'))).toEqual([
      'alipay.account_format payment.alipay.merchantAccount'
    ])
    expect(codes('enterprise', 'zft', account('shanhai coffee'))).toEqual([
      'alipay.account_format payment.alipay.merchantAccount'
    ])
    expect(
      codes('social', 'zft', (d) => (d.payment.alipay.settleAccount = 'caiwu.whcyxh.org.cn'))
    ).toEqual(['alipay.account_format payment.alipay.settleAccount'])
  })

  it('needs the sign date as a calendar date', () => {
    expect(codes('enterprise', 'zft', (d) => (d.payment.alipay.signDate = '2026/11/20'))).toEqual([
      'alipay.date_format payment.alipay.signDate'
    ])
  })

  it('needs the bank short code in capitals', () => {
    expect(codes('institution', 'zft', (d) => (d.payment.alipay.bankInstId = 'srcb'))).toEqual([
      'alipay.bank_inst_id_format payment.alipay.bankInstId'
    ])
  })

  it('needs an Alipay mini program id for 小程序支付', () => {
    expect(
      codes('enterprise', 'zft', (d) => (d.payment.alipay.miniProgramAppId = 'wx5e8a3c1f7b9d2046'))
    ).toEqual(['alipay.app_id_format payment.alipay.miniProgramAppId'])
  })

  it('sends only the ZFT services every edition of Alipay’s create model documents', () => {
    const draft = onRoute('enterprise', 'zft', (d) => {
      d.payment.alipay.services = [...ZftService.options]
    })
    const create = alipayAdapter.buildPayload(draft, fakeMedia, options).at(-1)
    // essensoft/paylink (older edition) ∩ alipay-sdk-java-all 2024-09-27 (newer edition).
    expect(create?.body.service).toEqual([
      '当面付',
      'app支付',
      'wap支付',
      '电脑支付',
      '商户代扣',
      '小程序支付'
    ])
  })

  it.each(['jsapi', 'preAuth', 'orderCode'] as const)(
    'refuses the undocumented ZFT service %s a draft may still hold',
    (service) => {
      expect(codes('enterprise', 'zft', (d) => d.payment.alipay.services.push(service))).toEqual([
        'alipay.service_undocumented payment.alipay.services'
      ])
    }
  )

  it('keeps the 当面付 service rate between 0.38 % and 0.6 % with two decimals at most', () => {
    const rate = (value: string) =>
      codes('individual', 'agent', (d) => (d.payment.alipay.rate = value))
    expect(rate('0.38')).toEqual([])
    expect(rate('0.6')).toEqual([])
    for (const wrong of ['0.37', '0.61', '0.385', '3']) {
      expect(rate(wrong)).toEqual(['alipay.rate_range payment.alipay.rate'])
    }
  })
})
