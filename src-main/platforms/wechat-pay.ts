import { WECHAT_OTHER_BANK } from '../domain/banks'
import type { DraftContent } from '../domain/draft'
import { hasBackSide } from '../domain/identifiers/id-document'
import { issue, type Issue } from '../domain/issue'
import {
  holdsBusinessLicence,
  legalRepHolder,
  mayDelegateLegalRep
} from '../domain/merchant-fields'
import type { IdDocType, MerchantProfile } from '../domain/merchant-profile'
import type { MediaRef } from '../domain/media-ref'
import type { WechatPaySetup } from '../domain/payment-setup'
import { normalizeCreditCode, normalizeMerchantProfile, sameName } from '../domain/text'
import type { ImageSpec } from './adapter'
import type { WechatPayRequirementKey } from './payment-messages'
import {
  WECHAT_CERTIFICATE_TYPES,
  WECHAT_CERTIFICATES_BY_SUBJECT,
  WECHAT_FINANCE_TYPES,
  WECHAT_ID_DOC_TYPES,
  WECHAT_SALES_SCENES,
  WECHAT_SUBJECT_TYPES,
  wechatDirectBank
} from './payment-codes'
import {
  dueList,
  mediaUsesOf,
  picture,
  pictures,
  renderCall,
  SecretNode,
  specsForSlots,
  toRequirements,
  unmetIssues,
  utf8Length,
  type BodyTree,
  type CallPlan,
  type DueItem,
  type DueList,
  type PaymentAdapter
} from './payment-payload'
import { checkSettlementRule } from './payment-categories'
import { WECHAT_SETTLEMENT_TABLE } from './payment-category-tables'

/**
 * WeChat Pay 特约商户进件 (payment-onboarding.md §2–§6): one `POST /v3/applyment4sub/applyment/`
 * whose pictures are media ids the uploader gets from `/v3/merchant/media/upload` (here
 * placeholders pointing at the bundle's files) and whose personal data is RSA-OAEP encrypted
 * with the WeChat Pay public key or platform certificate (here when the key was imported,
 * else marked for the uploader). Keys follow the published field order.
 */

export const WECHAT_APPLYMENT_ENDPOINT = 'POST /v3/applyment4sub/applyment/'

/** §3.1: JPG, BMP or PNG, at most 2 MB (the stricter of the two published pages). */
export const WECHAT_PAY_IMAGE: ImageSpec = {
  formats: ['jpeg', 'png', 'bmp'],
  maxBytes: 2 * 1024 * 1024
}

export const WECHAT_PAY_SLOTS = [
  'licence',
  'certificateLetter',
  'financeLicence',
  'legalRepIdFront',
  'legalRepIdBack',
  'legalRepAuthorization',
  'ownerIdFront',
  'ownerIdBack',
  'contactIdFront',
  'contactIdBack',
  'contactAuthorization',
  'storeEntrance',
  'storeInterior',
  'officialAccountScreenshot',
  'miniProgramScreenshot',
  'appScreenshot',
  'websiteAuthorisation',
  'qualification'
] as const

/**
 * RSA-2048 with OAEP/SHA-1 takes at most 256 − 2·20 − 2 bytes of plaintext (§6); the listed
 * maxima of encrypted fields are all larger, so this is their real limit.
 */
export const WECHAT_ENCRYPT_MAX_BYTES = 214

/** `business_code`: only digits, letters and `_`, at most 124. */
const BUSINESS_CODE = /^[0-9A-Za-z_]{1,124}$/
/** `id_doc_number` of documents other than the resident ID: 8–30 digits, letters, hyphens. */
const ID_DOC_NUMBER = /^[0-9A-Za-z-]{8,30}$/
const WECHAT_APP_ID = /^wx[0-9a-f]{16}$/
/** Rates are percent numbers with at most two decimals and no `%` (`0.6` is 0.6 %). */
const RATE = /^\d+(\.\d{1,2})?$/
/** §2.5: reviewers reject filler such as `XX特约商户`, `800`, `XX客服电话XXX`. */
const MEANINGLESS_SHORT_NAME = /特约商户|客服电话|^[\d\p{P}\p{S}\s]+$/u
/** §2.6: `qualifications`, like every picture list of the request, holds at most 5. */
const MAX_QUALIFICATIONS = 5
const MIN_APP_SCREENSHOTS = 4

/** The stricter readings this adapter takes where the facts are uncertain (shown in the summary). */
export const WECHAT_PAY_NOTES = [
  'wechat-pay.note.length_bytes',
  'wechat-pay.note.contact_id_number',
  'wechat-pay.note.openid_plain',
  'wechat-pay.note.bank_account_required',
  'wechat-pay.note.direct_banks',
  'wechat-pay.note.licence_number',
  'wechat-pay.note.scene_pictures',
  'wechat-pay.note.activity_rates',
  'wechat-pay.note.settlement_table'
] as const

/**
 * The application's identity: the prefix (the provider's 商户号), the merchant's credit code
 * and the attempt. Stable for a merchant × attempt; a new attempt gives a new code.
 */
export function wechatBusinessCode(draft: DraftContent, attempt: number): string {
  const prefix = draft.payment.wechat.businessCodePrefix.trim()
  const creditCode = normalizeCreditCode(draft.merchant.licence.creditCode)
  return [prefix, creditCode, String(attempt)].filter((part) => part !== '').join('_')
}

/**
 * The setup for a resubmission under a new code (WeChat Pay's FAQ; a reused one kept showing
 * the old rejection, failure-modes.md row 33): the next attempt, with the code just used kept
 * so it is never sent again. The API doc's same-code rule needs no change to the draft
 * (wechat-pay-resubmission.ts offers both).
 */
export function startWechatResubmission(draft: DraftContent): WechatPaySetup {
  const setup = draft.payment.wechat
  const used = wechatBusinessCode(draft, setup.attempt)
  return {
    ...setup,
    attempt: setup.attempt + 1,
    previousBusinessCodes: [...setup.previousBusinessCodes.filter((code) => code !== used), used]
  }
}

interface Identity {
  idDocType: IdDocType
  name: string
  idNumber: string
  validFrom: string
  validTo: string
  longTerm: boolean
  frontPhoto: MediaRef
  backPhoto: MediaRef
}

function periodEnd(period: { validTo: string; longTerm: boolean }): string {
  return period.longTerm ? '长期' : period.validTo
}

/** 个体户 whose licence prints no name (or `无`) apply as `个体户` + the operator's name. */
function merchantName(profile: MerchantProfile): string {
  const { registeredName, legalRepresentative } = profile.licence
  if (profile.subjectType !== 'individual') return registeredName
  return registeredName !== '' && registeredName !== '无'
    ? registeredName
    : `个体户${legalRepresentative}`
}

interface BankChoice {
  accountBank: string
  branchId: string
  branchName: string
}

/** `account_bank` and, for banks outside WeChat's direct list, the branch that identifies it. */
function bankChoice(profile: MerchantProfile): BankChoice {
  const { bankName, branchName, bankCode } = profile.settlement
  const direct = wechatDirectBank(bankName)
  if (direct) return { accountBank: direct, branchId: '', branchName: '' }
  // One of 联行号 / full branch name is enough; sending both invites a mismatch rejection.
  const fullName = branchName.startsWith(bankName) ? branchName : `${bankName}${branchName}`
  return {
    accountBank: WECHAT_OTHER_BANK,
    branchId: bankCode,
    branchName: bankCode === '' ? fullName : ''
  }
}

/** The administrator's document: their own as an agent, the legal representative's otherwise. */
function contactDocument(profile: MerchantProfile): Identity | null {
  if (profile.contact.type === 'agent') return profile.contact
  return legalRepHolder(profile) === 'legal' ? profile.legalRep : null
}

function contactInfo(profile: MerchantProfile): BodyTree {
  const { contact } = profile
  const agent = contact.type === 'agent'
  const document = contactDocument(profile)
  const number = document?.idNumber ?? ''
  return {
    contact_type: agent ? 'SUPER' : 'LEGAL',
    contact_name: new SecretNode(contact.name),
    // Documented for SUPER only: "当超级管理员类型是经办人时，请上传超级管理员证件类型" (WxJava
    // WxPayApplyment4SubCreateRequest.ContactInfo; payment-onboarding.md §2.3). A LEGAL
    // administrator's document is the legal representative's, typed in identity_info.
    contact_id_doc_type:
      agent && document && number !== '' ? WECHAT_ID_DOC_TYPES[document.idDocType] : '',
    // [U] Older editions require the number (or an openid) for LEGAL too: sent always.
    contact_id_number: new SecretNode(number),
    ...(agent
      ? {
          contact_id_doc_copy: picture(
            'contactIdFront',
            'merchant.contact.frontPhoto',
            contact.frontPhoto
          ),
          contact_id_doc_copy_back: hasBackSide(contact.idDocType)
            ? picture('contactIdBack', 'merchant.contact.backPhoto', contact.backPhoto)
            : undefined,
          contact_period_begin: contact.validFrom,
          contact_period_end: periodEnd(contact),
          business_authorization_letter: picture(
            'contactAuthorization',
            'merchant.contact.authorizationLetter',
            contact.authorizationLetter
          )
        }
      : {}),
    // [U] `openid`: only one transcription says encrypt, the maintained SDKs send it plain;
    // Kaitong does not send it at all, the ID number above identifies the administrator.
    mobile_phone: new SecretNode(contact.mobile),
    contact_email: new SecretNode(contact.email)
  }
}

function licenceInfo(profile: MerchantProfile): BodyTree {
  const { licence } = profile
  const photo = picture('licence', 'merchant.licence.photo', licence.photo)
  if (holdsBusinessLicence(profile.subjectType)) {
    return {
      business_license_info: {
        license_copy: photo,
        license_number: licence.creditCode,
        merchant_name: merchantName(profile),
        legal_person: licence.legalRepresentative,
        license_address: licence.registeredAddress,
        // Optional, but applications without them get rejected (failure-modes.md row 15).
        period_begin: licence.validFrom,
        period_end: periodEnd(licence)
      }
    }
  }
  const type = licence.certificateType
  return {
    certificate_info: {
      cert_copy: photo,
      cert_type: type ? (WECHAT_CERTIFICATE_TYPES[type] ?? '') : '',
      cert_number: licence.creditCode,
      merchant_name: licence.registeredName,
      company_address: licence.registeredAddress,
      legal_person: licence.legalRepresentative,
      period_begin: licence.validFrom,
      period_end: periodEnd(licence)
    }
  }
}

function identityInfo(profile: MerchantProfile): BodyTree {
  const { legalRep, subjectType } = profile
  const enterprise = subjectType === 'enterprise'
  const byLegal = legalRepHolder(profile) === 'legal'
  const front = picture('legalRepIdFront', 'merchant.legalRep.frontPhoto', legalRep.frontPhoto)
  const back = picture('legalRepIdBack', 'merchant.legalRep.backPhoto', legalRep.backPhoto)
  const address = enterprise ? new SecretNode(legalRep.address) : undefined
  const residentId = legalRep.idDocType === 'residentId'
  return {
    id_holder_type: mayDelegateLegalRep(subjectType) ? (byLegal ? 'LEGAL' : 'SUPER') : undefined,
    id_doc_type: byLegal ? WECHAT_ID_DOC_TYPES[legalRep.idDocType] : undefined,
    authorize_letter_copy: byLegal
      ? undefined
      : picture(
          'legalRepAuthorization',
          'merchant.legalRep.authorizationLetter',
          legalRep.authorizationLetter
        ),
    id_card_info:
      byLegal && residentId
        ? {
            id_card_copy: front,
            id_card_national: back,
            id_card_name: new SecretNode(legalRep.name),
            id_card_number: new SecretNode(legalRep.idNumber),
            id_card_address: address,
            card_period_begin: legalRep.validFrom,
            card_period_end: periodEnd(legalRep)
          }
        : undefined,
    id_doc_info:
      byLegal && !residentId
        ? {
            id_doc_copy: front,
            id_doc_copy_back: hasBackSide(legalRep.idDocType) ? back : undefined,
            id_doc_name: new SecretNode(legalRep.name),
            id_doc_number: new SecretNode(legalRep.idNumber),
            id_doc_address: address,
            doc_period_begin: legalRep.validFrom,
            doc_period_end: periodEnd(legalRep)
          }
        : undefined,
    owner: enterprise ? legalRep.isBeneficialOwner : undefined
  }
}

function subjectInfo(profile: MerchantProfile): BodyTree {
  const { subjectType, licence, finance } = profile
  const financial = subjectType !== 'individual' && finance.isFinancialInstitution
  return {
    subject_type: WECHAT_SUBJECT_TYPES[subjectType],
    finance_institution: financial ? true : undefined,
    ...licenceInfo(profile),
    certificate_letter_copy: mayDelegateLegalRep(subjectType)
      ? picture(
          'certificateLetter',
          'merchant.licence.certificateLetterPhoto',
          licence.certificateLetterPhoto
        )
      : undefined,
    finance_institution_info: financial
      ? {
          finance_type: finance.type ? WECHAT_FINANCE_TYPES[finance.type] : '',
          finance_license_pics: pictures(
            'financeLicence',
            'merchant.finance.licencePhotos',
            finance.licencePhotos
          )
        }
      : undefined,
    identity_info: identityInfo(profile),
    ubo_info_list:
      subjectType === 'enterprise'
        ? profile.beneficialOwners.map((owner, index) => {
            const base = `merchant.beneficialOwners.${index}`
            return {
              ubo_id_doc_type: WECHAT_ID_DOC_TYPES[owner.idDocType],
              ubo_id_doc_copy: picture('ownerIdFront', `${base}.frontPhoto`, owner.frontPhoto),
              ubo_id_doc_copy_back: hasBackSide(owner.idDocType)
                ? picture('ownerIdBack', `${base}.backPhoto`, owner.backPhoto)
                : undefined,
              ubo_id_doc_name: new SecretNode(owner.name),
              ubo_id_doc_number: new SecretNode(owner.idNumber),
              ubo_id_doc_address: new SecretNode(owner.address),
              ubo_period_begin: owner.validFrom,
              ubo_period_end: periodEnd(owner)
            }
          })
        : undefined
  }
}

function businessInfo(profile: MerchantProfile): BodyTree {
  const { business } = profile
  const { salesScenes, store, officialAccount, miniProgram, app, website } = business
  const has = (scene: (typeof salesScenes)[number]): boolean => salesScenes.includes(scene)
  const path = 'merchant.business'
  return {
    merchant_shortname: business.shortName,
    service_phone: business.servicePhone,
    sales_info: {
      sales_scenes_type: WECHAT_SALES_SCENES.filter(({ scene }) => has(scene)).map(
        ({ code }) => code
      ),
      biz_store_info: has('store')
        ? {
            biz_store_name: store.name,
            biz_address_code: store.regionCode,
            biz_store_address: store.address,
            store_entrance_pic: [
              picture('storeEntrance', `${path}.store.entrancePhoto`, store.entrancePhoto)
            ],
            indoor_pic: [
              picture('storeInterior', `${path}.store.interiorPhoto`, store.interiorPhoto)
            ]
          }
        : undefined,
      // The profile's app ids are the merchant's own (same subject), hence the sub_appid fields.
      mp_info: has('officialAccount')
        ? {
            mp_sub_appid: officialAccount.appId,
            mp_pics: pictures(
              'officialAccountScreenshot',
              `${path}.officialAccount.screenshots`,
              officialAccount.screenshots
            )
          }
        : undefined,
      mini_program_info: has('miniProgram')
        ? {
            mini_program_sub_appid: miniProgram.appId,
            mini_program_pics: pictures(
              'miniProgramScreenshot',
              `${path}.miniProgram.screenshots`,
              miniProgram.screenshots
            )
          }
        : undefined,
      app_info: has('app')
        ? {
            app_sub_appid: app.appId,
            app_pics: pictures('appScreenshot', `${path}.app.screenshots`, app.screenshots)
          }
        : undefined,
      web_info: has('website')
        ? {
            domain: website.url,
            web_authorisation: picture(
              'websiteAuthorisation',
              `${path}.website.authorisationLetter`,
              website.authorisationLetter
            )
          }
        : undefined
    }
  }
}

function applymentBody(
  profile: MerchantProfile,
  setup: WechatPaySetup,
  businessCode: string
): BodyTree {
  const { industry } = profile.business
  const { settlement } = profile
  const bank = bankChoice(profile)
  return {
    business_code: businessCode,
    contact_info: contactInfo(profile),
    subject_info: subjectInfo(profile),
    business_info: businessInfo(profile),
    settlement_info: {
      settlement_id: industry.wechatSettlementId,
      qualification_type: industry.wechatQualificationType,
      qualifications: profile.qualifications.map((qualification, index) =>
        picture('qualification', `merchant.qualifications.${index}.photo`, qualification.photo)
      ),
      activities_id: setup.activityId,
      // `activities_rate` was withdrawn on 2023-09-18 in favour of these two.
      debit_activities_rate: setup.activityId !== '' ? setup.debitActivityRate : '',
      credit_activities_rate: setup.activityId !== '' ? setup.creditActivityRate : ''
    },
    // [U] Older editions let some settlement ids omit the account; always sent, as now required.
    bank_account_info: {
      bank_account_type:
        settlement.accountType === 'personal'
          ? 'BANK_ACCOUNT_TYPE_PERSONAL'
          : settlement.accountType === 'corporate'
            ? 'BANK_ACCOUNT_TYPE_CORPORATE'
            : '',
      account_name: new SecretNode(settlement.accountName),
      account_bank: bank.accountBank,
      bank_address_code: settlement.regionCode,
      bank_branch_id: bank.branchId,
      bank_name: bank.branchName,
      account_number: new SecretNode(settlement.accountNumber)
    },
    addition_info: { business_addition_msg: industry.description }
  }
}

function applymentPlan(draft: DraftContent, attempt: number): CallPlan {
  const profile = normalizeMerchantProfile(draft.merchant)
  return {
    name: 'applyment',
    endpoint: WECHAT_APPLYMENT_ENDPOINT,
    contentType: 'json',
    body: applymentBody(profile, draft.payment.wechat, wechatBusinessCode(draft, attempt))
  }
}

function identityDue(
  due: DueList<WechatPayRequirementKey>,
  key: 'legal_rep' | 'owner' | 'contact',
  base: string,
  person: Identity,
  withName: boolean
): void {
  if (withName) due.add(`${key}_name`, `${base}.name`, person.name !== '')
  due.add(`${key}_id_number`, `${base}.idNumber`, person.idNumber !== '')
  const validityMet = person.validFrom !== '' && (person.longTerm || person.validTo !== '')
  due.add(
    `${key}_id_validity`,
    `${base}.${person.validFrom === '' ? 'validFrom' : 'validTo'}`,
    validityMet
  )
  due.add(`${key}_id_front`, `${base}.frontPhoto`, person.frontPhoto !== null)
  due.when(
    hasBackSide(person.idDocType),
    `${key}_id_back`,
    `${base}.backPhoto`,
    person.backPhoto !== null
  )
}

function dueItems(draft: DraftContent): DueItem[] {
  const profile = normalizeMerchantProfile(draft.merchant)
  const setup = draft.payment.wechat
  const { subjectType, licence, finance, legalRep, contact, business, settlement } = profile
  const due = dueList<WechatPayRequirementKey>('wechat-pay')
  const licensed = holdsBusinessLicence(subjectType)

  due.add('licence_photo', 'merchant.licence.photo', licence.photo !== null)
  due.add('licence_number', 'merchant.licence.creditCode', licence.creditCode !== '')
  due.when(
    subjectType !== 'individual',
    'registered_name',
    'merchant.licence.registeredName',
    licence.registeredName !== ''
  )
  due.add(
    'legal_person',
    'merchant.licence.legalRepresentative',
    licence.legalRepresentative !== ''
  )
  const certificate = licence.certificateType
  if (!licensed) {
    // A certificate WeChat does not take for this subject (政府机关: only 2389) gets its own message.
    const accepted =
      certificate !== null && WECHAT_CERTIFICATES_BY_SUBJECT[subjectType].includes(certificate)
    const code = certificate !== null && !accepted ? 'wechat-pay.certificate_type' : undefined
    due.add('certificate_type', 'merchant.licence.certificateType', accepted, code)
  }
  due.when(
    !licensed,
    'registered_address',
    'merchant.licence.registeredAddress',
    licence.registeredAddress !== ''
  )
  const licenceValidity = licence.validFrom !== '' && (licence.longTerm || licence.validTo !== '')
  due.add(
    'licence_validity',
    `merchant.licence.${licence.validFrom === '' ? 'validFrom' : 'validTo'}`,
    licenceValidity
  )
  const financial = subjectType !== 'individual' && finance.isFinancialInstitution
  due.when(financial, 'finance_type', 'merchant.finance.type', finance.type !== null)
  due.when(
    financial,
    'finance_licence_photos',
    'merchant.finance.licencePhotos',
    finance.licencePhotos.length > 0
  )

  if (legalRepHolder(profile) === 'legal') {
    identityDue(due, 'legal_rep', 'merchant.legalRep', legalRep, true)
    due.when(
      subjectType === 'enterprise',
      'legal_rep_address',
      'merchant.legalRep.address',
      legalRep.address !== ''
    )
  } else {
    due.add(
      'legal_rep_authorization',
      'merchant.legalRep.authorizationLetter',
      legalRep.authorizationLetter !== null
    )
  }
  if (subjectType === 'enterprise') {
    due.add(
      'beneficial_owner_answer',
      'merchant.legalRep.isBeneficialOwner',
      legalRep.isBeneficialOwner !== null
    )
    due.when(
      legalRep.isBeneficialOwner === false,
      'beneficial_owners',
      'merchant.beneficialOwners',
      profile.beneficialOwners.length > 0
    )
    profile.beneficialOwners.forEach((owner, index) => {
      const base = `merchant.beneficialOwners.${index}`
      identityDue(due, 'owner', base, owner, true)
      due.add('owner_address', `${base}.address`, owner.address !== '')
    })
  }

  due.add('contact_name', 'merchant.contact.name', contact.name !== '')
  due.add('contact_mobile', 'merchant.contact.mobile', contact.mobile !== '')
  due.add('contact_email', 'merchant.contact.email', contact.email !== '')
  if (contact.type === 'agent') {
    identityDue(due, 'contact', 'merchant.contact', contact, false)
    due.add(
      'contact_authorization',
      'merchant.contact.authorizationLetter',
      contact.authorizationLetter !== null
    )
  }

  const { industry, salesScenes, store, officialAccount, miniProgram, app, website } = business
  due.add('short_name', 'merchant.business.shortName', business.shortName !== '')
  due.add('service_phone', 'merchant.business.servicePhone', business.servicePhone !== '')
  due.add(
    'wechat_settlement_id',
    'merchant.business.industry.wechatSettlementId',
    industry.wechatSettlementId !== ''
  )
  due.add(
    'wechat_qualification_type',
    'merchant.business.industry.wechatQualificationType',
    industry.wechatQualificationType !== ''
  )
  due.add('sales_scenes', 'merchant.business.salesScenes', salesScenes.length > 0)
  const scene = 'merchant.business'
  if (salesScenes.includes('store')) {
    due.add('store_name', `${scene}.store.name`, store.name !== '')
    due.add('store_region', `${scene}.store.regionCode`, store.regionCode !== '')
    due.add('store_address', `${scene}.store.address`, store.address !== '')
    due.add('store_entrance_photo', `${scene}.store.entrancePhoto`, store.entrancePhoto !== null)
    due.add('store_interior_photo', `${scene}.store.interiorPhoto`, store.interiorPhoto !== null)
  }
  if (salesScenes.includes('officialAccount')) {
    due.add(
      'official_account_app_id',
      `${scene}.officialAccount.appId`,
      officialAccount.appId !== ''
    )
    due.add(
      'official_account_screenshots',
      `${scene}.officialAccount.screenshots`,
      officialAccount.screenshots.length > 0
    )
  }
  if (salesScenes.includes('miniProgram')) {
    due.add('mini_program_app_id', `${scene}.miniProgram.appId`, miniProgram.appId !== '')
    // [U] Required only "if not built or launched", which Kaitong cannot know: always asked.
    due.add(
      'mini_program_screenshots',
      `${scene}.miniProgram.screenshots`,
      miniProgram.screenshots.length > 0
    )
  }
  if (salesScenes.includes('app')) {
    due.add('app_app_id', `${scene}.app.appId`, app.appId !== '')
    // One each of 首页, 尾页, 应用内 and 支付页.
    due.add(
      'app_screenshots',
      `${scene}.app.screenshots`,
      app.screenshots.length >= MIN_APP_SCREENSHOTS
    )
  }
  if (salesScenes.includes('website')) {
    due.add('website_url', `${scene}.website.url`, website.url !== '')
  }

  due.add('account_type', 'merchant.settlement.accountType', settlement.accountType !== null)
  due.add('account_name', 'merchant.settlement.accountName', settlement.accountName !== '')
  due.add('bank_name', 'merchant.settlement.bankName', settlement.bankName !== '')
  due.add('bank_region', 'merchant.settlement.regionCode', settlement.regionCode !== '')
  due.when(
    settlement.bankName !== '' && wechatDirectBank(settlement.bankName) === null,
    'bank_branch',
    'merchant.settlement.branchName',
    settlement.branchName !== '' || settlement.bankCode !== ''
  )
  due.add('account_number', 'merchant.settlement.accountNumber', settlement.accountNumber !== '')

  // [U] Since 2023-09-18 the activity rate is split in two; both asked for with an activity.
  const activity = setup.activityId !== ''
  due.when(
    activity,
    'activity_debit_rate',
    'payment.wechat.debitActivityRate',
    setup.debitActivityRate !== ''
  )
  due.when(
    activity,
    'activity_credit_rate',
    'payment.wechat.creditActivityRate',
    setup.creditActivityRate !== ''
  )
  return due.items()
}

interface Measured {
  path: string
  value: string
  max: number
}

/** Fields sent as typed, with the listed N read as UTF-8 bytes (§0.5 [D]). */
function plainFields(profile: MerchantProfile): Measured[] {
  const { licence, business } = profile
  const { store, website, industry, salesScenes } = business
  const licensed = holdsBusinessLicence(profile.subjectType)
  const fields: Measured[] = [
    { path: 'merchant.business.shortName', value: business.shortName, max: 64 },
    { path: 'merchant.business.servicePhone', value: business.servicePhone, max: 32 },
    { path: 'merchant.licence.creditCode', value: licence.creditCode, max: 32 },
    { path: 'merchant.licence.registeredName', value: merchantName(profile), max: 128 },
    { path: 'merchant.licence.legalRepresentative', value: licence.legalRepresentative, max: 64 },
    {
      path: 'merchant.licence.registeredAddress',
      value: licence.registeredAddress,
      max: licensed ? 256 : 128
    },
    {
      path: 'merchant.business.industry.wechatQualificationType',
      value: industry.wechatQualificationType,
      max: 128
    },
    { path: 'merchant.business.industry.description', value: industry.description, max: 512 },
    {
      path: 'merchant.settlement.branchName',
      value: bankChoice(profile).branchName,
      max: 128
    }
  ]
  if (salesScenes.includes('store')) {
    fields.push(
      { path: 'merchant.business.store.name', value: store.name, max: 128 },
      { path: 'merchant.business.store.address', value: store.address, max: 128 }
    )
  }
  if (salesScenes.includes('website')) {
    fields.push({ path: 'merchant.business.website.url', value: website.url, max: 1024 })
  }
  return fields
}

/** Every value the request encrypts, with its draft path. */
function secretFields(profile: MerchantProfile): Array<{ path: string; value: string }> {
  const { contact, legalRep, settlement } = profile
  const document = contactDocument(profile)
  const fields = [
    { path: 'merchant.contact.name', value: contact.name },
    { path: 'merchant.contact.mobile', value: contact.mobile },
    { path: 'merchant.contact.email', value: contact.email },
    {
      path: contact.type === 'agent' ? 'merchant.contact.idNumber' : 'merchant.legalRep.idNumber',
      value: document?.idNumber ?? ''
    },
    { path: 'merchant.settlement.accountName', value: settlement.accountName },
    { path: 'merchant.settlement.accountNumber', value: settlement.accountNumber }
  ]
  if (legalRepHolder(profile) === 'legal') {
    fields.push(
      { path: 'merchant.legalRep.name', value: legalRep.name },
      { path: 'merchant.legalRep.idNumber', value: legalRep.idNumber }
    )
    if (profile.subjectType === 'enterprise') {
      fields.push({ path: 'merchant.legalRep.address', value: legalRep.address })
    }
  }
  if (profile.subjectType === 'enterprise') {
    profile.beneficialOwners.forEach((owner, index) => {
      const base = `merchant.beneficialOwners.${index}`
      fields.push(
        { path: `${base}.name`, value: owner.name },
        { path: `${base}.idNumber`, value: owner.idNumber },
        { path: `${base}.address`, value: owner.address }
      )
    })
  }
  return fields
}

/** People whose documents WeChat reads as `id_doc_*` (not the resident ID card). */
function documentHolders(profile: MerchantProfile): Array<{ base: string; person: Identity }> {
  const holders: Array<{ base: string; person: Identity }> = []
  if (legalRepHolder(profile) === 'legal')
    holders.push({ base: 'merchant.legalRep', person: profile.legalRep })
  if (profile.subjectType === 'enterprise') {
    profile.beneficialOwners.forEach((owner, index) => {
      holders.push({ base: `merchant.beneficialOwners.${index}`, person: owner })
    })
  }
  if (profile.contact.type === 'agent')
    holders.push({ base: 'merchant.contact', person: profile.contact })
  return holders
}

function checkShortName(profile: MerchantProfile, issues: Issue[]): void {
  const { shortName } = profile.business
  if (shortName === '') return
  const path = 'merchant.business.shortName'
  if (MEANINGLESS_SHORT_NAME.test(shortName))
    issues.push(issue('wechat-pay.short_name_meaningless', path, 'error'))
  // The profile already refuses the legal representative's own name; WeChat refuses any
  // bare person's name (个体户张三 or 张三餐饮店 are fine).
  const people = [
    profile.licence.legalRepresentative,
    profile.contact.name,
    ...profile.beneficialOwners.map((owner) => owner.name)
  ].filter((name) => name !== '' && !sameName(name, profile.legalRep.name))
  if (people.some((name) => sameName(name, shortName))) {
    issues.push(issue('wechat-pay.short_name_person_name', path, 'error'))
  }
}

function checkBusinessCode(draft: DraftContent, issues: Issue[]): void {
  const setup = draft.payment.wechat
  const code = wechatBusinessCode(draft, setup.attempt)
  if (!BUSINESS_CODE.test(code)) {
    issues.push(
      issue('wechat-pay.business_code_format', 'payment.wechat.businessCodePrefix', 'error', {
        max: 124
      })
    )
  }
  if (setup.previousBusinessCodes.includes(code)) {
    issues.push(
      issue('wechat-pay.business_code_reused', 'payment.wechat.attempt', 'error', { code })
    )
  }
}

function checkScenes(profile: MerchantProfile, issues: Issue[]): void {
  const { salesScenes, miniProgram, app } = profile.business
  // The profile also takes Alipay app ids; WeChat binds only its own.
  if (
    salesScenes.includes('miniProgram') &&
    miniProgram.appId !== '' &&
    !WECHAT_APP_ID.test(miniProgram.appId)
  ) {
    issues.push(issue('wechat-pay.app_id_format', 'merchant.business.miniProgram.appId', 'error'))
  }
  if (salesScenes.includes('app') && app.appId !== '' && !WECHAT_APP_ID.test(app.appId)) {
    issues.push(issue('wechat-pay.app_id_format', 'merchant.business.app.appId', 'error'))
  }
}

function checkSettlement(draft: DraftContent, profile: MerchantProfile, issues: Issue[]): void {
  const { qualifications } = profile
  if (qualifications.length > MAX_QUALIFICATIONS) {
    issues.push(
      issue('wechat-pay.too_many_pictures', 'merchant.qualifications', 'error', {
        max: MAX_QUALIFICATIONS
      })
    )
  }
  const setup = draft.payment.wechat
  if (setup.activityId === '') return
  if (!/^[0-9A-Za-z]{1,32}$/.test(setup.activityId)) {
    issues.push(issue('wechat-pay.activity_id_format', 'payment.wechat.activityId', 'error'))
  }
  for (const field of ['debitActivityRate', 'creditActivityRate'] as const) {
    const rate = setup[field]
    if (rate !== '' && !RATE.test(rate)) {
      issues.push(issue('wechat-pay.activity_rate_format', `payment.wechat.${field}`, 'error'))
    }
  }
}

function validateWechatPay(draft: DraftContent): Issue[] {
  const profile = normalizeMerchantProfile(draft.merchant)
  const issues: Issue[] = unmetIssues(dueItems(draft), 'wechat-pay', profile)
  for (const { path, value, max } of plainFields(profile)) {
    if (utf8Length(value) > max) issues.push(issue('wechat-pay.too_long', path, 'error', { max }))
  }
  for (const { path, value } of secretFields(profile)) {
    if (utf8Length(value) > WECHAT_ENCRYPT_MAX_BYTES) {
      issues.push(
        issue('wechat-pay.encrypt_too_long', path, 'error', { max: WECHAT_ENCRYPT_MAX_BYTES })
      )
    }
  }
  for (const { base, person } of documentHolders(profile)) {
    if (
      person.idDocType !== 'residentId' &&
      person.idNumber !== '' &&
      !ID_DOC_NUMBER.test(person.idNumber)
    ) {
      issues.push(issue('wechat-pay.id_doc_number_format', `${base}.idNumber`, 'error'))
    }
  }
  checkShortName(profile, issues)
  checkBusinessCode(draft, issues)
  checkScenes(profile, issues)
  checkSettlement(draft, profile, issues)
  issues.push(...checkSettlementRule(WECHAT_SETTLEMENT_TABLE, profile))
  return issues
}

export const wechatPayAdapter: PaymentAdapter = {
  id: 'wechat-pay',
  kind: 'payment',
  notes: WECHAT_PAY_NOTES,
  // 图片上传 answers `media_id` (payment-onboarding.md §3.1).
  mediaIdSource: {
    call: 'POST https://api.mch.weixin.qq.com/v3/merchant/media/upload',
    field: 'media_id'
  },
  requirements: (draft) => toRequirements(dueItems(draft)),
  validate: validateWechatPay,
  mediaSpecs: specsForSlots(WECHAT_PAY_SLOTS, WECHAT_PAY_IMAGE),
  mediaUses: (draft) => mediaUsesOf([applymentPlan(draft, draft.payment.wechat.attempt)]),
  buildPayload(draft, media, options) {
    // A code never goes back to an earlier attempt: the exporter may count further than the draft.
    const attempt = Math.max(draft.payment.wechat.attempt, options.attempt)
    return [renderCall(applymentPlan(draft, attempt), media, options.encrypt)]
  }
}
