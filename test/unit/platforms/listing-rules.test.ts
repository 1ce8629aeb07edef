import { describe, expect, it } from 'vitest'
import type { DraftContent } from '../../../src-main/domain/draft'
import { interpolate } from '../../../src-main/domain/issue'
import type { ListingPlatform } from '../../../src-main/domain/listing'
import { createAlipayMpAdapter, alipayMpAdapter } from '../../../src-main/platforms/alipay-mp'
import { createBaiduMpAdapter, baiduMpAdapter } from '../../../src-main/platforms/baidu-mp'
import type { CategoryCatalog } from '../../../src-main/platforms/categories'
import { createDouyinMpAdapter, douyinMpAdapter } from '../../../src-main/platforms/douyin-mp'
import { LISTING_MESSAGES } from '../../../src-main/platforms/listing-messages'
import {
  precheckListing,
  type ImageInfo,
  type ListingAdapter
} from '../../../src-main/platforms/precheck'
import {
  createWechatMpAdapter,
  WECHAT_PRIVACY_KEYS,
  wechatMpAdapter
} from '../../../src-main/platforms/wechat-mp'
import { completeDraft, fixtureCatalog, fixtureImages, sha } from '../../helpers/listing'

/**
 * Every listing rule, each with a draft that breaks it and one that keeps it. Both start from
 * the complete fixture, which passes every platform, and change only what the case says.
 */

type Change = (draft: DraftContent, images: Record<string, ImageInfo>) => void

interface RuleCase {
  id: string
  fails: string
  fail: Change
  passes?: string
  pass?: Change
  /** Run against the test category table instead of the shipped one. */
  testTable?: boolean
}

const MB = 1024 * 1024
const LOGO = sha('1')
const SCREENSHOT = sha('2')
const LICENCE = sha('7')

const DEFAULT_ADAPTERS: Readonly<Record<ListingPlatform, ListingAdapter>> = {
  'wechat-mp': wechatMpAdapter,
  'alipay-mp': alipayMpAdapter,
  'douyin-mp': douyinMpAdapter,
  'baidu-mp': baiduMpAdapter
}

const CREATE: Readonly<Record<ListingPlatform, (catalog: CategoryCatalog) => ListingAdapter>> = {
  'wechat-mp': createWechatMpAdapter,
  'alipay-mp': createAlipayMpAdapter,
  'douyin-mp': createDouyinMpAdapter,
  'baidu-mp': createBaiduMpAdapter
}

const GENERIC_NAME: Change = (draft) => {
  draft.listing.name = '杭州女鞋店'
  draft.listing.nameProof = []
}

const WECHAT: RuleCase[] = [
  { id: 'name_required', fails: 'an empty name', fail: (d) => void (d.listing.name = '') },
  {
    id: 'name_length',
    fails: 'a name of 16 Chinese characters (32 counted)',
    fail: (d) => void (d.listing.name = '小鹿留学'.repeat(4))
  },
  {
    id: 'name_min_han',
    fails: 'an all-Chinese name of 3 characters',
    fail: (d) => void (d.listing.name = '鹿留学')
  },
  {
    id: 'name_charset',
    fails: 'a name with "&"',
    fail: (d) => void (d.listing.name = '小鹿&留学')
  },
  {
    id: 'name_platform_word',
    fails: 'a name containing 小程序',
    fail: (d) => void (d.listing.name = '小鹿留学小程序')
  },
  {
    id: 'name_competitor_word',
    fails: 'a name containing 支付宝',
    fail: (d) => void (d.listing.name = '小鹿留学支付宝')
  },
  {
    id: 'name_superlative',
    fails: 'a name containing 最',
    fail: (d) => void (d.listing.name = '最好的小鹿留学')
  },
  {
    id: 'name_generic',
    fails: 'a place-and-trade name without proof',
    fail: GENERIC_NAME,
    passes: 'the same name with a trademark certificate',
    pass: (d) => void (d.listing.name = '杭州女鞋店')
  },
  {
    id: 'short_name_length',
    fails: 'a short name counting 12',
    fail: (d) => void (d.listing.shortName = '小鹿留学中心')
  },
  { id: 'intro_required', fails: 'an empty intro', fail: (d) => void (d.listing.intro = '') },
  {
    id: 'intro_length',
    fails: 'an intro of 121 characters',
    fail: (d) => void (d.listing.intro = '留'.repeat(121))
  },
  {
    id: 'intro_min_han',
    fails: 'an intro with 2 Chinese characters',
    fail: (d) => void (d.listing.intro = 'Study abroad 留学')
  },
  {
    id: 'intro_placeholder',
    fails: 'an intro of test words',
    fail: (d) => void (d.listing.intro = '测试测试测试测试')
  },
  { id: 'logo_required', fails: 'no logo', fail: (d) => void (d.listing.logo = null) },
  {
    id: 'logo_crop',
    fails: 'a crop box of 0,0,0,0',
    fail: (d) => void (d.listing.logoCrop = { x1: 0, y1: 0, x2: 0, y2: 0 })
  },
  {
    id: 'logo_crop_square',
    fails: 'the whole of a 400×200 logo as crop box',
    fail: (_d, images) => void (images[LOGO] = { ...images[LOGO]!, width: 400, height: 200 }),
    passes: 'a square crop of that logo',
    pass: (d, images) => {
      images[LOGO] = { ...images[LOGO]!, width: 400, height: 200 }
      d.listing.logoCrop = { x1: 0.25, y1: 0, x2: 0.75, y2: 1 }
    }
  },
  {
    id: 'licence_photo',
    fails: 'no licence picture in the merchant profile',
    fail: (d) => void (d.merchant.licence.photo = null)
  },
  {
    id: 'category_count',
    fails: 'no category',
    fail: (d) => void (d.listing.categories['wechat-mp'] = [])
  },
  {
    id: 'category_code',
    fails: 'a code written 8-39',
    fail: (d) => void (d.listing.categories['wechat-mp'][1]!.code = '8-39')
  },
  {
    id: 'category_unlisted',
    fails: 'a code missing from the table',
    fail: (d) =>
      void (d.listing.categories['wechat-mp'][1] = {
        code: '9_99',
        names: ['教育', '其他'],
        qualifications: []
      })
  },
  {
    id: 'category_duplicate',
    fails: 'the same category twice',
    fail: (d) => void d.listing.categories['wechat-mp'].push(d.listing.categories['wechat-mp'][1]!)
  },
  {
    id: 'category_qualification',
    fails: '出国移民 without its licence',
    fail: (d) => void (d.listing.categories['wechat-mp'][0]!.qualifications = [])
  },
  {
    id: 'category_names',
    fails: 'an unlisted code without names',
    fail: (d) =>
      void (d.listing.categories['wechat-mp'][1] = { code: '9_99', names: [], qualifications: [] })
  },
  {
    id: 'ugc_declaration',
    fails: '社交-社区/论坛 without a UGC declaration',
    fail: (d) =>
      void d.listing.categories['wechat-mp'].push({
        code: '9_98',
        names: ['社交', '社区/论坛'],
        qualifications: []
      }),
    passes: 'the same category with scenes and methods declared',
    pass: (d) => {
      d.listing.categories['wechat-mp'].push({
        code: '9_98',
        names: ['社交', '社区/论坛'],
        qualifications: []
      })
      d.listing.ugc.scenes = ['text', 'image']
      d.listing.ugc.methods = ['contentSecurityApi', 'manualReview']
    }
  },
  {
    id: 'ugc_text_length',
    fails: 'an audit description of 257 characters',
    fail: (d) => void (d.listing.ugc.auditDescription = '审'.repeat(257))
  },
  {
    id: 'tag_count',
    fails: '11 tags',
    fail: (d) => void (d.listing.tags = Array.from({ length: 11 }, (_, index) => `标签${index}`))
  },
  {
    id: 'tag_length',
    fails: 'a tag of 21 characters',
    fail: (d) => void (d.listing.tags = ['签'.repeat(21)])
  },
  {
    id: 'tag_space',
    fails: 'a tag with a space',
    fail: (d) => void (d.listing.tags = ['留学 签证'])
  },
  {
    id: 'page_count',
    fails: '6 pages',
    fail: (d) =>
      void (d.listing.pages = Array.from({ length: 6 }, (_, index) => ({
        path: `pages/p${index}/index`,
        title: '页面'
      })))
  },
  {
    id: 'page_path',
    fails: 'a page without a path',
    fail: (d) => void (d.listing.pages[0]!.path = '')
  },
  {
    id: 'page_title_length',
    fails: 'a page title of 33 characters',
    fail: (d) => void (d.listing.pages[0]!.title = '题'.repeat(33))
  },
  {
    id: 'privacy_owner_contact',
    fails: 'no owner contact',
    fail: (d) =>
      void (d.listing.privacy.ownerContact = { email: '', phone: '', qq: '', weixin: '' }),
    passes: 'a QQ number as the only contact',
    pass: (d) =>
      void (d.listing.privacy.ownerContact = { email: '', phone: '', qq: '10001', weixin: '' })
  },
  {
    id: 'privacy_email_format',
    fails: 'an owner email without a domain',
    fail: (d) => void (d.listing.privacy.ownerContact.email = 'privacy@')
  },
  {
    id: 'privacy_notice_method',
    fails: 'no notice method',
    fail: (d) => void (d.listing.privacy.noticeMethod = '')
  },
  {
    id: 'privacy_retention',
    fails: 'a retention of "30 days"',
    fail: (d) => void (d.listing.privacy.retention = '30 days'),
    passes: 'no retention at all (it is optional)',
    pass: (d) => void (d.listing.privacy.retention = '')
  },
  {
    id: 'privacy_items_missing',
    fails: 'no declared data',
    fail: (d) => void (d.listing.privacy.items = [])
  },
  {
    id: 'privacy_purpose',
    fails: 'an item without a purpose',
    fail: (d) => void (d.listing.privacy.items[0]!.purpose = '')
  },
  {
    id: 'privacy_key_unknown',
    fails: 'a typed key WeChat does not list',
    fail: (d) => void (d.listing.privacy.items[0]!.key = 'FaceData'),
    passes: 'every one of the 22 keys WxJava’s PrivacyKeyEnum lists',
    pass: (d) =>
      void (d.listing.privacy.items = [...WECHAT_PRIVACY_KEYS].map((key) => ({
        key,
        purpose: '在预约顾问时联系你并确认面谈时间'
      })))
  },
  {
    id: 'privacy_purpose_prefix',
    fails: 'a purpose starting with 为了',
    fail: (d) => void (d.listing.privacy.items[0]!.purpose = '为了在预约顾问时联系你并确认面谈时间')
  },
  {
    id: 'privacy_purpose_vague',
    fails: 'a purpose of 暂未使用',
    fail: (d) => void (d.listing.privacy.items[0]!.purpose = '暂未使用')
  },
  {
    id: 'test_account',
    fails: 'a login without a password',
    fail: (d) => void (d.listing.testAccount.password = ''),
    passes: 'no password when no login is needed',
    pass: (d) => {
      d.listing.testAccount.needsLogin = false
      d.listing.testAccount.password = ''
    }
  },
  {
    id: 'image_format',
    fails: 'a WEBP logo',
    fail: (_d, images) => void (images[LOGO] = { ...images[LOGO]!, format: 'webp' })
  },
  {
    id: 'image_bytes',
    fails: 'a 3 MB logo',
    fail: (_d, images) => void (images[LOGO] = { ...images[LOGO]!, bytes: 3 * MB })
  }
]

const ALIPAY: RuleCase[] = [
  { id: 'name_required', fails: 'an empty name', fail: (d) => void (d.listing.name = '') },
  {
    id: 'name_length',
    fails: 'a name of 31 characters',
    fail: (d) => void (d.listing.name = '鹿'.repeat(31))
  },
  {
    id: 'name_length_faq',
    fails: 'a name of 21 characters, within the SDK’s 30',
    fail: (d) => void (d.listing.name = '小鹿留学' + 'x'.repeat(17))
  },
  {
    id: 'name_charset',
    fails: 'a name with a space',
    fail: (d) => void (d.listing.name = '小鹿 留学')
  },
  {
    id: 'name_charset_faq',
    fails: 'a name with "+", which only the SDK allows',
    fail: (d) => void (d.listing.name = '小鹿留学+')
  },
  {
    id: 'name_platform_word',
    fails: 'a name containing 支付宝',
    fail: (d) => void (d.listing.name = '支付宝小鹿留学')
  },
  {
    id: 'name_competitor_word',
    fails: 'an English name containing WeChat',
    fail: (d) => void (d.listing.englishName = 'XiaoluWeChat')
  },
  {
    id: 'name_superlative',
    fails: 'a name containing 第一',
    fail: (d) => void (d.listing.name = '第一留学')
  },
  { id: 'name_generic', fails: 'a place-and-trade name without proof', fail: GENERIC_NAME },
  {
    id: 'english_name_required',
    fails: 'no English name',
    fail: (d) => void (d.listing.englishName = '')
  },
  {
    id: 'english_name_length',
    fails: 'an English name of 2 letters',
    fail: (d) => void (d.listing.englishName = 'XL')
  },
  {
    id: 'english_name_charset_audit',
    fails: 'an English name with "_"',
    fail: (d) => void (d.listing.englishName = 'Xiaolu_Study')
  },
  { id: 'intro_required', fails: 'an empty slogan', fail: (d) => void (d.listing.intro = '') },
  {
    id: 'intro_length',
    fails: 'a slogan of 4 characters',
    fail: (d) => void (d.listing.intro = '留学咨询')
  },
  {
    id: 'intro_placeholder',
    fails: 'a slogan without Chinese',
    fail: (d) => void (d.listing.intro = 'Study abroad consulting')
  },
  {
    id: 'description_required',
    fails: 'no description',
    fail: (d) => void (d.listing.description = '')
  },
  {
    id: 'description_length',
    fails: 'a description of 6 characters',
    fail: (d) => void (d.listing.description = '留学咨询服务')
  },
  {
    id: 'description_length_inner',
    fails: 'a description of 250 characters',
    fail: (d) => void (d.listing.description = '述'.repeat(250))
  },
  {
    id: 'version_notes_required',
    fails: 'no version notes',
    fail: (d) => void (d.listing.versionNotes = '')
  },
  {
    id: 'version_notes_length',
    fails: 'version notes of 4 characters',
    fail: (d) => void (d.listing.versionNotes = '首个版本')
  },
  {
    id: 'memo_length',
    fails: 'reviewer notes of 501 characters',
    fail: (d) => void (d.listing.testAccount.notes = '说'.repeat(501))
  },
  {
    id: 'app_version',
    fails: 'a version of 1.0',
    fail: (d) => void (d.listing.appVersion = '1.0')
  },
  {
    id: 'service_contact',
    fails: 'neither phone nor email, here or in the profile',
    fail: (d) => {
      d.listing.servicePhone = ''
      d.listing.serviceEmail = ''
      d.merchant.business.servicePhone = ''
      d.merchant.contact.email = ''
    },
    passes: 'only the profile’s contact email',
    pass: (d) => {
      d.listing.servicePhone = ''
      d.merchant.business.servicePhone = ''
    }
  },
  {
    id: 'service_phone_format',
    fails: 'a phone with brackets and spaces',
    fail: (d) => void (d.listing.servicePhone = '(0571) 8888 6666')
  },
  {
    id: 'service_email_format',
    fails: 'an email without a domain',
    fail: (d) => void (d.listing.serviceEmail = 'hello@')
  },
  {
    id: 'service_region',
    fails: 'no region type',
    fail: (d) => void (d.listing.serviceRegion.type = null),
    passes: 'mainland China without areas',
    pass: (d) => void (d.listing.serviceRegion = { type: 'china', areas: [] })
  },
  {
    id: 'category_count',
    fails: '5 categories',
    fail: (d) =>
      void (d.listing.categories['alipay-mp'] = ['1_2', '1_3', '1_4', '1_5', '1_6'].map((code) => ({
        code,
        names: [],
        qualifications: []
      })))
  },
  {
    id: 'category_code',
    fails: 'a one-level code',
    fail: (d) => void (d.listing.categories['alipay-mp'][0]!.code = '107209')
  },
  {
    id: 'category_unlisted',
    fails: 'a code missing from the table',
    fail: () => undefined,
    passes: 'a listed code',
    pass: (d) => void (d.listing.categories['alipay-mp'][0]!.code = 'XS200_XS201'),
    testTable: true
  },
  {
    id: 'category_duplicate',
    fails: 'the same category twice',
    fail: (d) => void d.listing.categories['alipay-mp'].push(d.listing.categories['alipay-mp'][0]!)
  },
  {
    id: 'category_qualification',
    fails: 'a category needing a special licence without one',
    fail: (d) => void (d.listing.categories['alipay-mp'][0]!.code = '100_102'),
    passes: 'the same category with its special licence',
    pass: (d) =>
      void (d.listing.categories['alipay-mp'][0] = {
        code: '100_102',
        names: [],
        qualifications: [{ key: 'special_license', files: [{ sha256: sha('6') }] }]
      }),
    testTable: true
  },
  {
    id: 'special_licence_count',
    fails: '4 special-licence pictures',
    fail: (d) =>
      void (d.listing.categories['alipay-mp'][0] = {
        code: '100_102',
        names: [],
        qualifications: [
          {
            key: 'special_license',
            files: ['6', '8', '9', 'a'].map((digit) => ({ sha256: sha(digit) }))
          }
        ]
      }),
    testTable: true
  },
  {
    id: 'licence_photo',
    fails: 'a category needing the licence when the profile has none',
    fail: (d) => {
      d.listing.categories['alipay-mp'][0]!.code = '100_101'
      d.merchant.licence.photo = null
    },
    passes: 'that category with the licence picture',
    pass: (d) => void (d.listing.categories['alipay-mp'][0]!.code = '100_101'),
    testTable: true
  },
  {
    id: 'storefront_photo',
    fails: 'a category needing a storefront photo when the profile has none',
    fail: (d) => void (d.listing.categories['alipay-mp'][0]!.code = '100_101'),
    passes: 'that category with the storefront photo',
    pass: (d) => {
      d.listing.categories['alipay-mp'][0]!.code = '100_101'
      d.merchant.business.store.entrancePhoto = { sha256: sha('b') }
    },
    testTable: true
  },
  { id: 'logo_required', fails: 'no logo', fail: (d) => void (d.listing.logo = null) },
  {
    id: 'screenshot_count',
    fails: 'a single screenshot',
    fail: (d) => void (d.listing.screenshots = d.listing.screenshots.slice(0, 1))
  },
  {
    id: 'screenshots_missing',
    fails: 'no screenshots',
    fail: (d) => void (d.listing.screenshots = [])
  },
  {
    id: 'test_account',
    fails: 'a login without an account',
    fail: (d) => void (d.listing.testAccount.account = '')
  },
  {
    id: 'image_format',
    fails: 'a GIF logo',
    fail: (_d, images) => void (images[LOGO] = { ...images[LOGO]!, format: 'gif' })
  },
  {
    id: 'image_bytes',
    fails: 'a 5 MB screenshot',
    fail: (_d, images) => void (images[SCREENSHOT] = { ...images[SCREENSHOT]!, bytes: 5 * MB })
  },
  {
    id: 'image_dimensions',
    fails: 'a screenshot 2200 px wide',
    fail: (_d, images) => void (images[SCREENSHOT] = { ...images[SCREENSHOT]!, width: 2200 })
  },
  {
    id: 'image_square',
    fails: 'a 200×180 logo',
    fail: (_d, images) => void (images[LOGO] = { ...images[LOGO]!, height: 180 })
  },
  {
    id: 'image_cmyk',
    fails: 'a CMYK licence picture',
    fail: (_d, images) => void (images[LICENCE] = { ...images[LICENCE]!, space: 'cmyk' })
  }
]

const DOUYIN: RuleCase[] = [
  { id: 'name_required', fails: 'an empty name', fail: (d) => void (d.listing.name = '') },
  {
    id: 'name_length',
    fails: 'a name of 12 Chinese characters (24 counted)',
    fail: (d) => void (d.listing.name = '小鹿留学出国咨询服务中心')
  },
  {
    id: 'name_charset',
    fails: 'a name with "-"',
    fail: (d) => void (d.listing.name = '小鹿-留学'),
    passes: 'a name ending in "+"',
    pass: (d) => void (d.listing.name = '小鹿留学+')
  },
  {
    id: 'name_platform_word',
    fails: 'a name containing 抖音',
    fail: (d) => void (d.listing.name = '抖音小鹿留学')
  },
  {
    id: 'name_competitor_word',
    fails: 'a name containing 百度',
    fail: (d) => void (d.listing.name = '小鹿留学百度')
  },
  {
    id: 'name_superlative',
    fails: 'a name containing 顶级',
    fail: (d) => void (d.listing.name = '顶级小鹿留学')
  },
  { id: 'name_generic', fails: 'a place-and-trade name without proof', fail: GENERIC_NAME },
  {
    id: 'name_proof_count',
    fails: 'two name proofs',
    fail: (d) => void d.listing.nameProof.push({ sha256: sha('6') })
  },
  { id: 'intro_required', fails: 'an empty intro', fail: (d) => void (d.listing.intro = '') },
  {
    id: 'intro_length',
    fails: 'an intro of 4 characters',
    fail: (d) => void (d.listing.intro = '留学咨询')
  },
  {
    id: 'intro_placeholder',
    fails: 'an intro marked TODO',
    fail: (d) => void (d.listing.intro = 'TODO 待补充的简介内容')
  },
  {
    id: 'category_count',
    fails: '6 categories',
    fail: (d) =>
      void (d.listing.categories['douyin-mp'] = [1, 2, 3, 4, 5, 6].map((leaf) => ({
        code: `188_189_${leaf}`,
        names: [],
        qualifications: []
      })))
  },
  {
    id: 'category_code',
    fails: 'a two-level code',
    fail: (d) => void (d.listing.categories['douyin-mp'][0]!.code = '188_189')
  },
  {
    id: 'category_unlisted',
    fails: 'a code missing from the table',
    fail: (d) => void (d.listing.categories['douyin-mp'][0]!.code = '188_189_191')
  },
  {
    id: 'category_duplicate',
    fails: 'the same category twice',
    fail: (d) => void d.listing.categories['douyin-mp'].push(d.listing.categories['douyin-mp'][0]!)
  },
  {
    id: 'category_qualification',
    fails: '社交-直播 without any of its certificates',
    fail: (d) =>
      void (d.listing.categories['douyin-mp'][0] = {
        code: '158_159_259',
        names: [],
        qualifications: []
      }),
    passes: '社交-直播 with one of its alternatives (《网络文化经营许可证》)',
    pass: (d) =>
      void (d.listing.categories['douyin-mp'][0] = {
        code: '158_159_259',
        names: [],
        qualifications: [{ key: '117', files: [{ sha256: sha('6') }] }]
      })
  },
  { id: 'logo_required', fails: 'no logo', fail: (d) => void (d.listing.logo = null) },
  {
    id: 'test_account',
    fails: 'a login without a password',
    fail: (d) => void (d.listing.testAccount.password = '')
  },
  {
    id: 'audit_note_length',
    fails: 'version notes that with the test account exceed 200 characters',
    fail: (d) => void (d.listing.versionNotes = '说'.repeat(190))
  },
  { id: 'host_names', fails: 'no host app', fail: (d) => void (d.listing.douyinHosts = []) },
  {
    id: 'image_format',
    fails: 'a BMP logo',
    fail: (_d, images) => void (images[LOGO] = { ...images[LOGO]!, format: 'bmp' })
  },
  {
    id: 'image_bytes',
    fails: 'a 3 MB name proof',
    fail: (_d, images) => void (images[sha('5')] = { ...images[sha('5')]!, bytes: 3 * MB })
  }
]

const BAIDU: RuleCase[] = [
  { id: 'name_required', fails: 'an empty name', fail: (d) => void (d.listing.name = '') },
  {
    id: 'name_length',
    fails: 'a name of 16 Chinese characters (32 counted)',
    fail: (d) => void (d.listing.name = '小鹿留学'.repeat(4))
  },
  {
    id: 'name_charset',
    fails: 'a name with "·"',
    fail: (d) => void (d.listing.name = '小鹿·留学')
  },
  {
    id: 'name_platform_word',
    fails: 'a name containing APP',
    fail: (d) => void (d.listing.name = '小鹿留学APP'),
    passes: 'a name where "app" is only part of a word',
    pass: (d) => void (d.listing.name = '小鹿Happy留学')
  },
  {
    id: 'name_competitor_word',
    fails: 'a name containing QQ',
    fail: (d) => void (d.listing.name = '小鹿留学QQ')
  },
  {
    id: 'name_superlative',
    fails: 'a name containing 官方',
    fail: (d) => void (d.listing.name = '官方小鹿留学')
  },
  { id: 'name_generic', fails: 'a place-and-trade name without proof', fail: GENERIC_NAME },
  { id: 'intro_required', fails: 'an empty intro', fail: (d) => void (d.listing.intro = '') },
  {
    id: 'intro_placeholder',
    fails: 'an intro of one repeated character',
    fail: (d) => void (d.listing.intro = '啊啊啊啊啊啊')
  },
  {
    id: 'version_notes_required',
    fails: 'no version notes (content)',
    fail: (d) => void (d.listing.versionNotes = '')
  },
  {
    id: 'review_remark_required',
    fails: 'no test account and no notes (remark)',
    fail: (d) =>
      void (d.listing.testAccount = { needsLogin: false, account: '', password: '', notes: '' }),
    passes: 'only notes for reviewers',
    pass: (d) =>
      void (d.listing.testAccount = {
        needsLogin: false,
        account: '',
        password: '',
        notes: '无需登录，首页即可体验'
      })
  },
  { id: 'package_id', fails: 'no package id', fail: (d) => void (d.listing.baiduPackageId = '') },
  {
    id: 'category_count',
    fails: 'no category',
    fail: (d) => void (d.listing.categories['baidu-mp'] = [])
  },
  {
    id: 'category_code',
    fails: 'a three-level code',
    fail: (d) => void (d.listing.categories['baidu-mp'][0]!.code = '1_2_3')
  },
  {
    id: 'category_unlisted',
    fails: 'a code missing from the table',
    fail: () => undefined,
    passes: 'a listed code',
    pass: (d) => void (d.listing.categories['baidu-mp'][0]!.code = '10_198'),
    testTable: true
  },
  {
    id: 'category_duplicate',
    fails: 'the same category twice',
    fail: (d) => void d.listing.categories['baidu-mp'].push(d.listing.categories['baidu-mp'][0]!)
  },
  {
    id: 'category_qualification',
    fails: 'a category needing a qualification without it',
    fail: (d) => void (d.listing.categories['baidu-mp'][0]!.code = '10_197'),
    passes: 'the same category with it',
    pass: (d) =>
      void (d.listing.categories['baidu-mp'][0] = {
        code: '10_197',
        names: [],
        qualifications: [{ key: '1', files: [{ sha256: sha('6') }] }]
      }),
    testTable: true
  },
  { id: 'logo_required', fails: 'no logo', fail: (d) => void (d.listing.logo = null) },
  {
    id: 'test_account',
    fails: 'a login without an account',
    fail: (d) => void (d.listing.testAccount.account = '')
  },
  {
    id: 'image_format',
    fails: 'a GIF logo',
    fail: (_d, images) => void (images[LOGO] = { ...images[LOGO]!, format: 'gif' })
  },
  {
    id: 'image_bytes',
    fails: 'a 6 MB logo',
    fail: (_d, images) => void (images[LOGO] = { ...images[LOGO]!, bytes: 6 * MB })
  },
  {
    id: 'image_dimensions',
    fails: 'a 300×300 logo',
    fail: (_d, images) => void (images[LOGO] = { ...images[LOGO]!, width: 300, height: 300 })
  },
  {
    id: 'image_square',
    fails: 'a 200×180 logo',
    fail: (_d, images) => void (images[LOGO] = { ...images[LOGO]!, height: 180 })
  }
]

const CASES: Readonly<Record<ListingPlatform, readonly RuleCase[]>> = {
  'wechat-mp': WECHAT,
  'alipay-mp': ALIPAY,
  'douyin-mp': DOUYIN,
  'baidu-mp': BAIDU
}

function run(platform: ListingPlatform, ruleCase: RuleCase, change: Change | undefined) {
  const draft = completeDraft()
  const images = fixtureImages()
  change?.(draft, images)
  const adapter = ruleCase.testTable
    ? CREATE[platform](fixtureCatalog(platform))
    : DEFAULT_ADAPTERS[platform]
  const code = `${platform}.${ruleCase.id}`
  return precheckListing(adapter, draft, { images }).filter((found) => found.code === code)
}

for (const [platform, cases] of Object.entries(CASES) as Array<[ListingPlatform, RuleCase[]]>) {
  describe(`${platform} precheck`, () => {
    it('has a case for every rule, and every case names a rule', () => {
      const ids = DEFAULT_ADAPTERS[platform].rules.map((rule) => rule.id)
      expect(cases.map((ruleCase) => `${platform}.${ruleCase.id}`).sort()).toEqual([...ids].sort())
    })

    for (const ruleCase of cases) {
      const rule = DEFAULT_ADAPTERS[platform].rules.find(
        (candidate) => candidate.id === `${platform}.${ruleCase.id}`
      )
      describe(`${platform}.${ruleCase.id}`, () => {
        it(`reports ${ruleCase.fails}, at its default level, with a complete message`, () => {
          const found = run(platform, ruleCase, ruleCase.fail)
          expect(found.length).toBeGreaterThan(0)
          for (const item of found) {
            expect(item.severity).toBe(rule?.level)
            for (const lang of ['zh-CN', 'en'] as const) {
              const text = interpolate(LISTING_MESSAGES[item.code]![lang], item.params)
              expect(text).not.toMatch(/\{\w+\}/)
            }
          }
        })

        it(`accepts ${ruleCase.passes ?? 'the complete draft'}`, () => {
          expect(run(platform, ruleCase, ruleCase.pass)).toEqual([])
        })
      })
    }
  })
}
