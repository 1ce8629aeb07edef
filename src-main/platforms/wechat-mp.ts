import type { DraftContent } from '../domain/draft'
import { isEmail } from '../domain/identifiers/email'
import type { UgcMethod, UgcScene } from '../domain/listing'
import { countHan, countLength, TEXT_LIMITS } from '../domain/listing-text'
import type { BundlePart, ImageSpec, MediaUse, Requirement, ResolvedMedia } from './adapter'
import { CATEGORY_CATALOGS, type CategoryCatalog } from './categories'
import {
  joinLines,
  listingMediaUses,
  listingRequirement,
  placeholderList,
  placeholdersOf,
  qualificationsToSend,
  testAccountText,
  withoutEmpty
} from './listing-payload'
import {
  categoryRules,
  charsetRule,
  competitorWords,
  FIELDS,
  genericNameRule,
  imageRules,
  lengthRule,
  logoRequiredRule,
  placeholderRule,
  platformWords,
  requiredRule,
  SUPERLATIVES,
  testAccountRule,
  wordRule
} from './listing-rules'
import { listingAdapter } from './listing-adapter'
import type { ListingAdapter, ListingRule } from './precheck'

/**
 * WeChat mini program through a third-party platform (第三方平台): a listing is a sequence of
 * calls (name, head image, intro, categories, privacy guide, audit media, submit_audit), each
 * with a raw UTF-8 JSON body. Pictures are uploaded right before the call that uses them,
 * because WeChat's temporary media ids expire after 3 days.
 */

const PLATFORM = 'wechat-mp'
const LIMITS = TEXT_LIMITS[PLATFORM]
const MB = 1024 * 1024
const API = 'https://api.weixin.qq.com'

/**
 * Temporary material (cgi-bin/media/upload) for the licence, name proof and certificates:
 * [U] the doc says 2 MB in its limits and 10 MB in its notes; the stricter 2 MB and the
 * formats both passages name are used.
 */
const TEMPORARY_MATERIAL: ImageSpec = { formats: ['jpeg', 'png', 'gif'], maxBytes: 2 * MB }

export const WECHAT_MP_MEDIA_SPECS: Readonly<Record<string, ImageSpec>> = {
  /** modifyheadimage: BMP/JPEG/JPG/GIF/PNG ≤2 MB; WeChat crops it square with the crop box. */
  logo: { formats: ['png', 'jpeg', 'bmp', 'gif'], maxBytes: 2 * MB },
  /** wxa/uploadmedia audit media: PNG/JPEG/JPG/GIF ≤2 MB. */
  screenshot: { formats: ['png', 'jpeg', 'gif'], maxBytes: 2 * MB },
  qualification: TEMPORARY_MATERIAL,
  nameProof: TEMPORARY_MATERIAL,
  licence: TEMPORARY_MATERIAL
}

function mediaUses(catalog: CategoryCatalog, draft: DraftContent): MediaUse[] {
  return listingMediaUses(draft, catalog, [
    'licence',
    'nameProof',
    'logo',
    'qualification',
    'screenshot'
  ])
}

const NAMES = [FIELDS.name, FIELDS.shortName]
const UGC_TEXT_MAX = 256
const PRIVACY_DENIALS = /暂未使用|不使用|不收集|不获取|不清楚|不知道/
/**
 * `setting_list.privacy_key` values: WxJava `PrivacyKeyEnum` (weixin-java-open
 * …/bean/ma/privacy/PrivacyKeyEnum.java), the same 22 in SKIT's and other SDKs' constants.
 * Some third-party lists add ChooseLocation, Clipboard and four sensors; only keys every
 * source names are offered, and any other key is refused by precheck.
 */
export const WECHAT_PRIVACY_KEYS = [
  'UserInfo',
  'Location',
  'Address',
  'PhoneNumber',
  'Album',
  'Camera',
  'Record',
  'Contact',
  'DeviceInfo',
  'Invoice',
  'RunData',
  'EXIDNumber',
  'EXOrderInfo',
  'EXUserPublishContent',
  'EXUserFollowAcct',
  'EXUserOpLog',
  'AlbumWriteOnly',
  'LicensePlate',
  'BlueTooth',
  'CalendarWriteOnly',
  'Email',
  'MessageFile'
] as const

function isPrivacyKey(key: string): boolean {
  return (WECHAT_PRIVACY_KEYS as readonly string[]).includes(key)
}

/** [D] from rejected privacy guides: purposes this short rarely say what the data is for. */
const PRIVACY_PURPOSE_MIN_HAN = 10

function hasOwnerContact(draft: DraftContent): boolean {
  return Object.values(draft.listing.privacy.ownerContact).some((value) => value.trim() !== '')
}

function needsUgcDeclaration(catalog: CategoryCatalog, draft: DraftContent): boolean {
  return draft.listing.categories[PLATFORM].some(
    (choice) => catalog.resolve(choice).needsUgcDeclaration
  )
}

function wechatMpRules(catalog: CategoryCatalog): ListingRule[] {
  return [
    requiredRule(`${PLATFORM}.name_required`, 'name_required', FIELDS.name),
    lengthRule(`${PLATFORM}.name_length`, FIELDS.name, LIMITS.name!),
    {
      // [U] Sources disagree: the rule text allows 3 Chinese characters (6 counted), one
      // community report says one was refused with "最少得4个汉字"; the stricter bound warns.
      id: `${PLATFORM}.name_min_han`,
      level: 'warning',
      message: 'wechat_name_min_han',
      check: ({ listing }) => {
        const name = listing.name.trim()
        const han = countHan(name)
        return han > 0 && han < 4 && han === [...name].length
          ? [{ path: FIELDS.name.path, params: { counted: han } }]
          : []
      }
    },
    // "中文、数字、英文、空格及部分特殊符号": which symbols is not published, so any is a warning.
    charsetRule(
      `${PLATFORM}.name_charset`,
      'warning',
      'wechat_name_charset',
      NAMES,
      /[\p{Script=Han}A-Za-z0-9 ]/u
    ),
    wordRule(
      `${PLATFORM}.name_platform_word`,
      'error',
      'name_platform_word',
      NAMES,
      platformWords(PLATFORM)
    ),
    wordRule(
      `${PLATFORM}.name_competitor_word`,
      'error',
      'name_competitor_word',
      NAMES,
      competitorWords(PLATFORM)
    ),
    wordRule(`${PLATFORM}.name_superlative`, 'error', 'name_superlative', NAMES, SUPERLATIVES),
    genericNameRule(`${PLATFORM}.name_generic`),
    lengthRule(`${PLATFORM}.short_name_length`, FIELDS.shortName, LIMITS.shortName!),
    requiredRule(`${PLATFORM}.intro_required`, 'intro_required', FIELDS.intro),
    lengthRule(`${PLATFORM}.intro_length`, FIELDS.intro, LIMITS.intro!),
    {
      id: `${PLATFORM}.intro_min_han`,
      level: 'error',
      message: 'wechat_intro_min_han',
      check: ({ listing }) => {
        const counted = countHan(listing.intro)
        return listing.intro.trim() !== '' && counted < 4
          ? [{ path: FIELDS.intro.path, params: { counted } }]
          : []
      }
    },
    placeholderRule(`${PLATFORM}.intro_placeholder`, FIELDS.intro),
    logoRequiredRule(`${PLATFORM}.logo_required`),
    {
      // 53205 for inverted boxes, -1 for 0,0,0,0.
      id: `${PLATFORM}.logo_crop`,
      level: 'error',
      message: 'wechat_logo_crop',
      check: ({ listing }) => {
        const { x1, y1, x2, y2 } = listing.logoCrop
        const ok = 0 <= x1 && x1 < x2 && x2 <= 1 && 0 <= y1 && y1 < y2 && y2 <= 1
        return ok ? [] : [{ path: 'listing.logoCrop', params: { x1, y1, x2, y2 } }]
      }
    },
    {
      // [D] WeChat makes the head image square; a box that is not square in pixels distorts it.
      id: `${PLATFORM}.logo_crop_square`,
      level: 'warning',
      message: 'wechat_logo_crop_square',
      media: true,
      check: ({ listing, images }) => {
        const info = listing.logo ? images[listing.logo.sha256] : undefined
        if (!info) return []
        const { x1, y1, x2, y2 } = listing.logoCrop
        const width = Math.round((x2 - x1) * info.width)
        const height = Math.round((y2 - y1) * info.height)
        return width > 0 && height > 0 && Math.abs(width / height - 1) > 0.01
          ? [{ path: 'listing.logoCrop', params: { width, height } }]
          : []
      }
    },
    {
      // setnickname takes the organisation's licence (`license`); every Kaitong subject is one.
      id: `${PLATFORM}.licence_photo`,
      level: 'error',
      message: 'wechat_licence_photo',
      check: ({ draft }) =>
        draft.merchant.licence.photo ? [] : [{ path: 'merchant.licence.photo' }]
    },
    // Each category becomes one submit_audit item_list entry, and item_list takes at most 5.
    ...categoryRules(catalog, { min: 1, max: 5, code: /^\d+_\d+$/, needsNames: true }),
    {
      // 85094: required on first submission for 社交-社区/论坛, 社交-笔记, 社交-问答.
      id: `${PLATFORM}.ugc_declaration`,
      level: 'error',
      message: 'wechat_ugc_declaration',
      check: ({ draft, listing }) => {
        if (!needsUgcDeclaration(catalog, draft)) return []
        const { scenes, methods, otherSceneDescription } = listing.ugc
        const missingOther = scenes.includes('other') && otherSceneDescription.trim() === ''
        return scenes.length === 0 || methods.length === 0 || missingOther
          ? [{ path: 'listing.ugc' }]
          : []
      }
    },
    {
      id: `${PLATFORM}.ugc_text_length`,
      level: 'error',
      message: 'length_char',
      check: ({ listing }) =>
        (['otherSceneDescription', 'auditDescription'] as const).flatMap((key) => {
          const counted = countLength(listing.ugc[key], 'char')
          return counted > UGC_TEXT_MAX
            ? [{ path: `listing.ugc.${key}`, params: { counted, min: 0, max: UGC_TEXT_MAX } }]
            : []
        })
    },
    {
      id: `${PLATFORM}.tag_count`,
      level: 'error',
      message: 'wechat_tag_count',
      check: ({ listing }) =>
        listing.tags.length > 10
          ? [{ path: 'listing.tags', params: { count: listing.tags.length, max: 10 } }]
          : []
    },
    {
      id: `${PLATFORM}.tag_length`,
      level: 'error',
      message: 'length_char',
      check: ({ listing }) =>
        listing.tags.flatMap((tag, index) => {
          const counted = countLength(tag.trim(), 'char')
          const { min, max } = LIMITS.tag!
          return counted < min || counted > max
            ? [{ path: `listing.tags.${index}`, params: { counted, min, max } }]
            : []
        })
    },
    {
      // item_list `tag` is one space-separated string.
      id: `${PLATFORM}.tag_space`,
      level: 'error',
      message: 'wechat_tag_space',
      check: ({ listing }) =>
        listing.tags.flatMap((tag, index) =>
          /\s/.test(tag.trim()) ? [{ path: `listing.tags.${index}`, params: { tag } }] : []
        )
    },
    {
      id: `${PLATFORM}.page_count`,
      level: 'error',
      message: 'wechat_page_count',
      check: ({ listing }) =>
        listing.pages.length > 5
          ? [{ path: 'listing.pages', params: { count: listing.pages.length, max: 5 } }]
          : []
    },
    {
      id: `${PLATFORM}.page_path`,
      level: 'error',
      message: 'wechat_page_path',
      check: ({ listing }) =>
        listing.pages.flatMap((page, index) =>
          page.path.trim() === '' ? [{ path: `listing.pages.${index}.path` }] : []
        )
    },
    {
      id: `${PLATFORM}.page_title_length`,
      level: 'error',
      message: 'length_char',
      check: ({ listing }) =>
        listing.pages.flatMap((page, index) => {
          const counted = countLength(page.title, 'char')
          return counted > LIMITS.pageTitle!.max
            ? [
                {
                  path: `listing.pages.${index}.title`,
                  params: { counted, min: 0, max: LIMITS.pageTitle!.max }
                }
              ]
            : []
        })
    },
    {
      // "owner_setting必填字段字段缺失": at least one of email, phone, QQ, WeChat id.
      id: `${PLATFORM}.privacy_owner_contact`,
      level: 'error',
      message: 'wechat_privacy_owner_contact',
      check: ({ draft }) =>
        hasOwnerContact(draft) ? [] : [{ path: 'listing.privacy.ownerContact' }]
    },
    {
      id: `${PLATFORM}.privacy_email_format`,
      level: 'error',
      message: 'email_format',
      check: ({ listing }) => {
        const email = listing.privacy.ownerContact.email.trim()
        return email !== '' && !isEmail(email)
          ? [{ path: 'listing.privacy.ownerContact.email', params: { email } }]
          : []
      }
    },
    {
      id: `${PLATFORM}.privacy_notice_method`,
      level: 'error',
      message: 'wechat_privacy_notice_method',
      check: ({ listing }) =>
        listing.privacy.noticeMethod.trim() === '' ? [{ path: 'listing.privacy.noticeMethod' }] : []
    },
    {
      // 87072 unless store_expire_timestamp is "<number>天".
      id: `${PLATFORM}.privacy_retention`,
      level: 'error',
      message: 'wechat_privacy_retention',
      check: ({ listing }) => {
        const retention = listing.privacy.retention.trim()
        return retention !== '' && !/^\d+天$/.test(retention)
          ? [{ path: 'listing.privacy.retention', params: { retention } }]
          : []
      }
    },
    {
      // setting_list is required with privacy_ver 2 (the development version Kaitong sets).
      id: `${PLATFORM}.privacy_items_missing`,
      level: 'warning',
      message: 'wechat_privacy_items_missing',
      check: ({ listing }) =>
        listing.privacy.items.length === 0 ? [{ path: 'listing.privacy.items' }] : []
    },
    {
      id: `${PLATFORM}.privacy_purpose`,
      level: 'error',
      message: 'wechat_privacy_purpose',
      check: ({ listing }) =>
        listing.privacy.items.flatMap((item, index) => [
          ...(item.key.trim() === '' ? [{ path: `listing.privacy.items.${index}.key` }] : []),
          ...(item.purpose.trim() === ''
            ? [{ path: `listing.privacy.items.${index}.purpose` }]
            : [])
        ])
    },
    {
      id: `${PLATFORM}.privacy_key_unknown`,
      level: 'error',
      message: 'wechat_privacy_key_unknown',
      check: ({ listing }) =>
        listing.privacy.items.flatMap((item, index) => {
          const key = item.key.trim()
          return key !== '' && !isPrivacyKey(key)
            ? [{ path: `listing.privacy.items.${index}.key`, params: { key } }]
            : []
        })
    },
    {
      // Shown to users as "为了{purpose}".
      id: `${PLATFORM}.privacy_purpose_prefix`,
      level: 'warning',
      message: 'wechat_privacy_purpose_prefix',
      check: ({ listing }) =>
        listing.privacy.items.flatMap((item, index) =>
          /^(为了|用于)/.test(item.purpose.trim())
            ? [
                {
                  path: `listing.privacy.items.${index}.purpose`,
                  params: { purpose: item.purpose.trim() }
                }
              ]
            : []
        )
    },
    {
      // [D] Reviewers reject blank, filler, denying or copied purposes.
      id: `${PLATFORM}.privacy_purpose_vague`,
      level: 'warning',
      message: 'wechat_privacy_purpose_vague',
      check: ({ listing }) =>
        listing.privacy.items.flatMap((item, index, all) => {
          const purpose = item.purpose.trim()
          if (purpose === '') return []
          const copied = all.findIndex((other) => other.purpose.trim() === purpose) < index
          const vague =
            PRIVACY_DENIALS.test(purpose) || countHan(purpose) < PRIVACY_PURPOSE_MIN_HAN || copied
          return vague
            ? [{ path: `listing.privacy.items.${index}.purpose`, params: { purpose } }]
            : []
        })
    },
    testAccountRule(`${PLATFORM}.test_account`),
    ...imageRules(PLATFORM, WECHAT_MP_MEDIA_SPECS, (draft) => mediaUses(catalog, draft))
  ]
}

function requirements(draft: DraftContent): Requirement[] {
  const { listing } = draft
  const { privacy, testAccount } = listing
  return [
    listingRequirement(`${PLATFORM}.name`, 'listing.name', listing.name.trim() !== ''),
    listingRequirement(`${PLATFORM}.intro`, 'listing.intro', listing.intro.trim() !== ''),
    listingRequirement(`${PLATFORM}.logo`, 'listing.logo', listing.logo !== null),
    listingRequirement(
      `${PLATFORM}.category`,
      `listing.categories.${PLATFORM}`,
      listing.categories[PLATFORM].length > 0
    ),
    listingRequirement(
      `${PLATFORM}.privacy`,
      'listing.privacy',
      hasOwnerContact(draft) && privacy.noticeMethod.trim() !== ''
    ),
    {
      id: `${PLATFORM}.licence_photo`,
      step: 'merchant',
      path: 'merchant.licence.photo',
      met: draft.merchant.licence.photo !== null
    },
    ...(testAccount.needsLogin
      ? [
          listingRequirement(
            `${PLATFORM}.test_account`,
            'listing.testAccount',
            testAccount.account.trim() !== '' && testAccount.password.trim() !== ''
          )
        ]
      : [])
  ]
}

const UGC_SCENES: Readonly<Record<UgcScene, number>> = {
  none: 0,
  profile: 1,
  image: 2,
  video: 3,
  text: 4,
  other: 5
}

const UGC_METHODS: Readonly<Record<UgcMethod, number>> = {
  contentSecurityApi: 1,
  otherAuditProduct: 2,
  manualReview: 3,
  none: 4
}

/** Temporary material, with the authorizer token: media ids from elsewhere give 40007. */
function uploadTemporary(name: string, file: string): BundlePart {
  return {
    name,
    endpoint: `POST ${API}/cgi-bin/media/upload?type=image`,
    contentType: 'multipart',
    body: {},
    files: { media: file }
  }
}

function buildPayload(
  catalog: CategoryCatalog,
  draft: DraftContent,
  media: ResolvedMedia
): BundlePart[] {
  const { listing, merchant } = draft
  const parts: BundlePart[] = []
  const fileOf = (slot: string, sha256: string) => media.file(slot, sha256).path

  const nickname = placeholderList()
  const licence = merchant.licence.photo ? fileOf('licence', merchant.licence.photo.sha256) : null
  const proofs = listing.nameProof.map((picture) => fileOf('nameProof', picture.sha256))
  if (licence) parts.push(uploadTemporary('upload-licence', licence))
  proofs.forEach((file, index) =>
    parts.push(uploadTemporary(`upload-name-proof-${index + 1}`, file))
  )
  parts.push({
    name: 'setnickname',
    endpoint: `POST ${API}/wxa/setnickname`,
    contentType: 'json',
    body: {
      nick_name: listing.name.trim(),
      ...(licence ? { license: nickname.mediaId('/license', licence) } : {}),
      ...Object.fromEntries(
        proofs.map((file, index) => {
          const field = `naming_other_stuff_${index + 1}`
          return [field, nickname.mediaId(`/${field}`, file)]
        })
      )
    },
    ...placeholdersOf(nickname)
  })

  if (listing.logo) {
    const logo = fileOf('logo', listing.logo.sha256)
    const head = placeholderList()
    const { x1, y1, x2, y2 } = listing.logoCrop
    parts.push(uploadTemporary('upload-head-image', logo))
    parts.push({
      name: 'modifyheadimage',
      endpoint: `POST ${API}/cgi-bin/account/modifyheadimage`,
      contentType: 'json',
      // All strings, as the API documents them.
      body: {
        head_img_media_id: head.mediaId('/head_img_media_id', logo),
        x1: String(x1),
        y1: String(y1),
        x2: String(x2),
        y2: String(y2)
      },
      ...placeholdersOf(head)
    })
  }

  parts.push({
    name: 'modifysignature',
    endpoint: `POST ${API}/cgi-bin/account/modifysignature`,
    contentType: 'json',
    body: { signature: listing.intro.trim() }
  })

  const picks = listing.categories[PLATFORM]
  if (picks.length > 0) {
    const certificates = placeholderList()
    const categories = picks.map((choice, choiceIndex) => {
      const [first, second] = catalog.resolve(choice).ids
      const sent = qualificationsToSend(catalog, choice).flatMap((item) =>
        item.files.map((picture) => ({
          key: item.key,
          file: fileOf('qualification', picture.sha256)
        }))
      )
      sent.forEach(({ file }, index) =>
        parts.push(uploadTemporary(`upload-certificate-${choiceIndex + 1}-${index + 1}`, file))
      )
      return {
        first: Number(first),
        second: Number(second),
        // The API's own spelling.
        ...(sent.length > 0
          ? {
              certicates: sent.map(({ key, file }, index) => ({
                key,
                value: certificates.mediaId(
                  `/categories/${choiceIndex}/certicates/${index}/value`,
                  file
                )
              }))
            }
          : {})
      }
    })
    parts.push({
      name: 'addcategory',
      endpoint: `POST ${API}/cgi-bin/wxopen/addcategory`,
      contentType: 'json',
      body: { categories },
      ...placeholdersOf(certificates)
    })
  }

  const { privacy } = listing
  const owner = privacy.ownerContact
  parts.push({
    name: 'setprivacysetting',
    endpoint: `POST ${API}/cgi-bin/component/setprivacysetting`,
    contentType: 'json',
    body: {
      privacy_ver: 2,
      setting_list: privacy.items.map((item) => ({
        privacy_key: item.key.trim(),
        privacy_text: item.purpose.trim()
      })),
      owner_setting: withoutEmpty({
        contact_email: owner.email.trim(),
        contact_phone: owner.phone.trim(),
        contact_qq: owner.qq.trim(),
        contact_weixin: owner.weixin.trim(),
        notice_method: privacy.noticeMethod.trim(),
        store_expire_timestamp: privacy.retention.trim()
      })
    },
    waitFor:
      'wxa/security/get_code_privacy_info returns errcode 0: the privacy-interface detection that follows wxa/commit has finished (61039 otherwise)'
  })

  const preview = placeholderList()
  const screenshots = listing.screenshots.map((picture) => fileOf('screenshot', picture.sha256))
  screenshots.forEach((file, index) =>
    parts.push({
      name: `upload-audit-media-${index + 1}`,
      endpoint: `POST ${API}/wxa/uploadmedia`,
      contentType: 'multipart',
      body: {},
      files: { media: file }
    })
  )
  const tags = listing.tags.map((tag) => tag.trim()).filter((tag) => tag !== '')
  const { ugc } = listing
  parts.push({
    name: 'submit_audit',
    endpoint: `POST ${API}/wxa/submit_audit`,
    contentType: 'json',
    body: {
      item_list: picks.slice(0, 5).map((choice, index) => {
        const { ids, names } = catalog.resolve(choice)
        const page = listing.pages[index] ?? listing.pages[0]
        return withoutEmpty({
          address: page?.path.trim() ?? '',
          tag: tags.join(' '),
          first_class: names[0] ?? '',
          second_class: names[1] ?? '',
          first_id: Number(ids[0]),
          second_id: Number(ids[1]),
          title: page?.title.trim() ?? ''
        })
      }),
      ...(screenshots.length > 0
        ? {
            preview_info: {
              pic_id_list: screenshots.map((file, index) =>
                preview.mediaId(`/preview_info/pic_id_list/${index}`, file)
              )
            }
          }
        : {}),
      // WeChat's answer for reviewers' logins: put the test account in version_desc.
      version_desc: joinLines(listing.versionNotes, testAccountText(listing)),
      ...(needsUgcDeclaration(catalog, draft)
        ? {
            ugc_declare: withoutEmpty({
              scene: ugc.scenes.map((scene) => UGC_SCENES[scene]),
              other_scene_desc: ugc.otherSceneDescription.trim(),
              method: ugc.methods.map((method) => UGC_METHODS[method]),
              has_audit_team: ugc.hasAuditTeam ? 1 : 0,
              audit_desc: ugc.auditDescription.trim()
            })
          }
        : {})
    },
    ...placeholdersOf(preview),
    waitFor:
      'the name is approved (wxa/api_wxa_querynickname audit_stat 3 when setnickname returned an audit_id) and the categories are approved (cgi-bin/wxopen/getcategory audit_status 3); 86002 otherwise'
  })
  return parts
}

/** The adapter over a category catalogue; the shipped tables unless one is given. */
export function createWechatMpAdapter(
  catalog: CategoryCatalog = CATEGORY_CATALOGS['wechat-mp']
): ListingAdapter {
  return listingAdapter(
    {
      id: PLATFORM,
      mediaSpecs: WECHAT_MP_MEDIA_SPECS,
      rules: wechatMpRules,
      requirements: (_catalog, draft) => requirements(draft),
      mediaUses,
      buildPayload
    },
    catalog
  )
}

export const wechatMpAdapter: ListingAdapter = createWechatMpAdapter()
