import { WECHAT_ACCOUNT_BANKS, WECHAT_OTHER_BANK } from '../domain/banks'
import type {
  CertificateType,
  FinanceType,
  IdDocType,
  SalesScene,
  SubjectType
} from '../domain/merchant-profile'
import {
  ZftService,
  type AgentProduct,
  type AppMarket,
  type AppPlatform,
  type AppStatus
} from '../domain/payment-setup'

/**
 * Our profile's enums as WeChat Pay (applyment4sub, payment-onboarding.md §5) and Alipay
 * (ZFT / 代签约, §9, §13, §14) spell them. `null` where a platform has no equivalent.
 */

export const WECHAT_SUBJECT_TYPES: Readonly<Record<SubjectType, string>> = {
  enterprise: 'SUBJECT_TYPE_ENTERPRISE',
  individual: 'SUBJECT_TYPE_INDIVIDUAL',
  government: 'SUBJECT_TYPE_GOVERNMENT',
  institution: 'SUBJECT_TYPE_INSTITUTIONS',
  // WeChat's 社会组织 covers 社会团体, 民办非企业, 基金会 and the other registered bodies.
  social: 'SUBJECT_TYPE_OTHERS',
  other: 'SUBJECT_TYPE_OTHERS'
}

export const WECHAT_ID_DOC_TYPES: Readonly<Record<IdDocType, string>> = {
  residentId: 'IDENTIFICATION_TYPE_IDCARD',
  hongKongPermit: 'IDENTIFICATION_TYPE_HONGKONG_PASSPORT',
  macaoPermit: 'IDENTIFICATION_TYPE_MACAO_PASSPORT',
  taiwanPermit: 'IDENTIFICATION_TYPE_TAIWAN_PASSPORT',
  passport: 'IDENTIFICATION_TYPE_OVERSEA_PASSPORT',
  foreignResidentPermit: 'IDENTIFICATION_TYPE_FOREIGN_RESIDENT',
  hongKongMacaoResidencePermit: 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT',
  taiwanResidencePermit: 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT'
}

/** `certificate_info.cert_type`; the 党政机关批准设立文件 has no WeChat code. */
export const WECHAT_CERTIFICATE_TYPES: Readonly<Record<CertificateType, string | null>> = {
  institutionLegalPerson: 'CERTIFICATE_TYPE_2388',
  creditCodeCertificate: 'CERTIFICATE_TYPE_2389',
  governmentApproval: null,
  socialGroup: 'CERTIFICATE_TYPE_2394',
  privateNonEnterprise: 'CERTIFICATE_TYPE_2395',
  foundation: 'CERTIFICATE_TYPE_2396',
  religiousVenue: 'CERTIFICATE_TYPE_2399',
  otherOfficialDocument: 'CERTIFICATE_TYPE_2400',
  practiceLicence: 'CERTIFICATE_TYPE_2520',
  grassrootsAutonomy: 'CERTIFICATE_TYPE_2521',
  ruralCollective: 'CERTIFICATE_TYPE_2522'
}

const OTHERS_CERTIFICATES: readonly CertificateType[] = [
  'creditCodeCertificate',
  'socialGroup',
  'privateNonEnterprise',
  'foundation',
  'religiousVenue',
  'otherOfficialDocument',
  'practiceLicence',
  'grassrootsAutonomy',
  'ruralCollective'
]

/** §5.3 "allowed for": 2388 institutions, 2389 government, the rest 社会组织. */
export const WECHAT_CERTIFICATES_BY_SUBJECT: Readonly<
  Record<SubjectType, readonly CertificateType[]>
> = {
  enterprise: [],
  individual: [],
  government: ['creditCodeCertificate'],
  institution: ['institutionLegalPerson'],
  social: OTHERS_CERTIFICATES,
  other: OTHERS_CERTIFICATES
}

export const WECHAT_FINANCE_TYPES: Readonly<Record<FinanceType, string>> = {
  bank: 'BANK_AGENT',
  payment: 'PAYMENT_AGENT',
  insurance: 'INSURANCE',
  tradeAndSettle: 'TRADE_AND_SETTLE',
  other: 'OTHER'
}

/** `sales_scenes_type`, in WeChat's order (§5.5), which is also the order the body lists them. */
export const WECHAT_SALES_SCENES: ReadonlyArray<{ scene: SalesScene; code: string }> = [
  { scene: 'store', code: 'SALES_SCENES_STORE' },
  { scene: 'officialAccount', code: 'SALES_SCENES_MP' },
  { scene: 'miniProgram', code: 'SALES_SCENES_MINI_PROGRAM' },
  { scene: 'website', code: 'SALES_SCENES_WEB' },
  { scene: 'app', code: 'SALES_SCENES_APP' }
]

/**
 * `account_bank`'s direct banks ([U] the list as commonly published: see domain/banks.ts);
 * any other bank is `其他银行` with its full branch name or 联行号. The stricter reading is
 * kept by matching a bank only by one of these exact names (after dropping a leading `中国`
 * that the table omits), so an unknown or misspelt bank always goes out as `其他银行` with
 * the branch details that identify it anyway.
 */
export const WECHAT_DIRECT_BANKS: readonly string[] = WECHAT_ACCOUNT_BANKS.filter(
  (name) => name !== WECHAT_OTHER_BANK
)

/** The 对照表 name of a bank as people write it (`中国工商银行` → `工商银行`), or null. */
export function wechatDirectBank(bankName: string): string | null {
  const short = bankName === '中国银行' ? bankName : bankName.replace(/^中国/, '')
  return WECHAT_DIRECT_BANKS.includes(short) ? short : null
}

/**
 * Alipay `SettleCardInfo.account_inst_id` (开户行简称缩写) of the same banks, the codes
 * Alipay's bank lists use. Other banks need the code typed in the payment step.
 */
const ALIPAY_BANK_INST_IDS: Readonly<Record<string, string>> = {
  工商银行: 'ICBC',
  交通银行: 'COMM',
  招商银行: 'CMB',
  民生银行: 'CMBC',
  中信银行: 'CITIC',
  浦发银行: 'SPDB',
  兴业银行: 'CIB',
  光大银行: 'CEB',
  广发银行: 'GDB',
  平安银行: 'SPABANK',
  北京银行: 'BJBANK',
  华夏银行: 'HXBANK',
  农业银行: 'ABC',
  建设银行: 'CCB',
  邮政储蓄银行: 'PSBC',
  中国银行: 'BOC',
  宁波银行: 'NBBANK'
}

export function alipayBankInstId(bankName: string): string | null {
  const short = wechatDirectBank(bankName)
  return short ? (ALIPAY_BANK_INST_IDS[short] ?? null) : null
}

/** ZFT `merchant_type` and the `cert_type` it requires (§14.1). */
export interface ZftSubject {
  merchantType: string
  certType: string
}

/**
 * Our subject as a ZFT merchant type, or null when ZFT has none: 社会组织 other than 社会团体
 * and 民办非企业 (基金会, …) and the 其他组织 (宗教活动场所, 农村集体经济组织, …) have no
 * `merchant_type`. 个人商户 (`06`) has no counterpart in our profile.
 */
export function zftSubject(
  subjectType: SubjectType,
  certificateType: CertificateType | null
): ZftSubject | null {
  switch (subjectType) {
    case 'enterprise':
      return { merchantType: '01', certType: '201' }
    case 'individual':
      return { merchantType: '07', certType: '201' }
    case 'institution':
      return { merchantType: '02', certType: '218' }
    case 'government':
      return { merchantType: '05', certType: '219' }
    case 'social':
      if (certificateType === 'privateNonEnterprise') return { merchantType: '03', certType: '204' }
      if (certificateType === 'socialGroup') return { merchantType: '04', certType: '206' }
      return null
    case 'other':
      return null
  }
}

/** ZFT `legal_cert_type` (§9): Alipay does not tell Hong Kong from Macao permits. */
export const ALIPAY_LEGAL_CERT_TYPES: Readonly<Record<IdDocType, string | null>> = {
  residentId: '100',
  hongKongPermit: '105',
  macaoPermit: '105',
  taiwanPermit: '106',
  foreignResidentPermit: '108',
  passport: null,
  hongKongMacaoResidencePermit: null,
  taiwanResidencePermit: null
}

/**
 * ZFT `service` literals every edition of the create model documents: the older one
 * (当面付、app支付、wap支付、电脑支付、线上资金预授权、新当面资金授权、商户代扣、小程序支付 —
 * essensoft/paylink AntMerchantExpandIndirectZftCreateModel.cs) and the newer one
 * (当面付、jsapi支付、app支付、wap支付、电脑支付、预授权支付、商户代扣、小程序支付、订单码支付 —
 * alipay-sdk-java-all v2 AntMerchantExpandIndirectZftCreateModel.java, 2024-09-27). jsapi支付,
 * 预授权支付 and 订单码支付 appear only in the newer one: the stricter reading leaves them out.
 */
export const ZFT_SERVICES: Readonly<Partial<Record<ZftService, string>>> = {
  faceToFace: '当面付',
  app: 'app支付',
  wap: 'wap支付',
  pc: '电脑支付',
  withhold: '商户代扣',
  miniProgram: '小程序支付'
}

/** Our services Alipay documents, in its order: the only ones offered and sent. */
export const DOCUMENTED_ZFT_SERVICES: readonly ZftService[] = ZftService.options.filter(
  (service) => ZFT_SERVICES[service] !== undefined
)

export const AGENT_PRODUCT_METHODS: Readonly<Record<AgentProduct, string>> = {
  faceToFace: 'alipay.open.agent.facetoface.sign',
  mobilePay: 'alipay.open.agent.mobilepay.sign'
}

/**
 * `alipay.open.agent.mobilepay.sign` value sets, from the edition whose fields the call sends
 * (app_home_screenshot, mobile_type, trade_scene): alipay-sdk-php-all
 * v2/aop/request/AlipayOpenAgentMobilepaySignRequest.php (@since 2024-10-14): "应用类型，枚举值为：
 * IOS，安卓", "枚举值为：苹果,应用宝,华为,360,小米,豌豆荚,其他", "枚举值为 已上线，未上线". The 2022
 * Java edition (苹果,应用宝,豌豆荚,其他; 已上架/未上架) lacks those fields, so it is not mixed in.
 */
export const ALIPAY_APP_PLATFORMS: Readonly<Record<AppPlatform, string>> = {
  ios: 'IOS',
  android: '安卓'
}

export const ALIPAY_APP_MARKETS: Readonly<Record<AppMarket, string>> = {
  apple: '苹果',
  tencent: '应用宝',
  huawei: '华为',
  qihoo360: '360',
  xiaomi: '小米',
  wandoujia: '豌豆荚',
  other: '其他'
}

export const ALIPAY_APP_STATUSES: Readonly<Record<AppStatus, string>> = {
  online: '已上线',
  offline: '未上线'
}

/** Items of `values` in the order of `order`, each once: stable bodies from unordered choices. */
export function inOrder<T>(order: readonly T[], values: readonly T[]): T[] {
  return order.filter((item) => values.includes(item))
}
