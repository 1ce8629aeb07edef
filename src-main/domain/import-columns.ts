import type { Lang } from './issue'

/**
 * The bulk-import sheet: one merchant per row, one column per field the wizard asks for, so a
 * row fills the merchant profile, both payment providers and the listing. Headers may be
 * written in Chinese or English (or as the column's key); the template in resources/ lists
 * them in this order.
 */

/** A choice column's accepted spellings for each stored value (case and width folded). */
export type ChoiceLabels = Readonly<Record<string, readonly string[]>>

export type ImportColumnKind =
  /** Free text written to every listed draft path (one value typed once, stored twice). */
  | { kind: 'text'; paths: readonly string[] }
  | { kind: 'choice'; path: string; labels: ChoiceLabels }
  /** Several choices in one cell, separated by `,` `，` `、` `;` or `；`. */
  | { kind: 'choices'; path: string; labels: ChoiceLabels }
  /** 是 / 否 (yes / no). */
  | { kind: 'yesNo'; path: string }
  /** A validity end date, or 长期 / long-term, which sets `longTermPath` instead. */
  | { kind: 'validTo'; path: string; longTermPath: string }
  /** A picture's path relative to the pictures folder or zip. */
  | { kind: 'picture'; path: string }
  /** Several pictures' paths in one cell, separated like choices. */
  | { kind: 'pictures'; path: string }
  /** The draft's title (defaults to the registered name). */
  | { kind: 'title' }

export type ImportColumn = ImportColumnKind & {
  /** Stable id, also accepted as a header. */
  key: string
  header: Record<Lang, string>
}

const SUBJECT_TYPES: ChoiceLabels = {
  enterprise: ['企业', '公司', 'enterprise', 'company'],
  individual: ['个体工商户', '个体户', 'individual', 'individual business'],
  government: ['政府机关', 'government'],
  institution: ['事业单位', 'institution'],
  social: ['社会组织', 'social', 'social organisation', 'social organization'],
  other: ['其他组织', '其他', 'other']
}

const PROVIDERS: ChoiceLabels = {
  'wechat-pay': ['微信支付', '微信', 'wechat pay', 'wechat', 'wechat-pay'],
  alipay: ['支付宝', 'alipay']
}

const ACCOUNT_TYPES: ChoiceLabels = {
  corporate: ['对公', '对公账户', 'corporate'],
  personal: ['对私', '对私账户', '个人', 'personal']
}

const SALES_SCENES: ChoiceLabels = {
  store: ['线下门店', '门店', 'store', 'shop'],
  website: ['网站', 'website'],
  officialAccount: ['公众号', 'official account', 'officialaccount'],
  miniProgram: ['小程序', 'mini program', 'miniprogram'],
  app: ['app', '应用']
}

const LISTING_TARGETS: ChoiceLabels = {
  'wechat-mp': ['微信小程序', '微信', 'wechat', 'wechat-mp'],
  'alipay-mp': ['支付宝小程序', '支付宝', 'alipay', 'alipay-mp'],
  'douyin-mp': ['抖音小程序', '抖音', 'douyin', 'douyin-mp'],
  'baidu-mp': ['百度小程序', '百度', 'baidu', 'baidu-mp']
}

export const YES_NO: ChoiceLabels = {
  yes: ['是', 'yes', 'y', 'true', '1'],
  no: ['否', 'no', 'n', 'false', '0']
}

/** Written in a validity-end cell instead of a date. */
export const LONG_TERM_WORDS = ['长期', '长期有效', '永久', 'long-term', 'long term', 'longterm']

function text(key: string, zh: string, en: string, ...paths: string[]): ImportColumn {
  return { key, header: { 'zh-CN': zh, en }, kind: 'text', paths }
}

function column<K extends ImportColumnKind>(
  key: string,
  zh: string,
  en: string,
  kind: K
): ImportColumn {
  return { key, header: { 'zh-CN': zh, en }, ...kind }
}

const L = 'merchant.licence.'
const P = 'merchant.legalRep.'
const C = 'merchant.contact.'
const B = 'merchant.business.'
const S = 'merchant.settlement.'

/** Every column, in the template's order. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  /** The agency's own merchant number; also Alipay ZFT's `external_id`, which it defines. */
  text('reference', '外部编号', 'External reference', 'payment.alipay.externalId'),
  column('title', '草稿标题', 'Draft title', { kind: 'title' }),
  column('subject_type', '主体类型', 'Subject type', {
    kind: 'choice',
    path: 'merchant.subjectType',
    labels: SUBJECT_TYPES
  }),
  text('uscc', '统一社会信用代码', 'Unified social credit code', `${L}creditCode`),
  text('registered_name', '营业执照名称', 'Registered name', `${L}registeredName`),
  text(
    'legal_representative',
    '法定代表人',
    'Legal representative',
    `${L}legalRepresentative`,
    `${P}name`
  ),
  text('registered_address', '注册地址', 'Registered address', `${L}registeredAddress`),
  text('licence_valid_from', '营业期限开始', 'Licence valid from', `${L}validFrom`),
  column('licence_valid_to', '营业期限结束', 'Licence valid to', {
    kind: 'validTo',
    path: `${L}validTo`,
    longTermPath: `${L}longTerm`
  }),
  column('licence_photo', '营业执照照片', 'Licence photo', { kind: 'picture', path: `${L}photo` }),
  text('legal_id_number', '法人身份证号', 'Legal representative ID number', `${P}idNumber`),
  text('legal_id_valid_from', '法人证件有效期开始', 'ID valid from', `${P}validFrom`),
  column('legal_id_valid_to', '法人证件有效期结束', 'ID valid to', {
    kind: 'validTo',
    path: `${P}validTo`,
    longTermPath: `${P}longTerm`
  }),
  column('legal_id_front', '身份证人像面', 'ID card front', {
    kind: 'picture',
    path: `${P}frontPhoto`
  }),
  column('legal_id_back', '身份证国徽面', 'ID card back', {
    kind: 'picture',
    path: `${P}backPhoto`
  }),
  text('legal_address', '法人证件地址', 'Legal representative address', `${P}address`),
  column('legal_is_owner', '法人是否为受益所有人', 'Legal representative is a beneficial owner', {
    kind: 'yesNo',
    path: `${P}isBeneficialOwner`
  }),
  text('contact_name', '联系人姓名', 'Contact name', `${C}name`),
  text('contact_mobile', '联系人手机', 'Contact mobile', `${C}mobile`),
  text('contact_email', '联系人邮箱', 'Contact email', `${C}email`),
  text('short_name', '商户简称', 'Short name', `${B}shortName`),
  text('service_phone', '客服电话', 'Service phone', `${B}servicePhone`),
  text('industry', '经营内容', 'What is sold', `${B}industry.description`),
  text(
    'wechat_settlement_id',
    '微信结算规则ID',
    'WeChat settlement rule ID',
    `${B}industry.wechatSettlementId`
  ),
  text(
    'wechat_industry',
    '微信所属行业',
    'WeChat industry',
    `${B}industry.wechatQualificationType`
  ),
  text('alipay_mcc', '支付宝MCC', 'Alipay MCC', `${B}industry.alipayMcc`),
  text(
    'alipay_category',
    '支付宝经营类目',
    'Alipay business category',
    `${B}industry.alipayCategoryCode`
  ),
  column('sales_scenes', '经营场景', 'Sales scenes', {
    kind: 'choices',
    path: `${B}salesScenes`,
    labels: SALES_SCENES
  }),
  text('store_name', '门店名称', 'Store name', `${B}store.name`),
  text('store_region', '门店地区代码', 'Store region code', `${B}store.regionCode`),
  text('store_address', '门店地址', 'Store address', `${B}store.address`),
  column('store_entrance', '门头照', 'Store entrance photo', {
    kind: 'picture',
    path: `${B}store.entrancePhoto`
  }),
  column('store_interior', '店内照', 'Store interior photo', {
    kind: 'picture',
    path: `${B}store.interiorPhoto`
  }),
  column('account_type', '结算账户类型', 'Settlement account type', {
    kind: 'choice',
    path: `${S}accountType`,
    labels: ACCOUNT_TYPES
  }),
  text('account_name', '开户名称', 'Account name', `${S}accountName`),
  text('bank_name', '开户银行', 'Bank', `${S}bankName`),
  text('bank_code', '联行号', 'Bank branch code', `${S}bankCode`),
  text('bank_region', '开户地区代码', 'Bank region code', `${S}regionCode`),
  text('branch_name', '开户支行', 'Bank branch', `${S}branchName`),
  text('account_number', '银行账号', 'Account number', `${S}accountNumber`),
  column('current_provider', '现有支付渠道', 'Current payment provider', {
    kind: 'choice',
    path: 'payment.currentProvider',
    labels: PROVIDERS
  }),
  column('add_provider', '新增支付渠道', 'Payment provider to add', {
    kind: 'choice',
    path: 'payment.addProvider',
    labels: PROVIDERS
  }),
  text('alipay_account', '支付宝账号', 'Alipay account', 'payment.alipay.merchantAccount'),
  column('listing_targets', '上架平台', 'Listing platforms', {
    kind: 'choices',
    path: 'listing.targets',
    labels: LISTING_TARGETS
  }),
  text('listing_name', '小程序名称', 'Mini program name', 'listing.name'),
  text('listing_intro', '小程序简介', 'Mini program intro', 'listing.intro'),
  text('listing_description', '小程序详细描述', 'Mini program description', 'listing.description'),
  column('listing_logo', '小程序图标', 'Mini program icon', {
    kind: 'picture',
    path: 'listing.logo'
  }),
  column('listing_screenshots', '小程序截图', 'Mini program screenshots', {
    kind: 'pictures',
    path: 'listing.screenshots'
  })
]

/** Folds a header or a choice the way people vary them: width, case, spaces, `*` marks. */
export function foldLabel(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\s*＊_]+/g, ' ')
    .trim()
    .toLowerCase()
}

const BY_HEADER: ReadonlyMap<string, ImportColumn> = new Map(
  IMPORT_COLUMNS.flatMap((found) =>
    [found.key, found.header['zh-CN'], found.header.en].map(
      (label) => [foldLabel(label), found] as const
    )
  )
)

/**
 * The column a header names, in either language or by key, or both as the template writes
 * them (`统一社会信用代码 / Unified social credit code`); undefined for an unknown one.
 */
export function columnForHeader(header: string): ImportColumn | undefined {
  const whole = BY_HEADER.get(foldLabel(header))
  if (whole || !header.includes('/')) return whole
  const sides = header.split('/').map((side) => BY_HEADER.get(foldLabel(side)))
  return sides.every((side) => side === sides[0]) ? sides[0] : undefined
}

/** The template's header for a column: both languages, so either reader knows it. */
export function templateHeader(column: ImportColumn): string {
  return `${column.header['zh-CN']} / ${column.header.en}`
}

/** The column that writes a draft path (for showing a rule's finding on its cell). */
export function columnForPath(path: string): ImportColumn | undefined {
  return IMPORT_COLUMNS.find((found) => {
    switch (found.kind) {
      case 'text':
        return found.paths.includes(path)
      case 'title':
        return false
      case 'validTo':
        return found.path === path || found.longTermPath === path
      default:
        return found.path === path || path.startsWith(found.path + '.')
    }
  })
}
