import { describe, expect, it } from 'vitest'
import type { DraftContent } from '../../../src-main/domain/draft'
import type { BundlePart } from '../../../src-main/platforms/adapter'
import { PAYMENT_MESSAGES } from '../../../src-main/platforms/payment-messages'
import { checkImageAgainstSpec } from '../../../src-main/platforms/precheck'
import {
  startWechatResubmission,
  wechatBusinessCode,
  wechatPayAdapter,
  WECHAT_PAY_SLOTS
} from '../../../src-main/platforms/wechat-pay'
import {
  draftWith,
  fakeMedia,
  fields,
  loadDraft,
  loadExample,
  SUBJECTS,
  valueAt,
  type Subject
} from './payment-fixtures'

const options = { now: new Date('2026-11-25T02:00:00Z'), attempt: 1 }
const picture = (hex: string) => ({ sha256: hex.repeat(32) })

function applyment(draft: DraftContent, attempt = 1): BundlePart {
  const [part] = wechatPayAdapter.buildPayload(draft, fakeMedia, { ...options, attempt })
  if (!part) throw new Error('no applyment')
  return part
}

function codes(subject: Subject, change: (draft: DraftContent) => void): string[] {
  return wechatPayAdapter
    .validate(draftWith(subject, change))
    .map((found) => `${found.code} ${found.path}`)
}

describe('wechatPayAdapter.buildPayload', () => {
  it.each(SUBJECTS)('builds the %s applyment exactly as the recorded example', (subject) => {
    const parts = wechatPayAdapter.buildPayload(loadDraft(subject), fakeMedia, options)
    expect(fields(parts)).toEqual(fields(loadExample('wechat-pay', subject)))
  })

  it.each(SUBJECTS)(
    'sends the administrator’s document type for a SUPER administrator only (%s)',
    (subject) => {
      const contact = applyment(loadDraft(subject)).body.contact_info as Record<string, unknown>
      expect('contact_id_doc_type' in contact).toBe(contact.contact_type === 'SUPER')
    }
  )

  it('never sends an empty string, null or empty container', () => {
    for (const subject of SUBJECTS) {
      const part = applyment(loadDraft(subject))
      expect(JSON.stringify(part.body)).not.toMatch(/""|null|\[\]|\{\}/)
    }
  })

  it('encrypts every sensitive field once and records the key id when given an encryptor', () => {
    const draft = loadDraft('enterprise')
    const plain = applyment(draft)
    const encrypt = {
      keyId: 'PUB_KEY_ID_0114232019292025011600388800000000',
      encrypt: (text: string) => `enc:${text}`
    }
    const [sealed] = wechatPayAdapter.buildPayload(draft, fakeMedia, { ...options, encrypt })
    const marked = (plain.placeholders ?? []).filter((entry) => entry.kind === 'encrypt')
    expect(sealed?.encryption).toEqual({
      keyId: encrypt.keyId,
      pointers: marked.map((entry) => entry.pointer)
    })
    expect(sealed?.placeholders?.some((entry) => entry.kind === 'encrypt')).toBe(false)
    for (const { pointer } of marked) {
      expect(valueAt(sealed?.body, pointer)).toBe(`enc:${String(valueAt(plain.body, pointer))}`)
    }
    expect(marked.map((entry) => entry.pointer)).toContain(
      '/subject_info/ubo_info_list/0/ubo_id_doc_number'
    )
  })

  it('derives business_code from the prefix, credit code and the later of the two attempt counts', () => {
    const draft = loadDraft('enterprise')
    expect(applyment(draft).body.business_code).toBe('1900012345_91440305MA5G7K2L8A_1')
    expect(applyment(draft, 3).body.business_code).toBe('1900012345_91440305MA5G7K2L8A_3')
    expect(wechatBusinessCode(loadDraft('individual'), 2)).toBe('1900012345_92330106MA2H3C8R73_2')
  })

  it('gives a resubmission after rejection a fresh business_code and remembers the used one', () => {
    const draft = loadDraft('enterprise')
    const next = startWechatResubmission(draft)
    expect(next.attempt).toBe(2)
    expect(next.previousBusinessCodes).toEqual(['1900012345_91440305MA5G7K2L8A_1'])
    const resubmitted = { ...draft, payment: { ...draft.payment, wechat: next } }
    expect(applyment(resubmitted).body.business_code).toBe('1900012345_91440305MA5G7K2L8A_2')
    expect(wechatPayAdapter.validate(resubmitted)).toEqual([])
  })

  it('sends a financial institution’s type and licences', () => {
    const draft = draftWith('enterprise', (d) => {
      d.merchant.finance = {
        isFinancialInstitution: true,
        type: 'payment',
        licencePhotos: [picture('81')]
      }
    })
    const subject = applyment(draft).body.subject_info as Record<string, unknown>
    expect(subject.finance_institution).toBe(true)
    expect(subject.finance_institution_info).toEqual({
      finance_type: 'PAYMENT_AGENT',
      finance_license_pics: [`media/${'81'.repeat(32)}.jpg`]
    })
  })

  it('sends an agent-held identity as SUPER with the 法定代表人说明函 and no ID details', () => {
    const draft = draftWith('institution', (d) => {
      d.merchant.legalRep.holder = 'agent'
      d.merchant.legalRep.authorizationLetter = picture('b3')
      d.merchant.contact = { ...loadDraft('government').merchant.contact }
    })
    const subject = applyment(draft).body.subject_info as Record<string, unknown>
    expect(subject.identity_info).toEqual({
      id_holder_type: 'SUPER',
      authorize_letter_copy: `media/${'b3'.repeat(32)}.jpg`
    })
  })

  it('names an individual business without a licence name 个体户 + operator', () => {
    const draft = draftWith('individual', (d) => {
      d.merchant.licence.registeredName = '无'
    })
    const body = applyment(draft).body as {
      subject_info: { business_license_info: { merchant_name: string } }
    }
    expect(body.subject_info.business_license_info.merchant_name).toBe('个体户王秀英')
  })

  it('sends the full branch name for a bank outside the direct list when no bank code is known', () => {
    const draft = draftWith('institution', (d) => {
      d.merchant.settlement.bankCode = ''
    })
    const bank = applyment(draft).body.bank_account_info as Record<string, unknown>
    expect(bank.account_bank).toBe('其他银行')
    expect(bank.bank_name).toBe('上海农村商业银行张江科技支行')
    expect(bank).not.toHaveProperty('bank_branch_id')
  })

  it('sends no back picture for a passport', () => {
    const draft = draftWith('social', (d) => {
      d.merchant.legalRep.idDocType = 'passport'
      d.merchant.legalRep.idNumber = 'E12345678'
    })
    const identity = (applyment(draft).body.subject_info as Record<string, Record<string, unknown>>)
      .identity_info
    expect(identity?.id_doc_type).toBe('IDENTIFICATION_TYPE_OVERSEA_PASSPORT')
    expect(identity?.id_doc_info).not.toHaveProperty('id_doc_copy_back')
  })
})

describe('wechatPayAdapter media', () => {
  it('lists each picture the applyment uploads with its slot and draft path', () => {
    const uses = wechatPayAdapter.mediaUses(loadDraft('enterprise'))
    expect(uses).toHaveLength(13)
    expect(uses[0]).toEqual({
      slot: 'licence',
      path: 'merchant.licence.photo',
      source: 'a1'.repeat(32)
    })
    expect(uses).toContainEqual({
      slot: 'appScreenshot',
      path: 'merchant.business.app.screenshots.3',
      source: '74'.repeat(32)
    })
    for (const subject of SUBJECTS) {
      for (const use of wechatPayAdapter.mediaUses(loadDraft(subject))) {
        expect(wechatPayAdapter.mediaSpecs[use.slot]).toBeDefined()
      }
    }
  })

  it('accepts a JPEG of 5 KB to 2 MB in every slot and refuses one over 2 MB', () => {
    for (const slot of WECHAT_PAY_SLOTS) {
      const spec = wechatPayAdapter.mediaSpecs[slot]
      if (!spec) throw new Error(slot)
      for (const bytes of [5 * 1024, 2 * 1024 * 1024]) {
        expect(
          checkImageAgainstSpec(spec, { width: 1200, height: 900, bytes, format: 'jpeg' })
        ).toEqual([])
      }
      const tooBig = {
        width: 1200,
        height: 900,
        bytes: 2 * 1024 * 1024 + 1,
        format: 'jpeg' as const
      }
      expect(checkImageAgainstSpec(spec, tooBig).map((problem) => problem.check)).toEqual(['bytes'])
    }
  })
})

describe('wechatPayAdapter.requirements', () => {
  it.each(SUBJECTS)('has nothing due for the complete %s fixture', (subject) => {
    const due = wechatPayAdapter.requirements(loadDraft(subject)).filter((item) => !item.met)
    expect(due).toEqual([])
  })

  it('lists Merchant-step items before payment items, each with a message in both languages', () => {
    const items = wechatPayAdapter.requirements(loadDraft('individual'))
    const steps = items.map((item) => item.step)
    expect(steps.indexOf('payment')).toBeGreaterThan(steps.lastIndexOf('merchant'))
    for (const item of items) {
      expect(item.path).toMatch(/^(merchant|payment)\./)
      expect(PAYMENT_MESSAGES[`requirement.${item.id}`]).toBeDefined()
    }
  })

  it('adds the app scene’s items when the merchant adds the app scene', () => {
    const before = wechatPayAdapter.requirements(loadDraft('individual')).map((item) => item.id)
    const draft = draftWith('individual', (d) => {
      d.merchant.business.salesScenes.push('app')
    })
    const after = wechatPayAdapter.requirements(draft)
    expect(before).not.toContain('wechat-pay.app_app_id')
    expect(after.filter((item) => !item.met)).toEqual([
      {
        id: 'wechat-pay.app_app_id',
        step: 'merchant',
        path: 'merchant.business.app.appId',
        met: false
      },
      {
        id: 'wechat-pay.app_screenshots',
        step: 'merchant',
        path: 'merchant.business.app.screenshots',
        met: false
      }
    ])
  })

  it('asks for the agent’s ID and authorisation letter when an agent administers the account', () => {
    const draft = draftWith('enterprise', (d) => {
      d.merchant.contact.type = 'agent'
    })
    const due = wechatPayAdapter.requirements(draft).filter((item) => !item.met)
    expect(due.map((item) => item.id)).toEqual([
      'wechat-pay.contact_id_number',
      'wechat-pay.contact_id_validity',
      'wechat-pay.contact_id_front',
      'wechat-pay.contact_id_back',
      'wechat-pay.contact_authorization'
    ])
  })

  it('asks for both activity rates once a rate activity is chosen', () => {
    const draft = draftWith('enterprise', (d) => {
      d.payment.wechat.activityId = '20191030111cff5b5e'
    })
    const due = wechatPayAdapter.requirements(draft).filter((item) => !item.met)
    expect(due).toEqual([
      {
        id: 'wechat-pay.activity_debit_rate',
        step: 'payment',
        path: 'payment.wechat.debitActivityRate',
        met: false
      },
      {
        id: 'wechat-pay.activity_credit_rate',
        step: 'payment',
        path: 'payment.wechat.creditActivityRate',
        met: false
      }
    ])
  })

  it('asks for beneficial owners when the legal representative is not one', () => {
    const draft = draftWith('enterprise', (d) => {
      d.merchant.beneficialOwners = []
    })
    const due = wechatPayAdapter.requirements(draft).filter((item) => !item.met)
    expect(due.map((item) => item.path)).toEqual(['merchant.beneficialOwners'])
  })
})

describe('wechatPayAdapter.validate', () => {
  it.each(SUBJECTS)('finds nothing wrong with the complete %s fixture', (subject) => {
    expect(wechatPayAdapter.validate(loadDraft(subject))).toEqual([])
  })

  it('reports what WeChat needs beyond the profile, but not what the profile already reports', () => {
    expect(
      codes('enterprise', (d) => {
        d.merchant.business.industry.wechatSettlementId = ''
        d.merchant.business.industry.wechatQualificationType = ''
        d.merchant.business.industry.alipayMcc = '5812'
        d.merchant.licence.photo = null
      })
    ).toEqual([
      'wechat-pay.required merchant.business.industry.wechatSettlementId',
      'wechat-pay.required merchant.business.industry.wechatQualificationType'
    ])
  })

  it('refuses a certificate WeChat does not take for the subject type', () => {
    expect(
      codes('government', (d) => {
        d.merchant.licence.certificateType = 'governmentApproval'
      })
    ).toEqual(['wechat-pay.certificate_type merchant.licence.certificateType'])
  })

  it('measures lengths in UTF-8 bytes: 21 Chinese characters fit the short name, 22 do not', () => {
    const name = (length: number) => '山'.repeat(length)
    expect(codes('enterprise', (d) => (d.merchant.business.shortName = name(21)))).toEqual([])
    expect(codes('enterprise', (d) => (d.merchant.business.shortName = name(22)))).toEqual([
      'wechat-pay.too_long merchant.business.shortName'
    ])
  })

  it('keeps encrypted values within the 214 bytes RSA-OAEP can take', () => {
    const address = (length: number) => '路'.repeat(length)
    expect(codes('enterprise', (d) => (d.merchant.legalRep.address = address(71)))).toEqual([])
    expect(codes('enterprise', (d) => (d.merchant.legalRep.address = address(72)))).toEqual([
      'wechat-pay.encrypt_too_long merchant.legalRep.address'
    ])
  })

  it('needs 8–30 characters for document numbers other than the resident ID', () => {
    const withNumber = (number: string) =>
      codes('social', (d) => {
        d.merchant.legalRep.idDocType = 'passport'
        d.merchant.legalRep.idNumber = number
      })
    expect(withNumber('E12345678')).toEqual([])
    expect(withNumber('E123456')).toEqual([
      'wechat-pay.id_doc_number_format merchant.legalRep.idNumber'
    ])
  })

  it('refuses a meaningless short name', () => {
    expect(codes('enterprise', (d) => (d.merchant.business.shortName = '山海特约商户'))).toEqual([
      'wechat-pay.short_name_meaningless merchant.business.shortName'
    ])
    expect(codes('enterprise', (d) => (d.merchant.business.shortName = '8008'))).toEqual([
      'wechat-pay.short_name_meaningless merchant.business.shortName'
    ])
  })

  it('refuses a short name that is only a person’s name', () => {
    expect(codes('enterprise', (d) => (d.merchant.business.shortName = '刘晓梅'))).toEqual([
      'wechat-pay.short_name_person_name merchant.business.shortName'
    ])
    expect(codes('enterprise', (d) => (d.merchant.business.shortName = '刘晓梅咖啡'))).toEqual([])
  })

  it('keeps business_code to digits, letters and underscores', () => {
    expect(codes('enterprise', (d) => (d.payment.wechat.businessCodePrefix = 'ISV-01'))).toEqual([
      'wechat-pay.business_code_format payment.wechat.businessCodePrefix'
    ])
    expect(codes('enterprise', (d) => (d.payment.wechat.businessCodePrefix = 'ISV_01'))).toEqual([])
  })

  it('refuses to send a business_code an earlier application used', () => {
    expect(
      codes('individual', (d) => {
        d.payment.wechat.attempt = 1
      })
    ).toEqual(['wechat-pay.business_code_reused payment.wechat.attempt'])
  })

  it('binds only WeChat app ids', () => {
    expect(
      codes('enterprise', (d) => (d.merchant.business.miniProgram.appId = '2021004123456789'))
    ).toEqual(['wechat-pay.app_id_format merchant.business.miniProgram.appId'])
  })

  it('sends at most five qualification pictures', () => {
    const six = (d: DraftContent) => {
      d.merchant.qualifications = Array.from({ length: 6 }, () => ({
        ...loadDraft('enterprise').merchant.qualifications[0]!
      }))
    }
    expect(codes('enterprise', six)).toEqual([
      'wechat-pay.too_many_pictures merchant.qualifications'
    ])
  })

  it('checks the rate activity id and rates', () => {
    expect(codes('individual', (d) => (d.payment.wechat.activityId = '2019-1030'))).toEqual([
      'wechat-pay.activity_id_format payment.wechat.activityId'
    ])
    expect(codes('individual', (d) => (d.payment.wechat.debitActivityRate = '0.38%'))).toEqual([
      'wechat-pay.activity_rate_format payment.wechat.debitActivityRate'
    ])
  })
})
