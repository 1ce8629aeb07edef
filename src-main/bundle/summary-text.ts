import type { Lang } from '../domain/issue'
import type { PlatformId } from '../platforms/adapter'

type Words = Readonly<Record<Lang, string>>
const w = (zh: string, en: string): Words => ({ 'zh-CN': zh, en })

/** The summary's own words, beside BUNDLE_TEXT which README.txt shares. */
export const SUMMARY_TEXT = {
  intro: w(
    '请逐项核对下面的资料与图片是否和证件一致；有误请回到开通修改后重新导出。',
    'Check each line and picture below against your documents; if anything is wrong, correct it in Kaitong and export again.'
  ),
  details: w('资料核对', 'Your details'),
  pictures: w('图片', 'Pictures'),
  picturesNote: w(
    '缩略图仅供核对；提交包 media/ 文件夹中是完整图片。',
    'Thumbnails for checking only; the full pictures are in the bundle’s media/ folder.'
  ),
  picture: w('见图片', 'see picture'),
  pictureCount: w('{count} 张图片', '{count} pictures'),
  empty: w('（未填写）', '(not filled in)'),
  yes: w('是', 'yes'),
  no: w('否', 'no'),
  technical: w('给服务商的技术细节', 'Technical details for your service provider'),
  otherField: w('其他', 'Other')
} as const

export const PLATFORM_NAMES: Readonly<Record<PlatformId, Words>> = {
  'wechat-pay': w('微信支付', 'WeChat Pay'),
  alipay: w('支付宝', 'Alipay'),
  'wechat-mp': w('微信小程序', 'WeChat mini program'),
  'alipay-mp': w('支付宝小程序', 'Alipay mini program'),
  'douyin-mp': w('抖音小程序', 'Douyin mini program'),
  'baidu-mp': w('百度智能小程序', 'Baidu smart mini program')
}

/** Wizard sections by the first two segments of a draft path, in the wizard's order. */
export const SECTION_NAMES: ReadonlyArray<readonly [string, Words]> = [
  ['merchant.subjectType', w('主体类型', 'Subject type')],
  ['merchant.licence', w('营业执照', 'Business licence')],
  ['merchant.certificate', w('登记证书', 'Registration certificate')],
  ['merchant.legalRep', w('法定代表人', 'Legal representative')],
  ['merchant.beneficialOwners', w('最终受益人', 'Beneficial owners')],
  ['merchant.contact', w('管理员', 'Administrator')],
  ['merchant.business', w('经营信息', 'Business')],
  ['merchant.qualifications', w('行业资质', 'Industry qualifications')],
  ['merchant.settlement', w('结算账户', 'Settlement account')],
  ['payment', w('支付开通', 'Payment setup')],
  ['listing', w('小程序信息', 'Mini program listing')]
]

/** What our enum values mean, by the field's last path segment. */
export const ENUM_MEANINGS: Readonly<Record<string, Readonly<Record<string, Words>>>> = {
  subjectType: {
    enterprise: w('企业', 'Enterprise'),
    individual: w('个体工商户', 'Individual business'),
    government: w('政府机关', 'Government body'),
    institution: w('事业单位', 'Public institution'),
    social: w('社会组织', 'Social organisation'),
    other: w('其他组织', 'Other organisation')
  },
  accountType: {
    corporate: w('对公账户', 'Corporate account'),
    personal: w('对私账户', 'Personal account')
  },
  idDocType: {
    residentId: w('中国大陆居民身份证', 'Mainland resident ID card'),
    hongKongPermit: w('港澳居民来往内地通行证（香港）', 'Home Return Permit (Hong Kong)'),
    macaoPermit: w('港澳居民来往内地通行证（澳门）', 'Home Return Permit (Macao)'),
    taiwanPermit: w('台湾居民来往大陆通行证', 'Mainland Travel Permit for Taiwan residents'),
    passport: w('护照', 'Passport'),
    foreignResidentPermit: w('外国人永久居留身份证', 'Foreign permanent resident ID card'),
    hongKongMacaoResidencePermit: w('港澳居民居住证', 'Residence permit (Hong Kong, Macao)'),
    taiwanResidencePermit: w('台湾居民居住证', 'Residence permit (Taiwan)')
  },
  salesScenes: {
    store: w('线下门店', 'Physical store'),
    website: w('网站', 'Website'),
    officialAccount: w('公众号', 'Official account'),
    miniProgram: w('小程序', 'Mini program'),
    app: w('App', 'App')
  },
  holder: {
    legal: w('法定代表人本人', 'The legal representative'),
    agent: w('经办人', 'An authorised agent')
  },
  type: {
    legal: w('法定代表人本人', 'The legal representative'),
    agent: w('经办人', 'An authorised agent')
  },
  route: {
    zft: w('直付通（二级商户）', 'ZFT (sub-merchant)'),
    agent: w('代签约', 'Signing on the merchant’s behalf')
  },
  settleTo: {
    bankCard: w('银行卡', 'Bank card'),
    alipayAccount: w('支付宝账户', 'Alipay account')
  }
}
