import { z } from 'zod'
import { MediaRef } from './media-ref'
import { pictures, text } from './fields'

/**
 * The mini-program listing, written once and published to the ticked platforms. Field names
 * are platform-neutral; each listing adapter maps them to its platform's calls. The schema
 * only bounds sizes: every platform's own limits are precheck rules, so a draft that is too
 * long for one platform still saves and shows why.
 */

export const LISTING_PLATFORMS = ['wechat-mp', 'alipay-mp', 'douyin-mp', 'baidu-mp'] as const
export const ListingPlatform = z.enum(LISTING_PLATFORMS)
export type ListingPlatform = z.output<typeof ListingPlatform>

/** The files given for one qualification a category asks for. */
export const CategoryQualification = z.object({
  /** The qualification's key in the category table: WeChat its name, Douyin and Baidu its id. */
  key: text(128),
  files: pictures(10)
})
export type CategoryQualification = z.output<typeof CategoryQualification>

/** One category picked on one platform. */
export const CategoryChoice = z.object({
  /** Ids along the platform's category tree joined by `_`: WeChat `8_39`, Douyin `188_189_190`. */
  code: text(64),
  /** Names along the path as the platform shows them (WeChat's `item_list` sends them). */
  names: z.array(text(64)).max(3).default([]),
  qualifications: z.array(CategoryQualification).max(10).default([])
})
export type CategoryChoice = z.output<typeof CategoryChoice>

function choices() {
  return z.array(CategoryChoice).max(20).default([])
}

/** Categories differ per platform (separate trees), so each platform has its own picks. */
export const ListingCategories = z.object({
  'wechat-mp': choices(),
  'alipay-mp': choices(),
  'douyin-mp': choices(),
  'baidu-mp': choices()
})
export type ListingCategories = z.output<typeof ListingCategories>

/** WeChat's head-image crop box, corners as fractions of the picture's width and height. */
export const CropBox = z.object({
  x1: z.number().default(0),
  y1: z.number().default(0),
  x2: z.number().default(1),
  y2: z.number().default(1)
})
export type CropBox = z.output<typeof CropBox>

/** Alipay `RegionInfo`: a province, optionally narrowed to a city and an area. */
export const ServiceArea = z.object({
  provinceCode: text(6),
  provinceName: text(32),
  cityCode: text(6),
  cityName: text(32),
  areaCode: text(6),
  areaName: text(32)
})
export type ServiceArea = z.output<typeof ServiceArea>

/** Where the service is offered (Alipay `region_type`): worldwide, mainland China, or listed areas. */
export const ServiceRegionType = z.enum(['global', 'china', 'location'])
export type ServiceRegionType = z.output<typeof ServiceRegionType>

export const ServiceRegion = z.object({
  /** Null until chosen: it is a declaration, so Kaitong does not pick one for the merchant. */
  type: ServiceRegionType.nullable().default(null),
  areas: z.array(ServiceArea).max(50).default([])
})
export type ServiceRegion = z.output<typeof ServiceRegion>

/** One kind of personal data the app collects, and why (WeChat `setting_list`). */
export const PrivacyItem = z.object({
  /** WeChat privacy key such as `UserInfo`, `Location`, `PhoneNumber` (platforms/wechat-mp.ts lists them). */
  key: text(64),
  /** The purpose, read by users as "为了{purpose}", so without a leading 为了/用于. */
  purpose: text(200)
})
export type PrivacyItem = z.output<typeof PrivacyItem>

/** How users reach the developer about their data (WeChat `owner_setting`). */
export const PrivacyOwnerContact = z.object({
  email: text(128),
  phone: text(32),
  qq: text(32),
  weixin: text(64)
})
export type PrivacyOwnerContact = z.output<typeof PrivacyOwnerContact>

export const PrivacyDeclaration = z.object({
  ownerContact: PrivacyOwnerContact.prefault({}),
  /** How users are told, e.g. 弹窗 or 公告. */
  noticeMethod: text(64),
  /** How long data is kept, written `<number>天`, e.g. `30天`; empty when not declared. */
  retention: text(16),
  items: z.array(PrivacyItem).max(50).default([])
})
export type PrivacyDeclaration = z.output<typeof PrivacyDeclaration>

/** What reviewers need to get past a login screen. */
export const TestAccount = z.object({
  needsLogin: z.boolean().default(false),
  account: text(64),
  password: text(64),
  notes: text(1000)
})
export type TestAccount = z.output<typeof TestAccount>

/** Kinds of user-generated content (WeChat `ugc_declare.scene`). */
export const UgcScene = z.enum(['none', 'profile', 'image', 'video', 'text', 'other'])
export type UgcScene = z.output<typeof UgcScene>

/** How that content is moderated (WeChat `ugc_declare.method`). */
export const UgcMethod = z.enum(['contentSecurityApi', 'otherAuditProduct', 'manualReview', 'none'])
export type UgcMethod = z.output<typeof UgcMethod>

/** Declaration WeChat requires for community, note and Q&A categories. */
export const UgcDeclaration = z.object({
  scenes: z.array(UgcScene).max(6).default([]),
  otherSceneDescription: text(500),
  methods: z.array(UgcMethod).max(4).default([]),
  hasAuditTeam: z.boolean().default(false),
  auditDescription: text(500)
})
export type UgcDeclaration = z.output<typeof UgcDeclaration>

/** A page reviewers should open, with its title (WeChat `item_list` address and title). */
export const ListingPage = z.object({
  path: text(256),
  title: text(64)
})
export type ListingPage = z.output<typeof ListingPage>

/** Douyin apps a version can be published in (`get_audit_hosts`). */
export const DouyinHost = z.enum([
  'douyin',
  'douyin_lite',
  'toutiao',
  'tt_lite',
  'xigua',
  'huoshan'
])
export type DouyinHost = z.output<typeof DouyinHost>

export const Listing = z.object({
  /** Platforms ticked for publishing. */
  targets: z.array(ListingPlatform).max(LISTING_PLATFORMS.length).default([]),
  name: text(200),
  /** WeChat 简称. */
  shortName: text(100),
  /** Alipay `app_english_name`. */
  englishName: text(200),
  /**
   * The one-sentence intro: WeChat's signature, Alipay's slogan, Douyin's and Baidu's intro.
   * One field, counted per platform, so the merchant sees at once where it does not fit.
   */
  intro: text(500),
  /** The long description (Alipay `app_desc`). */
  description: text(2000),
  categories: ListingCategories.prefault({}),
  tags: z.array(text(64)).max(20).default([]),
  logo: MediaRef,
  logoCrop: CropBox.prefault({}),
  /** Ordered: the first one is shown first. */
  screenshots: pictures(10),
  /** Trademark certificates and other proof for the name (WeChat `naming_other_stuff_*`). */
  nameProof: pictures(5),
  /** Empty = the merchant's service phone from the profile. */
  servicePhone: text(32),
  /** Empty = the merchant contact's email from the profile. */
  serviceEmail: text(128),
  serviceRegion: ServiceRegion.prefault({}),
  privacy: PrivacyDeclaration.prefault({}),
  testAccount: TestAccount.prefault({}),
  ugc: UgcDeclaration.prefault({}),
  pages: z.array(ListingPage).max(10).default([]),
  versionNotes: text(1000),
  /** The uploaded code version to submit (Alipay `app_version`, `x.y.z`). */
  appVersion: text(32),
  /** Baidu `package_id` of the uploaded package. */
  baiduPackageId: text(32),
  douyinHosts: z.array(DouyinHost).max(6).default(['douyin'])
})
export type Listing = z.output<typeof Listing>
export type ListingInput = z.input<typeof Listing>

export function emptyListing(): Listing {
  return Listing.parse({})
}
