import type { DraftContent } from '../domain/draft'
import { isEmail } from '../domain/identifiers/email'
import type { ServiceRegionType } from '../domain/listing'
import { TEXT_LIMITS, type LengthLimit } from '../domain/listing-text'
import { alipayTransport } from './alipay-gateway'
import type { BundlePart, ImageSpec, MediaUse, Requirement, ResolvedMedia } from './adapter'
import { CATEGORY_CATALOGS, type CategoryCatalog } from './categories'
import {
  listingMediaUses,
  listingRequirement,
  qualificationsToSend,
  serviceEmail,
  servicePhone,
  withoutEmpty
} from './listing-payload'
import {
  advisedLengthRule,
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
 * Alipay mini program through the open API (ISV 代开发): two upload requests, each multipart
 * with flat text fields (no biz_content) and the picture files themselves.
 * `alipay.open.mini.baseinfo.modify` sets the base information; `…version.audit.apply`
 * submits the uploaded version with the audit material (screenshots, licences, storefront).
 */

const PLATFORM = 'alipay-mp'
const LIMITS = TEXT_LIMITS[PLATFORM]
const MB = 1024 * 1024

/** Screenshots and the licence, special-licence and storefront photos share one rule. */
const AUDIT_LIMITS = { maxBytes: 4 * MB, width: { max: 2160 }, height: { max: 3840 } }
const SCREENSHOT: ImageSpec = { formats: ['png', 'jpeg'], ...AUDIT_LIMITS }
const PHOTO: ImageSpec = { formats: ['jpeg', 'png'], ...AUDIT_LIMITS }

export const ALIPAY_MP_MEDIA_SPECS: Readonly<Record<string, ImageSpec>> = {
  /** JPEG/JPG/PNG only (no BMP/GIF), ≤2 MB, width = height; 180×180 is only suggested. */
  logo: { formats: ['png', 'jpeg'], maxBytes: 2 * MB, square: true },
  screenshot: SCREENSHOT,
  licence: PHOTO,
  qualification: PHOTO,
  storefront: PHOTO
}

/** File fields for the 2–5 screenshots and up to 3 special licences, in order. */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'] as const
const SPECIAL_LICENCE_MAX = 3

function picks(catalog: CategoryCatalog, draft: DraftContent) {
  return draft.listing.categories[PLATFORM].map((choice) => catalog.resolve(choice))
}

function needsStorefront(catalog: CategoryCatalog, draft: DraftContent): boolean {
  return picks(catalog, draft).some((pick) => pick.entry?.needsStorefront ?? false)
}

function needsLicence(catalog: CategoryCatalog, draft: DraftContent): boolean {
  return picks(catalog, draft).some((pick) => pick.entry?.needsLicence ?? false)
}

function specialLicenceFiles(catalog: CategoryCatalog, draft: DraftContent) {
  return draft.listing.categories[PLATFORM].flatMap((choice) =>
    qualificationsToSend(catalog, choice).flatMap((item) => item.files)
  )
}

function mediaUses(catalog: CategoryCatalog, draft: DraftContent): MediaUse[] {
  const storefront = draft.merchant.business.store.entrancePhoto
  return [
    ...listingMediaUses(draft, catalog, ['logo', 'screenshot', 'licence', 'qualification']),
    ...(storefront && needsStorefront(catalog, draft)
      ? [
          {
            slot: 'storefront',
            path: 'merchant.business.store.entrancePhoto',
            source: storefront.sha256
          }
        ]
      : [])
  ]
}

/** The phone or email actually sent: the listing's, else the merchant profile's. */
function contactField(draft: DraftContent, key: 'servicePhone' | 'serviceEmail'): TextField {
  const own = draft.listing[key].trim() !== ''
  const fallback =
    key === 'servicePhone' ? 'merchant.business.servicePhone' : 'merchant.contact.email'
  return {
    path: own ? `listing.${key}` : fallback,
    read: () => (key === 'servicePhone' ? servicePhone(draft) : serviceEmail(draft))
  }
}

const NAMES = [FIELDS.name, FIELDS.englishName]
/** baseinfo.modify: 中文/数字/英文/下划线/+/- for the name and the English name. */
const SDK_NAME_CHARS = /[\p{Script=Han}A-Za-z0-9_+-]/u
const MEMO: TextField = {
  path: 'listing.testAccount.notes',
  read: (listing) => listing.testAccount.notes
}

function alipayMpRules(catalog: CategoryCatalog): ListingRule[] {
  return [
    requiredRule(`${PLATFORM}.name_required`, 'name_required', FIELDS.name),
    lengthRule(`${PLATFORM}.name_length`, FIELDS.name, LIMITS.name!),
    advisedLengthRule(
      `${PLATFORM}.name_length_faq`,
      'alipay_name_length_faq',
      FIELDS.name,
      LIMITS.name as LengthLimit & { advisedMax: number }
    ),
    charsetRule(`${PLATFORM}.name_charset`, 'error', 'alipay_name_charset', NAMES, SDK_NAME_CHARS),
    // The FAQ (INVALID_MINI_APP_NAME) allows only 中文/数字/英文/下划线: + and - may fail.
    wordRule(
      `${PLATFORM}.name_charset_faq`,
      'warning',
      'alipay_name_charset_faq',
      [FIELDS.name],
      ['+', '-']
    ),
    wordRule(
      `${PLATFORM}.name_platform_word`,
      'error',
      'name_platform_word',
      NAMES,
      platformWords(PLATFORM)
    ),
    // [D] No Alipay source names competitors or superlatives; RISK_DECISION_CHECK_FAIL
    // ("不规范用语") and generic-name rejections are the nearest, so these are warnings.
    wordRule(
      `${PLATFORM}.name_competitor_word`,
      'warning',
      'name_competitor_word',
      NAMES,
      competitorWords(PLATFORM)
    ),
    wordRule(`${PLATFORM}.name_superlative`, 'warning', 'name_superlative', NAMES, SUPERLATIVES),
    genericNameRule(`${PLATFORM}.name_generic`),
    requiredRule(`${PLATFORM}.english_name_required`, 'english_name_required', FIELDS.englishName),
    lengthRule(`${PLATFORM}.english_name_length`, FIELDS.englishName, LIMITS.englishName!),
    // audit.apply says "仅支持英文和数字" where baseinfo.modify allows the name's characters.
    charsetRule(
      `${PLATFORM}.english_name_charset_audit`,
      'warning',
      'alipay_english_name_charset_audit',
      [FIELDS.englishName],
      /[A-Za-z0-9]/,
      (text) => [...text].filter((char) => SDK_NAME_CHARS.test(char)).join('')
    ),
    requiredRule(`${PLATFORM}.intro_required`, 'intro_required', FIELDS.intro),
    lengthRule(`${PLATFORM}.intro_length`, FIELDS.intro, LIMITS.intro!),
    placeholderRule(`${PLATFORM}.intro_placeholder`, FIELDS.intro),
    requiredRule(`${PLATFORM}.description_required`, 'description_required', FIELDS.description),
    lengthRule(`${PLATFORM}.description_length`, FIELDS.description, LIMITS.description!),
    advisedLengthRule(
      `${PLATFORM}.description_length_inner`,
      'alipay_description_length_inner',
      FIELDS.description,
      LIMITS.description as LengthLimit & { advisedMax: number }
    ),
    requiredRule(
      `${PLATFORM}.version_notes_required`,
      'version_notes_required',
      FIELDS.versionNotes
    ),
    lengthRule(`${PLATFORM}.version_notes_length`, FIELDS.versionNotes, LIMITS.versionNotes!),
    lengthRule(`${PLATFORM}.memo_length`, MEMO, LIMITS.reviewNote!),
    {
      id: `${PLATFORM}.app_version`,
      level: 'error',
      message: 'alipay_app_version',
      check: ({ listing }) =>
        /^\d+\.\d+\.\d+$/.test(listing.appVersion.trim())
          ? []
          : [{ path: 'listing.appVersion', params: { version: listing.appVersion.trim() } }]
    },
    {
      // SERVICE_TEL_AND_MAIL_BOTH_BLANK
      id: `${PLATFORM}.service_contact`,
      level: 'error',
      message: 'alipay_service_contact',
      check: ({ draft }) =>
        servicePhone(draft) === '' && serviceEmail(draft) === ''
          ? [{ path: 'listing.servicePhone' }]
          : []
    },
    {
      // INVALID_MINI_APP_SERVICE_TEL: digits and "-" only, 5–30 characters.
      id: `${PLATFORM}.service_phone_format`,
      level: 'error',
      message: 'alipay_service_phone_format',
      check: ({ draft }) => {
        const field = contactField(draft, 'servicePhone')
        const phone = field.read(draft.listing)
        return phone !== '' && !/^[0-9-]{5,30}$/.test(phone)
          ? [{ path: field.path, params: { phone } }]
          : []
      }
    },
    {
      id: `${PLATFORM}.service_email_format`,
      level: 'error',
      message: 'email_format',
      check: ({ draft }) => {
        const field = contactField(draft, 'serviceEmail')
        const email = field.read(draft.listing)
        return email !== '' && !isEmail(email) ? [{ path: field.path, params: { email } }] : []
      }
    },
    {
      // REGION_TYPE_IS_BLANK; LOCATION needs service_region_info, each area with its province.
      id: `${PLATFORM}.service_region`,
      level: 'error',
      message: 'alipay_service_region',
      check: ({ listing }) => {
        const { type, areas } = listing.serviceRegion
        if (type === null) return [{ path: 'listing.serviceRegion.type' }]
        if (type !== 'location') return []
        if (areas.length === 0) return [{ path: 'listing.serviceRegion.areas' }]
        return areas.flatMap((area, index) =>
          area.provinceCode.trim() === '' || area.provinceName.trim() === ''
            ? [{ path: `listing.serviceRegion.areas.${index}.provinceCode` }]
            : []
        )
      }
    },
    // CATEGORY_NUM_IS_INVALID: 1–4 categories.
    ...categoryRules(catalog, { min: 1, max: 4, code: /^[A-Za-z0-9]+(_[A-Za-z0-9]+){1,2}$/ }),
    {
      id: `${PLATFORM}.special_licence_count`,
      level: 'error',
      message: 'alipay_special_licence_count',
      check: ({ draft }) => {
        const count = specialLicenceFiles(catalog, draft).length
        return count > SPECIAL_LICENCE_MAX
          ? [
              {
                path: `listing.categories.${PLATFORM}`,
                params: { count, max: SPECIAL_LICENCE_MAX }
              }
            ]
          : []
      }
    },
    {
      id: `${PLATFORM}.licence_photo`,
      level: 'error',
      message: 'alipay_licence_photo',
      check: ({ draft }) =>
        needsLicence(catalog, draft) && !draft.merchant.licence.photo
          ? [{ path: 'merchant.licence.photo' }]
          : []
    },
    {
      id: `${PLATFORM}.storefront_photo`,
      level: 'error',
      message: 'alipay_storefront_photo',
      check: ({ draft }) =>
        needsStorefront(catalog, draft) && !draft.merchant.business.store.entrancePhoto
          ? [{ path: 'merchant.business.store.entrancePhoto' }]
          : []
    },
    logoRequiredRule(`${PLATFORM}.logo_required`),
    {
      id: `${PLATFORM}.screenshot_count`,
      level: 'error',
      message: 'alipay_screenshot_count',
      check: ({ listing }) => {
        const count = listing.screenshots.length
        return count === 1 || count > ORDINALS.length
          ? [{ path: 'listing.screenshots', params: { count } }]
          : []
      }
    },
    {
      // Only apps instantiated from a template may go without screenshots.
      id: `${PLATFORM}.screenshots_missing`,
      level: 'warning',
      message: 'alipay_screenshots_missing',
      check: ({ listing }) =>
        listing.screenshots.length === 0 ? [{ path: 'listing.screenshots' }] : []
    },
    testAccountRule(`${PLATFORM}.test_account`),
    ...imageRules(PLATFORM, ALIPAY_MP_MEDIA_SPECS, (draft) => mediaUses(catalog, draft)),
    {
      // INVALID_LOGO / INVALID_LICENSE_PIC_EXT: CMYK JPEGs (print exports) are refused.
      id: `${PLATFORM}.image_cmyk`,
      level: 'error',
      message: 'alipay_image_cmyk',
      media: true,
      check: ({ draft, images }) =>
        mediaUses(catalog, draft).flatMap((use) =>
          images[use.source]?.space === 'cmyk' ? [{ path: use.path }] : []
        )
    }
  ]
}

function requirements(catalog: CategoryCatalog, draft: DraftContent): Requirement[] {
  const { listing } = draft
  const filled = (value: string) => value.trim() !== ''
  const screenshots = listing.screenshots.length
  return [
    listingRequirement(`${PLATFORM}.name`, 'listing.name', filled(listing.name)),
    listingRequirement(
      `${PLATFORM}.english_name`,
      'listing.englishName',
      filled(listing.englishName)
    ),
    listingRequirement(`${PLATFORM}.intro`, 'listing.intro', filled(listing.intro)),
    listingRequirement(
      `${PLATFORM}.description`,
      'listing.description',
      filled(listing.description)
    ),
    listingRequirement(`${PLATFORM}.logo`, 'listing.logo', listing.logo !== null),
    listingRequirement(
      `${PLATFORM}.screenshots`,
      'listing.screenshots',
      screenshots >= 2 && screenshots <= 5
    ),
    listingRequirement(
      `${PLATFORM}.category`,
      `listing.categories.${PLATFORM}`,
      listing.categories[PLATFORM].length > 0
    ),
    listingRequirement(
      `${PLATFORM}.service_contact`,
      'listing.servicePhone',
      servicePhone(draft) !== '' || serviceEmail(draft) !== ''
    ),
    listingRequirement(
      `${PLATFORM}.service_region`,
      'listing.serviceRegion',
      listing.serviceRegion.type !== null
    ),
    listingRequirement(
      `${PLATFORM}.version_notes`,
      'listing.versionNotes',
      filled(listing.versionNotes)
    ),
    listingRequirement(`${PLATFORM}.app_version`, 'listing.appVersion', filled(listing.appVersion)),
    ...(needsLicence(catalog, draft)
      ? [
          {
            id: `${PLATFORM}.licence_photo`,
            step: 'merchant' as const,
            path: 'merchant.licence.photo',
            met: draft.merchant.licence.photo !== null
          }
        ]
      : []),
    ...(needsStorefront(catalog, draft)
      ? [
          {
            id: `${PLATFORM}.storefront_photo`,
            step: 'merchant' as const,
            path: 'merchant.business.store.entrancePhoto',
            met: draft.merchant.business.store.entrancePhoto !== null
          }
        ]
      : []),
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

const REGION_TYPES: Readonly<Record<ServiceRegionType, string>> = {
  global: 'GLOBAL',
  china: 'CHINA',
  location: 'LOCATION'
}

/** Legacy `一级_二级` codes go in app_category_ids, the new tree's `XS…` ids in mini_category_ids. */
function categoryFields(draft: DraftContent): Record<string, string> {
  const codes = draft.listing.categories[PLATFORM].map((choice) => choice.code.trim())
  return {
    app_category_ids: codes.filter((code) => !code.startsWith('XS')).join(';'),
    mini_category_ids: codes.filter((code) => code.startsWith('XS')).join(';')
  }
}

function buildPayload(
  catalog: CategoryCatalog,
  draft: DraftContent,
  media: ResolvedMedia
): BundlePart[] {
  const { listing, merchant } = draft
  const fileOf = (slot: string, sha256: string) => media.file(slot, sha256).path
  const { licence } = merchant
  const storefront = merchant.business.store.entrancePhoto

  const baseinfo: BundlePart = {
    name: 'baseinfo-modify',
    endpoint: 'alipay.open.mini.baseinfo.modify',
    contentType: 'multipart',
    body: withoutEmpty({
      app_name: listing.name.trim(),
      app_english_name: listing.englishName.trim(),
      app_slogan: listing.intro.trim(),
      app_desc: listing.description.trim(),
      ...categoryFields(draft),
      service_phone: servicePhone(draft),
      service_email: serviceEmail(draft)
    }),
    ...(listing.logo ? { files: { app_logo: fileOf('logo', listing.logo.sha256) } } : {})
  }

  const { type, areas } = listing.serviceRegion
  const { needsLogin, account, password, notes } = listing.testAccount
  const files: Record<string, string> = {}
  listing.screenshots.slice(0, ORDINALS.length).forEach((picture, index) => {
    files[`${ORDINALS[index]}_screen_shot`] = fileOf('screenshot', picture.sha256)
  })
  if (licence.photo) files.first_license_pic = fileOf('licence', licence.photo.sha256)
  specialLicenceFiles(catalog, draft)
    .slice(0, SPECIAL_LICENCE_MAX)
    .forEach((picture, index) => {
      files[`${ORDINALS[index]}_special_license_pic`] = fileOf('qualification', picture.sha256)
    })
  if (storefront && needsStorefront(catalog, draft))
    files.out_door_pic = fileOf('storefront', storefront.sha256)

  const audit: BundlePart = {
    name: 'version-audit-apply',
    endpoint: 'alipay.open.mini.version.audit.apply',
    contentType: 'multipart',
    body: withoutEmpty({
      app_version: listing.appVersion.trim(),
      version_desc: listing.versionNotes.trim(),
      memo: notes.trim(),
      license_name: licence.registeredName.trim(),
      license_no: licence.creditCode.trim(),
      // 9999-12-31 is Alipay's "permanent".
      license_valid_date: licence.longTerm ? '9999-12-31' : licence.validTo.trim(),
      region_type: type ? REGION_TYPES[type] : '',
      // Objects in multipart text fields go as the JSON string that is signed.
      service_region_info:
        type === 'location'
          ? JSON.stringify(
              areas.map((area) =>
                withoutEmpty({
                  province_code: area.provinceCode.trim(),
                  province_name: area.provinceName.trim(),
                  city_code: area.cityCode.trim(),
                  city_name: area.cityName.trim(),
                  area_code: area.areaCode.trim(),
                  area_name: area.areaName.trim()
                })
              )
            )
          : '',
      // The API's own spelling.
      test_accout: needsLogin ? account.trim() : '',
      test_password: needsLogin ? password.trim() : ''
    }),
    files,
    waitFor:
      'no base-information change is still under review (MINI_APP_INFO_AUDIT_CONTAINS otherwise)'
  }
  return [baseinfo, audit]
}

/** The adapter over a category catalogue; the shipped tables unless one is given. */
export function createAlipayMpAdapter(
  catalog: CategoryCatalog = CATEGORY_CATALOGS['alipay-mp']
): ListingAdapter {
  return listingAdapter(
    {
      id: PLATFORM,
      mediaSpecs: ALIPAY_MP_MEDIA_SPECS,
      rules: alipayMpRules,
      requirements: requirements,
      mediaUses,
      buildPayload,
      // The service provider's app modifies the merchant's mini program: app_auth_token.
      transport: (part) => alipayTransport(part, { actingForMerchant: true })
    },
    catalog
  )
}

export const alipayMpAdapter: ListingAdapter = createAlipayMpAdapter()
