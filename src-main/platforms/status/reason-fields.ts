/**
 * Rejection reasons back to draft fields. WeChat Pay names the request field as a bare leaf
 * (`audit_detail[].field`, payment-onboarding.md §4: "map it back by leaf name"); everyone
 * else writes prose, so known phrases are matched, most specific first. A reason that
 * matches nothing is kept whole and shown with "no field recognised".
 */
const WECHAT_PAY_FIELDS: Readonly<Record<string, string>> = {
  business_license_copy: 'merchant.licence.photo',
  license_copy: 'merchant.licence.photo',
  cert_copy: 'merchant.licence.photo',
  license_number: 'merchant.licence.creditCode',
  cert_number: 'merchant.licence.creditCode',
  merchant_name: 'merchant.licence.registeredName',
  legal_person: 'merchant.licence.legalRepresentative',
  license_address: 'merchant.licence.registeredAddress',
  company_address: 'merchant.licence.registeredAddress',
  period_begin: 'merchant.licence.validFrom',
  period_end: 'merchant.licence.validTo',
  id_card_copy: 'merchant.legalRep.frontPhoto',
  id_doc_copy: 'merchant.legalRep.frontPhoto',
  id_card_national: 'merchant.legalRep.backPhoto',
  id_doc_copy_back: 'merchant.legalRep.backPhoto',
  id_card_name: 'merchant.legalRep.name',
  id_doc_name: 'merchant.legalRep.name',
  id_card_number: 'merchant.legalRep.idNumber',
  id_doc_number: 'merchant.legalRep.idNumber',
  id_card_address: 'merchant.legalRep.address',
  card_period_begin: 'merchant.legalRep.validFrom',
  card_period_end: 'merchant.legalRep.validTo',
  doc_period_begin: 'merchant.legalRep.validFrom',
  doc_period_end: 'merchant.legalRep.validTo',
  contact_name: 'merchant.contact.name',
  contact_id_number: 'merchant.contact.idNumber',
  mobile_phone: 'merchant.contact.mobile',
  contact_email: 'merchant.contact.email',
  business_authorization_letter: 'merchant.contact.authorizationLetter',
  merchant_shortname: 'merchant.business.shortName',
  service_phone: 'merchant.business.servicePhone',
  biz_store_name: 'merchant.business.store.name',
  biz_address_code: 'merchant.business.store.regionCode',
  biz_store_address: 'merchant.business.store.address',
  store_entrance_pic: 'merchant.business.store.entrancePhoto',
  indoor_pic: 'merchant.business.store.interiorPhoto',
  mini_program_appid: 'merchant.business.miniProgram.appId',
  mini_program_sub_appid: 'merchant.business.miniProgram.appId',
  mini_program_pics: 'merchant.business.miniProgram.screenshots',
  settlement_id: 'merchant.business.industry.wechatSettlementId',
  qualification_type: 'merchant.business.industry.wechatQualificationType',
  qualifications: 'merchant.qualifications',
  bank_account_type: 'merchant.settlement.accountType',
  account_name: 'merchant.settlement.accountName',
  account_bank: 'merchant.settlement.bankName',
  bank_address_code: 'merchant.settlement.regionCode',
  bank_branch_id: 'merchant.settlement.bankCode',
  bank_name: 'merchant.settlement.branchName',
  account_number: 'merchant.settlement.accountNumber'
}

/** Phrases seen in rejections (failure-modes.md rows 15, 16, 18, 21, 24, 26, 27, 36, 38). */
const PHRASES: readonly [RegExp, string][] = [
  [/身份证.{0,6}(已过期|即将过期|有效期)/, 'merchant.legalRep.validTo'],
  [/身份证.{0,8}(国徽面|背面)/, 'merchant.legalRep.backPhoto'],
  [/身份证.{0,8}(人像面|正面|照片)/, 'merchant.legalRep.frontPhoto'],
  [/身份证号码/, 'merchant.legalRep.idNumber'],
  [/营业执照.{0,4}(注册号|统一社会信用代码)|信用代码/, 'merchant.licence.creditCode'],
  [/营业执照.{0,4}有效期/, 'merchant.licence.validTo'],
  [/营业执照.{0,8}(照片|图片|不清晰|模糊)/, 'merchant.licence.photo'],
  [/(结算|银行)?账户名|开户名称/, 'merchant.settlement.accountName'],
  [/开户银行全称|支行/, 'merchant.settlement.branchName'],
  [/开户银行/, 'merchant.settlement.bankName'],
  [/银行账号|银行卡号/, 'merchant.settlement.accountNumber'],
  [/门头照/, 'merchant.business.store.entrancePhoto'],
  [/店内|经营场所照片|内景/, 'merchant.business.store.interiorPhoto'],
  [/商[户家]简称/, 'merchant.business.shortName'],
  [/客服电话/, 'merchant.business.servicePhone'],
  [/超级管理员|联系人/, 'merchant.contact.name'],
  [/所属行业|结算规则/, 'merchant.business.industry.wechatSettlementId'],
  [/主营.{0,4}业务|售卖内容/, 'merchant.business.industry.description'],
  [/商户名称/, 'merchant.licence.registeredName'],
  [/(小程序)?名称/, 'listing.name'],
  [/简介|描述/, 'listing.intro'],
  [/服务类目|类目/, 'listing.categories'],
  [/图标|头像|logo/i, 'listing.logo'],
  [/截图/, 'listing.screenshots'],
  [/隐私/, 'listing.privacy'],
  [/测试账号|测试帐号/, 'listing.testAccount']
]

/** The draft path a reason names: by the platform's field name first, then by phrase. */
export function fieldForReason(text: string, platformField?: string): string | undefined {
  const byField = platformField ? WECHAT_PAY_FIELDS[platformField] : undefined
  if (byField) return byField
  return PHRASES.find(([pattern]) => pattern.test(text))?.[1]
}
