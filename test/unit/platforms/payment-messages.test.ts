import { describe, expect, it } from 'vitest'
import { LANGS } from '../../../src-main/domain/issue'
import { ALIPAY_NOTES } from '../../../src-main/platforms/alipay'
import {
  ALIPAY_REQUIREMENT_KEYS,
  PAYMENT_MESSAGES,
  WECHAT_PAY_REQUIREMENT_KEYS
} from '../../../src-main/platforms/payment-messages'
import { WECHAT_PAY_NOTES } from '../../../src-main/platforms/wechat-pay'

/** Issue codes the payment adapters and the key import can produce. */
const CODES = [
  'wechat-pay.settlement_id_subject',
  'wechat-pay.settlement_industry',
  'wechat-pay.settlement_id_unlisted',
  'alipay.mcc_unlisted',
  'wechat-pay.required',
  'wechat-pay.certificate_type',
  'wechat-pay.too_long',
  'wechat-pay.encrypt_too_long',
  'wechat-pay.id_doc_number_format',
  'wechat-pay.short_name_meaningless',
  'wechat-pay.short_name_person_name',
  'wechat-pay.business_code_format',
  'wechat-pay.business_code_reused',
  'wechat-pay.app_id_format',
  'wechat-pay.too_many_pictures',
  'wechat-pay.activity_id_format',
  'wechat-pay.activity_rate_format',
  'alipay.required',
  'alipay.subject_unsupported',
  'alipay.legal_id_type_unsupported',
  'alipay.legal_rep_in_person',
  'alipay.too_long',
  'alipay.account_format',
  'alipay.date_format',
  'alipay.bank_inst_id_format',
  'alipay.app_id_format',
  'alipay.rate_range',
  'alipay.service_undocumented',
  'keys.file_unreadable',
  'keys.malformed_file',
  'keys.private_key',
  'keys.wrong_key_type',
  'keys.key_too_small',
  'keys.key_id_missing',
  'keys.key_id_format',
  'keys.key_id_mismatch',
  'keys.certificate_expired',
  'keys.certificate_not_yet_valid',
  'keys.plaintext_too_long'
]

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort()
}

describe('PAYMENT_MESSAGES', () => {
  it('has every issue code, note and requirement id in both languages', () => {
    const ids = [
      ...CODES,
      ...WECHAT_PAY_NOTES,
      ...ALIPAY_NOTES,
      ...WECHAT_PAY_REQUIREMENT_KEYS.map((key) => `requirement.wechat-pay.${key}`),
      ...ALIPAY_REQUIREMENT_KEYS.map((key) => `requirement.alipay.${key}`)
    ]
    for (const id of ids) {
      for (const lang of LANGS) expect(PAYMENT_MESSAGES[id]?.[lang], `${id} ${lang}`).toBeTruthy()
    }
    expect(Object.keys(PAYMENT_MESSAGES).sort()).toEqual([...new Set(ids)].sort())
  })

  it('uses the same placeholders in both languages', () => {
    for (const [code, text] of Object.entries(PAYMENT_MESSAGES)) {
      expect(placeholders(text.en), code).toEqual(placeholders(text['zh-CN']))
    }
  })
})
