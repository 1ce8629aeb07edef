import { z } from 'zod'
import { pictures, picked, text } from './fields'
import { DocumentReads } from './documents/document-read-schema'
import { MediaRef } from './media-ref'

/**
 * The merchant's business subject, typed once and read by every platform adapter.
 * Platform-neutral: camelCase names and our own enums; adapters map them to WeChat Pay
 * (applyment4sub) and Alipay (ZFT / 代签约) values.
 *
 * Every field has a default so that an empty object parses to an empty profile and a draft
 * saved by an older version still opens. The schema only bounds sizes, loosely enough for values
 * as typed (spaces, full-width digits, +86) before text.ts normalises them; formats (dates,
 * codes, numbers) are checked by merchant-rules.ts so that a half-typed value can still be saved.
 */

/** 企业, 个体工商户, 政府机关, 事业单位, 社会组织, 其他组织. */
export const SubjectType = z.enum([
  'enterprise',
  'individual',
  'government',
  'institution',
  'social',
  'other'
])
export type SubjectType = z.output<typeof SubjectType>

/**
 * Registration certificate of a subject without a business licence (政府机关, 事业单位,
 * 社会组织, 其他). Enterprises and individual businesses hold a 营业执照 and need none.
 */
export const CertificateType = z.enum([
  /** 事业单位法人证书 (WeChat 2388, Alipay 218) */
  'institutionLegalPerson',
  /** 统一社会信用代码证书 (WeChat 2389) */
  'creditCodeCertificate',
  /** 党政机关批准设立文件 / 行政执法主体资格证 (Alipay 219) */
  'governmentApproval',
  /** 社会团体法人登记证书 (WeChat 2394, Alipay 206) */
  'socialGroup',
  /** 民办非企业单位登记证书 (WeChat 2395, Alipay 204) */
  'privateNonEnterprise',
  /** 基金会法人登记证书 (WeChat 2396) */
  'foundation',
  /** 宗教活动场所登记证 (WeChat 2399) */
  'religiousVenue',
  /** 政府部门下发的其他有效证明文件 (WeChat 2400) */
  'otherOfficialDocument',
  /** 执业许可证 / 执业证 (WeChat 2520) */
  'practiceLicence',
  /** 基层群众性自治组织特别法人统一社会信用代码证 (WeChat 2521) */
  'grassrootsAutonomy',
  /** 农村集体经济组织登记证 (WeChat 2522) */
  'ruralCollective'
])
export type CertificateType = z.output<typeof CertificateType>

/** Identity documents a legal representative, owner or administrator may hold. */
export const IdDocType = z.enum([
  /** 中国大陆居民身份证 */
  'residentId',
  /** 港澳居民来往内地通行证 (香港) */
  'hongKongPermit',
  /** 港澳居民来往内地通行证 (澳门) */
  'macaoPermit',
  /** 台湾居民来往大陆通行证 */
  'taiwanPermit',
  /** 其他国家或地区居民护照 */
  'passport',
  /** 外国人永久居留身份证 / 居留证 */
  'foreignResidentPermit',
  /** 港澳居民居住证 */
  'hongKongMacaoResidencePermit',
  /** 台湾居民居住证 */
  'taiwanResidencePermit'
])
export type IdDocType = z.output<typeof IdDocType>

/** 法人/经营者 themselves, or an authorised agent (经办人). */
export const PersonRole = z.enum(['legal', 'agent'])
export type PersonRole = z.output<typeof PersonRole>

export const FinanceType = z.enum(['bank', 'payment', 'insurance', 'tradeAndSettle', 'other'])
export type FinanceType = z.output<typeof FinanceType>

export const SalesScene = z.enum(['store', 'website', 'officialAccount', 'miniProgram', 'app'])
export type SalesScene = z.output<typeof SalesScene>

export const SettlementAccountType = z.enum(['corporate', 'personal'])
export type SettlementAccountType = z.output<typeof SettlementAccountType>

/** `YYYY-MM-DD` once normalised (typed forms such as `2024年1月5日` fit), or '' while not given. */
const day = picked(16)

/** Fields shared by every person with an identity document. */
const identityShape = {
  idDocType: IdDocType.default('residentId'),
  name: text(64),
  idNumber: text(40),
  validFrom: day,
  validTo: day,
  longTerm: z.boolean().default(false),
  /** 人像面 for a resident ID, the photo page of a passport. */
  frontPhoto: MediaRef,
  /** 国徽面 for a resident ID; passports have none. */
  backPhoto: MediaRef
}

/** 营业执照, or the registration certificate for subjects without one. */
export const Licence = z.object({
  /** Null for licence holders (enterprise, individual); the certificate's kind otherwise. */
  certificateType: CertificateType.nullable().default(null),
  /** 统一社会信用代码 (or the certificate's number). */
  creditCode: text(40),
  registeredName: text(128),
  legalRepresentative: text(64),
  registeredAddress: text(256),
  validFrom: day,
  validTo: day,
  longTerm: z.boolean().default(false),
  photo: MediaRef,
  /** 单位证明函, optional for government bodies and institutions. */
  certificateLetterPhoto: MediaRef
})
export type Licence = z.output<typeof Licence>

/** Only financial institutions fill this in (WeChat `finance_institution_info`). */
export const Finance = z.object({
  isFinancialInstitution: z.boolean().default(false),
  type: FinanceType.nullable().default(null),
  licencePhotos: pictures(5)
})
export type Finance = z.output<typeof Finance>

export const LegalRep = z.object({
  /** Government bodies and institutions may name an agent when no legal-person ID is given. */
  holder: PersonRole.default('legal'),
  /** 法定代表人说明函, when `holder` is an agent. */
  authorizationLetter: MediaRef,
  ...identityShape,
  /** Address on the document (required by WeChat for enterprises). */
  address: text(256),
  /** Whether the legal representative is an ultimate beneficial owner; null = not answered. */
  isBeneficialOwner: z.boolean().nullable().default(null)
})
export type LegalRep = z.output<typeof LegalRep>

export const BeneficialOwner = z.object({
  ...identityShape,
  address: text(256)
})
export type BeneficialOwner = z.output<typeof BeneficialOwner>

/** The administrator (超级管理员 / 联系人): signs after review and receives notices. */
export const Contact = z.object({
  type: PersonRole.default('legal'),
  ...identityShape,
  mobile: text(32),
  email: text(128),
  /** 业务办理授权函, when an agent administers the account. */
  authorizationLetter: MediaRef
})
export type Contact = z.output<typeof Contact>

/**
 * Platform category codes are kept as typed by the merchant or picked from the platform's
 * table: no shared code system exists (WeChat settlement rules, Alipay ZFT MCC, Alipay 商家经营类目).
 */
export const Industry = z.object({
  /** Free description of what is sold, to help pick the codes. */
  description: text(128),
  /** WeChat 入驻结算规则ID, e.g. `719`. */
  wechatSettlementId: text(16),
  /** WeChat 所属行业 exactly as in the settlement table, e.g. `餐饮`. */
  wechatQualificationType: text(128),
  /** Alipay ZFT 4-digit MCC, e.g. `5812`. */
  alipayMcc: text(16),
  /** Alipay 商家经营类目 2.0 `一级_二级`, e.g. `A0002_B0201` (代签约 `mcc_code`). */
  alipayCategoryCode: text(32)
})
export type Industry = z.output<typeof Industry>

export const StoreScene = z.object({
  name: text(128),
  /** GB/T 2260 six-digit code, district level where known. */
  regionCode: picked(16),
  address: text(256),
  entrancePhoto: MediaRef,
  interiorPhoto: MediaRef
})
export type StoreScene = z.output<typeof StoreScene>

export const WebsiteScene = z.object({
  url: text(1024),
  name: text(128),
  /** ICP 备案号, e.g. `京ICP备12345678号`. */
  icpRecord: text(64),
  /** 网站授权函, when the ICP filing belongs to another subject. */
  authorisationLetter: MediaRef
})
export type WebsiteScene = z.output<typeof WebsiteScene>

export const OfficialAccountScene = z.object({
  appId: text(64),
  screenshots: pictures(5)
})
export type OfficialAccountScene = z.output<typeof OfficialAccountScene>

export const MiniProgramScene = z.object({
  appId: text(64),
  screenshots: pictures(5)
})
export type MiniProgramScene = z.output<typeof MiniProgramScene>

export const AppScene = z.object({
  appId: text(64),
  name: text(128),
  downloadUrl: text(1024),
  /** Home, last page, in-app and payment pages. */
  screenshots: pictures(5)
})
export type AppScene = z.output<typeof AppScene>

export const Business = z.object({
  /** 商户简称, shown on payment slips and bills. */
  shortName: text(64),
  servicePhone: text(32),
  industry: Industry.prefault({}),
  salesScenes: z.array(SalesScene).default([]),
  store: StoreScene.prefault({}),
  website: WebsiteScene.prefault({}),
  officialAccount: OfficialAccountScene.prefault({}),
  miniProgram: MiniProgramScene.prefault({}),
  app: AppScene.prefault({})
})
export type Business = z.output<typeof Business>

export const Settlement = z.object({
  accountType: SettlementAccountType.nullable().default(null),
  accountName: text(128),
  bankName: text(128),
  /** 联行号, e.g. `402713354941`. */
  bankCode: text(32),
  /** GB/T 2260 code of the opening branch's city (or district). */
  regionCode: picked(16),
  branchName: text(128),
  accountNumber: text(64)
})
export type Settlement = z.output<typeof Settlement>

/** A licence for a regulated category (食品经营许可证, 医疗机构执业许可证, 办学许可证 ...). */
export const Qualification = z.object({
  type: text(64),
  number: text(64),
  photo: MediaRef,
  validFrom: day,
  validTo: day,
  longTerm: z.boolean().default(false)
})
export type Qualification = z.output<typeof Qualification>

export const MerchantProfile = z.object({
  subjectType: SubjectType.default('enterprise'),
  licence: Licence.prefault({}),
  finance: Finance.prefault({}),
  legalRep: LegalRep.prefault({}),
  /** At most 4 (WeChat `ubo_info_list`). */
  beneficialOwners: z.array(BeneficialOwner).max(4).default([]),
  contact: Contact.prefault({}),
  business: Business.prefault({}),
  settlement: Settlement.prefault({}),
  qualifications: z.array(Qualification).max(10).default([]),
  /** What was read from the licence and ID photos (OCR), to fill and cross-check fields. */
  documentReads: DocumentReads.prefault({}),
  /** Fields filled from a photo and not yet confirmed by the merchant (dotted draft paths). */
  readFromPhoto: z.array(z.string().max(128)).max(64).default([])
})
export type MerchantProfile = z.output<typeof MerchantProfile>
export type MerchantProfileInput = z.input<typeof MerchantProfile>

export function emptyMerchantProfile(): MerchantProfile {
  return MerchantProfile.parse({})
}
