import type { DraftContent } from '../domain/draft'
import { TEXT_LIMITS } from '../domain/listing-text'
import type { BundlePart, ImageSpec, MediaUse, Requirement, ResolvedMedia } from './adapter'
import { CATEGORY_CATALOGS, type CategoryCatalog } from './categories'
import {
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
  wordRule,
  type TextField
} from './listing-rules'
import { listingAdapter } from './listing-adapter'
import type { ListingAdapter, ListingRule } from './precheck'

/**
 * Baidu smart program through the third-party platform: name, head image and signature each
 * have a call (each goes to review), categories are overwritten as a whole, then the uploaded
 * package is submitted. Pictures are referenced by the URL the image-upload API returns.
 *
 * [U] The docs give parameters, not a content type; their examples and the SDKs (SKIT's
 * Baidu client) pass form parameters, and `app/category/update` takes its categories as a
 * JSON string as form parameters do: bodies are sent URL-encoded (`form`), never multipart.
 */

const PLATFORM = 'baidu-mp'
const LIMITS = TEXT_LIMITS[PLATFORM]
const MB = 1024 * 1024
const API = 'https://openapi.baidu.com/rest/2.0/smartapp'

/** [U] No limit is published for proof and qualification pictures; the icon's formats and size. */
const UPLOADED_IMAGE: ImageSpec = { formats: ['jpeg', 'png'], maxBytes: 5 * MB }

export const BAIDU_MP_MEDIA_SPECS: Readonly<Record<string, ImageSpec>> = {
  /** [U] Secondary pages only: square, 100–256 px, JPG/PNG, ≤5 MB; applied as stated. */
  logo: {
    formats: ['png', 'jpeg'],
    maxBytes: 5 * MB,
    square: true,
    width: { min: 100, max: 256 },
    height: { min: 100, max: 256 }
  },
  qualification: UPLOADED_IMAGE,
  nameProof: UPLOADED_IMAGE
}

function mediaUses(catalog: CategoryCatalog, draft: DraftContent): MediaUse[] {
  return listingMediaUses(draft, catalog, ['nameProof', 'logo', 'qualification'])
}

/** `remark` (required) carries what reviewers need: the test account and notes. */
const REMARK: TextField = { path: 'listing.testAccount.notes', read: testAccountText }

function baiduMpRules(catalog: CategoryCatalog): ListingRule[] {
  return [
    requiredRule(`${PLATFORM}.name_required`, 'name_required', FIELDS.name),
    lengthRule(`${PLATFORM}.name_length`, FIELDS.name, LIMITS.name!),
    // [U] Secondary pages: no special symbols (and no traditional characters, not checked).
    charsetRule(
      `${PLATFORM}.name_charset`,
      'error',
      'baidu_name_charset',
      [FIELDS.name],
      /[\p{Script=Han}A-Za-z0-9 ]/u
    ),
    // [U] Secondary pages: no "APP", no 微信/支付宝/QQ, no 官方/第一/最…; applied as stated.
    wordRule(
      `${PLATFORM}.name_platform_word`,
      'error',
      'name_platform_word',
      [FIELDS.name],
      platformWords(PLATFORM)
    ),
    wordRule(
      `${PLATFORM}.name_competitor_word`,
      'error',
      'name_competitor_word',
      [FIELDS.name],
      competitorWords(PLATFORM)
    ),
    wordRule(
      `${PLATFORM}.name_superlative`,
      'error',
      'name_superlative',
      [FIELDS.name],
      SUPERLATIVES
    ),
    genericNameRule(`${PLATFORM}.name_generic`),
    requiredRule(`${PLATFORM}.intro_required`, 'intro_required', FIELDS.intro),
    placeholderRule(`${PLATFORM}.intro_placeholder`, FIELDS.intro),
    // submitaudit: content, package_id and remark are all required.
    requiredRule(
      `${PLATFORM}.version_notes_required`,
      'version_notes_required',
      FIELDS.versionNotes
    ),
    requiredRule(`${PLATFORM}.review_remark_required`, 'baidu_review_remark_required', REMARK),
    {
      id: `${PLATFORM}.package_id`,
      level: 'error',
      message: 'baidu_package_id',
      check: ({ listing }) =>
        /^\d+$/.test(listing.baiduPackageId.trim())
          ? []
          : [
              {
                path: 'listing.baiduPackageId',
                params: { packageId: listing.baiduPackageId.trim() }
              }
            ]
    },
    // 50060: at most 5 categories.
    // The code is `parent_sub` or the sub-category id alone (what app/category/update sends).
    ...categoryRules(catalog, { min: 1, max: 5, code: /^(\d+_)?\d+$/ }),
    logoRequiredRule(`${PLATFORM}.logo_required`),
    testAccountRule(`${PLATFORM}.test_account`),
    ...imageRules(PLATFORM, BAIDU_MP_MEDIA_SPECS, (draft) => mediaUses(catalog, draft))
  ]
}

function requirements(draft: DraftContent): Requirement[] {
  const { listing } = draft
  const filled = (value: string) => value.trim() !== ''
  return [
    listingRequirement(`${PLATFORM}.name`, 'listing.name', filled(listing.name)),
    listingRequirement(`${PLATFORM}.intro`, 'listing.intro', filled(listing.intro)),
    listingRequirement(`${PLATFORM}.logo`, 'listing.logo', listing.logo !== null),
    listingRequirement(
      `${PLATFORM}.category`,
      `listing.categories.${PLATFORM}`,
      listing.categories[PLATFORM].length > 0
    ),
    listingRequirement(
      `${PLATFORM}.version_notes`,
      'listing.versionNotes',
      filled(listing.versionNotes)
    ),
    listingRequirement(
      `${PLATFORM}.review_remark`,
      'listing.testAccount',
      filled(testAccountText(listing))
    ),
    listingRequirement(
      `${PLATFORM}.package_id`,
      'listing.baiduPackageId',
      filled(listing.baiduPackageId)
    )
  ]
}

/** Baidu's ids are numbers; a key typed otherwise is sent as typed. */
function baiduId(value: string): number | string {
  return /^\d+$/.test(value) ? Number(value) : value
}

function buildPayload(
  catalog: CategoryCatalog,
  draft: DraftContent,
  media: ResolvedMedia
): BundlePart[] {
  const { listing } = draft
  const fileOf = (slot: string, sha256: string) => media.file(slot, sha256).path
  const parts: BundlePart[] = []

  const nickname = placeholderList()
  parts.push({
    name: 'setnickname',
    endpoint: `POST ${API}/app/setnickname`,
    contentType: 'form',
    body: withoutEmpty({
      nick_name: listing.name.trim(),
      // Comma-separated image URLs; each marker is replaced inside the string.
      app_name_material: listing.nameProof
        .map((picture) =>
          nickname.mediaId('/app_name_material', fileOf('nameProof', picture.sha256))
        )
        .join(',')
    }),
    ...placeholdersOf(nickname)
  })

  if (listing.logo) {
    const head = placeholderList()
    parts.push({
      name: 'modifyheadimage',
      endpoint: `POST ${API}/app/modifyheadimage`,
      contentType: 'form',
      body: { image_url: head.mediaId('/image_url', fileOf('logo', listing.logo.sha256)) },
      ...placeholdersOf(head)
    })
  }

  parts.push({
    name: 'modifysignature',
    endpoint: `POST ${API}/app/modifysignature`,
    contentType: 'form',
    body: { signature: listing.intro.trim() }
  })

  const picks = listing.categories[PLATFORM]
  if (picks.length > 0) {
    const qualifications = placeholderList()
    const categories = picks.map((choice) => {
      const { ids } = catalog.resolve(choice)
      const qualis = qualificationsToSend(catalog, choice).flatMap((item) =>
        item.files.map((picture) => ({
          id: baiduId(item.key),
          addr: qualifications.mediaId('/categorys', fileOf('qualification', picture.sha256))
        }))
      )
      // The doc's example leaves `qualis` out for a category that needs none.
      return {
        sub_category_id: baiduId(ids[ids.length - 1]!),
        ...(qualis.length > 0 ? { qualis } : {})
      }
    })
    parts.push({
      name: 'category-update',
      endpoint: `POST ${API}/app/category/update`,
      contentType: 'form',
      // [U] The doc's parameter table says `categories`, but its example, its own headings,
      // error 50062 ("categorys格式非法") and the SKIT Baidu SDK all use `categorys`: the name
      // the server validates is taken. A JSON string; the URL markers are replaced inside it.
      body: { categorys: JSON.stringify(categories) },
      ...placeholdersOf(qualifications),
      // Should the server answer 50062 to a well-formed value, the table's name is the other try.
      alternative: { onError: '50062', renameFields: { categorys: 'categories' } }
    })
  }

  parts.push({
    name: 'submitaudit',
    endpoint: `POST ${API}/package/submitaudit`,
    contentType: 'form',
    body: {
      content: listing.versionNotes.trim(),
      package_id: listing.baiduPackageId.trim(),
      remark: testAccountText(listing)
    }
  })
  return parts
}

/** The adapter over a category catalogue; the shipped tables unless one is given. */
export function createBaiduMpAdapter(
  catalog: CategoryCatalog = CATEGORY_CATALOGS['baidu-mp']
): ListingAdapter {
  return listingAdapter(
    {
      id: PLATFORM,
      mediaSpecs: BAIDU_MP_MEDIA_SPECS,
      rules: baiduMpRules,
      requirements: (_catalog, draft) => requirements(draft),
      mediaUses,
      buildPayload
    },
    catalog
  )
}

export const baiduMpAdapter: ListingAdapter = createBaiduMpAdapter()
