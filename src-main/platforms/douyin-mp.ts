import type { DraftContent } from '../domain/draft'
import type { Listing } from '../domain/listing'
import { TEXT_LIMITS } from '../domain/listing-text'
import type { BundlePart, ImageSpec, MediaUse, Requirement, ResolvedMedia } from './adapter'
import { CATEGORY_CATALOGS, qualificationName, type CategoryCatalog } from './categories'
import {
  joinLines,
  listingMediaUses,
  listingRequirement,
  placeholderList,
  placeholdersOf,
  qualificationsToSend,
  testAccountText
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
 * Douyin mini program through a third-party application (第三方小程序应用): name, intro, icon
 * and categories each have their own call, categories are published once approved, then the
 * uploaded version goes to audit. Pictures are referenced by the path the upload-material
 * API returns (material_type 1 icon, 2 qualification, 3 name proof).
 */

const PLATFORM = 'douyin-mp'
const LIMITS = TEXT_LIMITS[PLATFORM]
const MB = 1024 * 1024
const API = 'https://open.douyin.com/api/apps'

/** [U] Only the icon's formats are published; proof and qualification pictures use the same. */
const MATERIAL: ImageSpec = { formats: ['jpeg', 'png'], maxBytes: 2 * MB }

export const DOUYIN_MP_MEDIA_SPECS: Readonly<Record<string, ImageSpec>> = {
  /** JPEG/JPG/PNG ≤2 MB; 200×200 is only suggested. */
  logo: { ...MATERIAL, formats: ['png', 'jpeg'] },
  qualification: MATERIAL,
  nameProof: MATERIAL
}

function mediaUses(catalog: CategoryCatalog, draft: DraftContent): MediaUse[] {
  return listingMediaUses(draft, catalog, ['nameProof', 'logo', 'qualification'])
}

/** `audit_note` carries the version notes and, as the docs advise, the test account. */
function auditNote(listing: Listing): string {
  return joinLines(listing.versionNotes, testAccountText(listing))
}

const AUDIT_NOTE: TextField = { path: 'listing.versionNotes', read: auditNote }

function douyinMpRules(catalog: CategoryCatalog): ListingRule[] {
  return [
    requiredRule(`${PLATFORM}.name_required`, 'name_required', FIELDS.name),
    lengthRule(`${PLATFORM}.name_length`, FIELDS.name, LIMITS.name!),
    // 21001: letters, digits and Chinese only; the last character may be "+".
    charsetRule(
      `${PLATFORM}.name_charset`,
      'error',
      'douyin_name_charset',
      [FIELDS.name],
      /[\p{Script=Han}A-Za-z0-9]/u,
      (text) => text.replace(/\+$/, '')
    ),
    wordRule(
      `${PLATFORM}.name_platform_word`,
      'error',
      'name_platform_word',
      [FIELDS.name],
      platformWords(PLATFORM)
    ),
    // [D] Douyin publishes no word list: 21005 (sensitive) and 21006 (brand) are the nearest.
    wordRule(
      `${PLATFORM}.name_competitor_word`,
      'warning',
      'name_competitor_word',
      [FIELDS.name],
      competitorWords(PLATFORM)
    ),
    wordRule(
      `${PLATFORM}.name_superlative`,
      'warning',
      'name_superlative',
      [FIELDS.name],
      SUPERLATIVES
    ),
    genericNameRule(`${PLATFORM}.name_generic`),
    {
      // modify_app_name takes one `material_file_path`.
      id: `${PLATFORM}.name_proof_count`,
      level: 'warning',
      message: 'douyin_name_proof_count',
      check: ({ listing }) =>
        listing.nameProof.length > 1
          ? [{ path: 'listing.nameProof', params: { count: listing.nameProof.length } }]
          : []
    },
    requiredRule(`${PLATFORM}.intro_required`, 'intro_required', FIELDS.intro),
    lengthRule(`${PLATFORM}.intro_length`, FIELDS.intro, LIMITS.intro!),
    placeholderRule(`${PLATFORM}.intro_placeholder`, FIELDS.intro),
    // Categories are three-level ids ("一级类目id,二级类目id,三级类目id"), at most 5.
    ...categoryRules(catalog, { min: 1, max: 5, code: /^\d+_\d+_\d+$/ }),
    logoRequiredRule(`${PLATFORM}.logo_required`),
    testAccountRule(`${PLATFORM}.test_account`),
    lengthRule(
      `${PLATFORM}.audit_note_length`,
      AUDIT_NOTE,
      LIMITS.reviewNote!,
      'douyin_audit_note_length'
    ),
    {
      id: `${PLATFORM}.host_names`,
      level: 'error',
      message: 'douyin_host_names',
      check: ({ listing }) =>
        listing.douyinHosts.length === 0 ? [{ path: 'listing.douyinHosts' }] : []
    },
    ...imageRules(PLATFORM, DOUYIN_MP_MEDIA_SPECS, (draft) => mediaUses(catalog, draft))
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
    ...(listing.testAccount.needsLogin
      ? [
          listingRequirement(
            `${PLATFORM}.test_account`,
            'listing.testAccount',
            filled(listing.testAccount.account) && filled(listing.testAccount.password)
          )
        ]
      : [])
  ]
}

function buildPayload(
  catalog: CategoryCatalog,
  draft: DraftContent,
  media: ResolvedMedia
): BundlePart[] {
  const { listing } = draft
  const fileOf = (slot: string, sha256: string) => media.file(slot, sha256).path
  const parts: BundlePart[] = []

  const name = placeholderList()
  const proof = listing.nameProof[0]
  parts.push({
    name: 'modify-app-name',
    endpoint: `POST ${API}/v2/basic_info/modify_app_name/`,
    contentType: 'json',
    body: {
      new_name: listing.name.trim(),
      ...(proof
        ? {
            material_file_path: name.mediaId(
              '/material_file_path',
              fileOf('nameProof', proof.sha256)
            )
          }
        : {})
    },
    ...placeholdersOf(name)
  })

  parts.push({
    name: 'modify-app-intro',
    endpoint: `POST ${API}/v2/basic_info/modify_app_intro/`,
    contentType: 'json',
    body: { new_intro: listing.intro.trim() }
  })

  if (listing.logo) {
    const icon = placeholderList()
    parts.push({
      name: 'modify-app-icon',
      endpoint: `POST ${API}/v2/basic_info/modify_app_icon/`,
      contentType: 'json',
      body: { new_icon_path: icon.mediaId('/new_icon_path', fileOf('logo', listing.logo.sha256)) },
      ...placeholdersOf(icon)
    })
  }

  const picks = listing.categories[PLATFORM]
  if (picks.length > 0) {
    const certificates = placeholderList()
    const categoryInfo = picks.map((choice, choiceIndex) => {
      const { ids, entry } = catalog.resolve(choice)
      // Certificates only where the category asks for them (21315 otherwise).
      const certs = qualificationsToSend(catalog, choice).map((item, certIndex) => ({
        id: item.key,
        name: entry ? qualificationName(entry, item.key) : item.key,
        path_list: item.files.map((picture, fileIndex) =>
          certificates.mediaId(
            `/category_info/${choiceIndex}/category_cert/${certIndex}/path_list/${fileIndex}`,
            fileOf('qualification', picture.sha256)
          )
        )
      }))
      return { category: ids.join(','), ...(certs.length > 0 ? { category_cert: certs } : {}) }
    })
    parts.push({
      name: 'add-categories',
      endpoint: `POST ${API}/v1/category/add_categories/`,
      contentType: 'json',
      body: { category_info: categoryInfo },
      ...placeholdersOf(certificates)
    })
    parts.push({
      name: 'publish-category',
      endpoint: `POST ${API}/v1/category/publish_category/`,
      contentType: 'json',
      body: {},
      waitFor:
        'every added category passed its qualification review (get_audit_categories category_audit_state 2)'
    })
  }

  parts.push({
    name: 'package-audit',
    endpoint: `POST ${API}/v2/package_version/audit/`,
    contentType: 'json',
    body: { host_names: [...listing.douyinHosts], audit_note: auditNote(listing) }
  })
  return parts
}

/** The adapter over a category catalogue; the shipped tables unless one is given. */
export function createDouyinMpAdapter(
  catalog: CategoryCatalog = CATEGORY_CATALOGS['douyin-mp']
): ListingAdapter {
  return listingAdapter(
    {
      id: PLATFORM,
      mediaSpecs: DOUYIN_MP_MEDIA_SPECS,
      rules: douyinMpRules,
      requirements: (_catalog, draft) => requirements(draft),
      mediaUses,
      buildPayload
    },
    catalog
  )
}

export const douyinMpAdapter: ListingAdapter = createDouyinMpAdapter()
