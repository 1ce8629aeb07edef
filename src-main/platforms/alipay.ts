import type { DraftContent } from '../domain/draft'
import { isCalendarDate } from '../domain/identifiers/calendar-date'
import { isEmail } from '../domain/identifiers/email'
import { isMobile } from '../domain/identifiers/phone'
import { issue, type Issue } from '../domain/issue'
import { legalRepHolder } from '../domain/merchant-fields'
import type { MerchantProfile } from '../domain/merchant-profile'
import { AgentProduct, type AlipaySetup, type ZftService } from '../domain/payment-setup'
import { locateRegion } from '../domain/regions'
import { normalizeMerchantProfile, sameName } from '../domain/text'
import type { BundlePart, ImageSpec } from './adapter'
import { alipayTransport } from './alipay-gateway'
import type { AlipayRequirementKey } from './payment-messages'
import {
  AGENT_PRODUCT_METHODS,
  ALIPAY_APP_MARKETS,
  ALIPAY_APP_PLATFORMS,
  ALIPAY_APP_STATUSES,
  ALIPAY_LEGAL_CERT_TYPES,
  alipayBankInstId,
  DOCUMENTED_ZFT_SERVICES,
  inOrder,
  ZFT_SERVICES,
  zftSubject
} from './payment-codes'
import type { MediaNode } from './payment-payload'
import {
  dueList,
  mediaUsesOf,
  picture,
  renderCall,
  ResponseNode,
  specsForSlots,
  toRequirements,
  unmetIssues,
  utf8Length,
  type BodyTree,
  type CallPlan,
  type DueItem,
  type DueList,
  type PaymentAdapter
} from './payment-payload'
import { checkMcc } from './payment-categories'
import { ALIPAY_MCC_TABLE } from './payment-category-tables'

/**
 * Alipay for a merchant that already takes WeChat Pay (payment-onboarding.md §8–§14), by
 * one of two routes:
 * - 直付通 (`zft`): each picture goes through `ant.merchant.expand.indirect.image.upload`,
 *   then `ant.merchant.expand.indirect.zft.create` carries the returned `image_id`s;
 * - 代签约 (`agent`): `alipay.open.agent.create` opens a batch, the sign calls carry the
 *   pictures as multipart files, `alipay.open.agent.confirm` submits it.
 * A JSON call's body is its `biz_content`; the uploader adds the gateway's common parameters
 * (`app_id`, `method`, `sign` …). Alipay takes plaintext: nothing is encrypted here.
 */

/**
 * One spec fits both routes, so a route can change after pictures were normalised: ZFT takes
 * bmp/jpg/jpeg/png/gif up to 10 MB, the 代签约 sign calls 5 KB–5 MB of png/bmp/gif/jpg/jpeg.
 */
export const ALIPAY_IMAGE: ImageSpec = {
  formats: ['jpeg', 'png', 'bmp', 'gif'],
  minBytes: 5 * 1024,
  maxBytes: 5 * 1024 * 1024
}

export const ALIPAY_SLOTS = [
  'licence',
  'legalRepIdFront',
  'legalRepIdBack',
  'storeEntrance',
  'storeInterior',
  'appScreenshot',
  'qualification',
  'licenceAuthLetter'
] as const

export const ZFT_CREATE_METHOD = 'ant.merchant.expand.indirect.zft.create'
export const ZFT_IMAGE_UPLOAD_METHOD = 'ant.merchant.expand.indirect.image.upload'
export const AGENT_CREATE_METHOD = 'alipay.open.agent.create'
export const AGENT_CONFIRM_METHOD = 'alipay.open.agent.confirm'

/** Stands where the uploader puts the `batch_no` that `alipay.open.agent.create` returns. */
export const BATCH_NO_PLACEHOLDER = '<batch_no>'
const BATCH_NO = new ResponseNode(
  { call: AGENT_CREATE_METHOD, field: 'batch_no' },
  BATCH_NO_PLACEHOLDER
)

const WAIT_FOR_IMAGES =
  '上面每次图片上传返回的 image_id 已填入对应字段 / every image upload above has returned its image_id and it is filled in'
const WAIT_FOR_BATCH =
  '第 1 步 alipay.open.agent.create 返回的 batch_no 已填入 batch_no；批次创建后 1 小时内完成全部签约和确认 / the batch_no returned by alipay.open.agent.create (step 1) is filled in; finish every sign call and the confirmation within 1 hour of creating the batch'
const WAIT_FOR_SIGNED = '上面的签约接口均已成功返回 / every sign call above has succeeded'

/**
 * 代签约 当面付 service rate, percent, inclusive. [U] A payment company's wrapper says up to 3 %;
 * Alipay's own SDKs (2022 and 2025) say 0.6 %, the stricter bound kept here.
 */
const RATE_MIN = 0.38
const RATE_MAX = 0.6
const RATE = /^\d+(\.\d{1,2})?$/
/** A 2088… partner id, accepted by `alipay.open.agent.create` besides a logon id. */
const PARTNER_ID = /^2088\d{12}$/
/** Alipay mini program ids: 16 digits starting 20. */
const ALIPAY_APP_ID = /^20\d{14}$/
const BANK_INST_ID = /^[A-Z]{2,16}$/
/** App screenshots are ordered home, last page, in-app, payment (profile AppScene). */
const MIN_APP_SCREENSHOTS = 4

export const ALIPAY_NOTES = [
  'alipay.note.length_bytes',
  'alipay.note.binding_account',
  'alipay.note.sign_date',
  'alipay.note.settle_card',
  'alipay.note.region_codes',
  'alipay.note.agent_required',
  'alipay.note.agent_product',
  'alipay.note.agent_lengths',
  'alipay.note.date_limitation',
  'alipay.note.rate_range',
  'alipay.note.qualifications'
] as const

/** The chosen services Alipay documents; the others are refused by precheck, never sent. */
function services(setup: AlipaySetup): ZftService[] {
  return inOrder(DOCUMENTED_ZFT_SERVICES, setup.services)
}

function products(setup: AlipaySetup): AgentProduct[] {
  return inOrder(AgentProduct.options, setup.products)
}

/** ZFT `name`: the registered name; a 个体工商户 without one applies under the operator's name. */
function merchantName(profile: MerchantProfile): string {
  const { registeredName, legalRepresentative } = profile.licence
  const unnamed = registeredName === '' || registeredName === '无'
  return profile.subjectType === 'individual' && unnamed ? legalRepresentative : registeredName
}

interface RegionCodes {
  province: string
  city: string
  district: string
}

/**
 * [U] Alipay's 直付通商户地区码 sheet is not available as data; its codes look like GB/T 2260
 * (§15), so the standard's structure is used: a district's city is its first four digits +
 * `00` (`110105` → `110100` for municipalities too). A city without districts (东莞) stands
 * for its own district.
 */
function regionCodes(code: string): RegionCodes | null {
  const location = locateRegion(code)
  if (!location?.city) return null
  const district = location.district?.code ?? location.city.code
  return {
    province: location.province.code,
    city: location.district ? `${district.slice(0, 4)}00` : location.city.code,
    district
  }
}

function zftAddress(profile: MerchantProfile): BodyTree {
  const { store } = profile.business
  const codes = regionCodes(store.regionCode)
  return {
    province_code: codes?.province,
    city_code: codes?.city,
    district_code: codes?.district,
    address: store.address
  }
}

function bankCard(profile: MerchantProfile, setup: AlipaySetup): BodyTree {
  const { settlement } = profile
  const location = locateRegion(settlement.regionCode)
  // [U] Which SettleCardInfo fields are mandatory is unpublished: all of them are sent.
  return {
    account_no: settlement.accountNumber,
    account_holder_name: settlement.accountName,
    account_type: 'DC',
    usage_type:
      settlement.accountType === 'corporate'
        ? '01'
        : settlement.accountType === 'personal'
          ? '02'
          : '',
    account_inst_name: settlement.bankName,
    account_inst_id: bankInstId(profile, setup),
    account_inst_province: location?.province.name,
    account_inst_city: location?.city?.name,
    account_branch_name: settlement.branchName,
    bank_code: settlement.bankCode
  }
}

function bankInstId(profile: MerchantProfile, setup: AlipaySetup): string {
  return setup.bankInstId !== ''
    ? setup.bankInstId
    : (alipayBankInstId(profile.settlement.bankName) ?? '')
}

/**
 * `sites` (SiteInfo `site_type`: 01 网站, 02 APP, 06 支付宝小程序). [D] 小程序支付 names its mini
 * program as a 06 site with `tiny_app_id`, the form the newer model asks of jsapi支付.
 */
function zftSites(
  profile: MerchantProfile,
  setup: AlipaySetup,
  chosen: readonly ZftService[]
): BodyTree[] {
  const { website, app } = profile.business
  const sites: BodyTree[] = []
  if (chosen.includes('pc') || chosen.includes('wap')) {
    sites.push({ site_type: '01', site_url: website.url, site_name: website.name })
  }
  if (chosen.includes('app')) sites.push({ site_type: '02', site_name: app.name })
  if (chosen.includes('miniProgram')) {
    sites.push({ site_type: '06', tiny_app_id: setup.miniProgramAppId })
  }
  return sites
}

/**
 * `license_auth_letter_image`, required "当商户名与结算卡户名不一致" and "涉及外籍法人" (AZ,
 * alipay-sdk-java-all AntMerchantExpandIndirectZftCreateModel 2024-09-27, which links the
 * 《说明函》 template at opendocs.alipay.com/open/direct-payment/cg5mkp); "商户类型为个体工商户时，
 * 本字段仅需上传营业执照非授权函": a 个体工商户 sends its licence photo there instead.
 */
function licenceAuthLetterNeeded(profile: MerchantProfile, setup: AlipaySetup): boolean {
  const { settlement, legalRep } = profile
  const otherHolder =
    setup.settleTo === 'bankCard' &&
    settlement.accountName !== '' &&
    !sameName(settlement.accountName, merchantName(profile))
  const foreign =
    legalRepHolder(profile) === 'legal' && legalRep.idDocType === 'foreignResidentPermit'
  return otherHolder || foreign
}

function licenceAuthLetter(profile: MerchantProfile, setup: AlipaySetup): MediaNode | undefined {
  if (!licenceAuthLetterNeeded(profile, setup)) return undefined
  return profile.subjectType === 'individual'
    ? picture('licence', 'merchant.licence.photo', profile.licence.photo)
    : picture('licenceAuthLetter', 'payment.alipay.licenceAuthLetter', setup.licenceAuthLetter)
}

function zftCreateBody(profile: MerchantProfile, setup: AlipaySetup): BodyTree {
  const { licence, legalRep, contact, business, settlement } = profile
  const chosen = services(setup)
  const faceToFace = chosen.includes('faceToFace')
  const subject = zftSubject(profile.subjectType, licence.certificateType)
  const individual = profile.subjectType === 'individual'
  const licencePhoto = picture('licence', 'merchant.licence.photo', licence.photo)
  const byLegal = legalRepHolder(profile) === 'legal'
  const toCard = setup.settleTo === 'bankCard'
  const { store } = business
  const inStore = business.salesScenes.includes('store')
  return {
    external_id: setup.externalId !== '' ? setup.externalId : licence.creditCode,
    merchant_type: subject?.merchantType,
    name: merchantName(profile),
    // For 当面付 Alipay shows the offline store's name on the bill.
    alias_name: faceToFace && store.name !== '' ? store.name : business.shortName,
    mcc: business.industry.alipayMcc,
    cert_type: subject?.certType,
    cert_no: licence.creditCode,
    cert_name: individual ? merchantName(profile) : undefined,
    cert_image: licencePhoto,
    legal_name: byLegal ? legalRep.name : licence.legalRepresentative,
    legal_cert_no: byLegal ? legalRep.idNumber : undefined,
    legal_cert_type: byLegal
      ? (ALIPAY_LEGAL_CERT_TYPES[legalRep.idDocType] ?? undefined)
      : undefined,
    legal_cert_front_image: byLegal
      ? picture('legalRepIdFront', 'merchant.legalRep.frontPhoto', legalRep.frontPhoto)
      : undefined,
    legal_cert_back_image: byLegal
      ? picture('legalRepIdBack', 'merchant.legalRep.backPhoto', legalRep.backPhoto)
      : undefined,
    license_auth_letter_image: licenceAuthLetter(profile, setup),
    business_address: inStore ? zftAddress(profile) : undefined,
    service_phone: business.servicePhone,
    contact_infos: [
      {
        name: contact.name,
        mobile: contact.mobile,
        email: contact.email,
        type: contact.type === 'legal' ? 'LEGAL_PERSON' : 'AGENT'
      }
    ],
    service: chosen.map((service) => ZFT_SERVICES[service]),
    sign_time_with_isv: setup.signDate,
    binding_alipay_logon_id: setup.merchantAccount,
    alipay_logon_id: toCard ? undefined : setup.settleAccount,
    biz_cards: toCard ? [bankCard(profile, setup)] : undefined,
    default_settle_rule: {
      default_settle_type: setup.settleTo,
      default_settle_target: toCard ? settlement.accountNumber : setup.settleAccount
    },
    out_door_images: inStore
      ? [picture('storeEntrance', 'merchant.business.store.entrancePhoto', store.entrancePhoto)]
      : undefined,
    in_door_images: inStore
      ? [picture('storeInterior', 'merchant.business.store.interiorPhoto', store.interiorPhoto)]
      : undefined,
    // [U] `qualifications` takes Alipay's 商户行业资质类型 codes, which the profile does not hold:
    // not sent; special-industry licences are added during Alipay's manual review.
    sites: zftSites(profile, setup, chosen)
  }
}

/** `date_limitation` / `long_term` of the licence ([U] format unstated: `yyyy-MM-dd`). */
function licenceTerm(profile: MerchantProfile): BodyTree {
  const { licence } = profile
  return {
    date_limitation: licence.longTerm ? '' : licence.validTo,
    long_term: String(licence.longTerm)
  }
}

/** The first qualification photo, sent where a category needs 特殊资质. */
function specialLicence(profile: MerchantProfile) {
  const first = profile.qualifications.findIndex((qualification) => qualification.photo !== null)
  const photo = profile.qualifications[first]?.photo ?? null
  return picture('qualification', `merchant.qualifications.${first}.photo`, photo)
}

function faceToFacePlan(profile: MerchantProfile, setup: AlipaySetup): CallPlan {
  const { licence, business } = profile
  const { store } = business
  const codes = regionCodes(store.regionCode)
  return {
    name: 'facetoface-sign',
    endpoint: AGENT_PRODUCT_METHODS.faceToFace,
    contentType: 'multipart',
    body: {
      batch_no: BATCH_NO,
      mcc_code: business.industry.alipayCategoryCode,
      rate: setup.rate,
      sign_and_auth: String(setup.signAndAuth),
      business_license_no: licence.creditCode,
      ...licenceTerm(profile),
      shop_name: store.name,
      // Multipart parts are text: the address object goes as its JSON string.
      shop_address: JSON.stringify({
        country_code: '156',
        province_code: codes?.province ?? '',
        city_code: codes?.city ?? '',
        district_code: codes?.district ?? '',
        detail_address: store.address
      })
    },
    files: {
      business_license_pic: picture('licence', 'merchant.licence.photo', licence.photo),
      shop_scene_pic: picture(
        'storeInterior',
        'merchant.business.store.interiorPhoto',
        store.interiorPhoto
      ),
      shop_sign_board_pic: picture(
        'storeEntrance',
        'merchant.business.store.entrancePhoto',
        store.entrancePhoto
      ),
      special_license_pic: specialLicence(profile)
    },
    waitFor: WAIT_FOR_BATCH
  }
}

function mobilePayPlan(profile: MerchantProfile, setup: AlipaySetup): CallPlan {
  const { licence, business } = profile
  const { app } = business
  const details = setup.app
  const screenshot = (index: number) =>
    picture(
      'appScreenshot',
      `merchant.business.app.screenshots.${index}`,
      app.screenshots[index] ?? null
    )
  return {
    name: 'mobilepay-sign',
    endpoint: AGENT_PRODUCT_METHODS.mobilePay,
    contentType: 'multipart',
    body: {
      batch_no: BATCH_NO,
      mcc_code: business.industry.alipayCategoryCode,
      app_name: app.name,
      app_type: JSON.stringify(details.platforms.map((platform) => ALIPAY_APP_PLATFORMS[platform])),
      app_market: JSON.stringify(details.markets.map((market) => ALIPAY_APP_MARKETS[market])),
      app_status: details.status ? ALIPAY_APP_STATUSES[details.status] : '',
      download_link: app.downloadUrl,
      app_test_account: details.testAccount,
      app_test_account_password: details.testPassword,
      business_license_no: licence.creditCode,
      ...licenceTerm(profile),
      mobile_type: 'APP',
      trade_scene: 'mobile'
    },
    files: {
      app_home_screenshot: screenshot(0),
      app_item_screenshot: screenshot(2),
      app_pay_screenshot: screenshot(3),
      business_license_pic: picture('licence', 'merchant.licence.photo', licence.photo),
      special_license_pic: specialLicence(profile)
    },
    waitFor: WAIT_FOR_BATCH
  }
}

/** The 代签约 calls, in the order they must be made. */
function agentPlans(profile: MerchantProfile, setup: AlipaySetup): CallPlan[] {
  const { contact } = profile
  const chosen = products(setup)
  return [
    {
      name: 'agent-create',
      endpoint: AGENT_CREATE_METHOD,
      contentType: 'json',
      body: {
        account: setup.merchantAccount,
        contact_info: {
          contact_name: contact.name,
          contact_mobile: contact.mobile,
          contact_email: contact.email
        }
      }
    },
    ...(chosen.includes('faceToFace') ? [faceToFacePlan(profile, setup)] : []),
    ...(chosen.includes('mobilePay') ? [mobilePayPlan(profile, setup)] : []),
    {
      name: 'agent-confirm',
      endpoint: AGENT_CONFIRM_METHOD,
      contentType: 'json',
      body: { batch_no: BATCH_NO },
      waitFor: WAIT_FOR_SIGNED
    }
  ]
}

function zftPlan(profile: MerchantProfile, setup: AlipaySetup): CallPlan {
  return {
    name: 'zft-create',
    endpoint: ZFT_CREATE_METHOD,
    contentType: 'json',
    body: zftCreateBody(profile, setup),
    waitFor: WAIT_FOR_IMAGES
  }
}

function plans(draft: DraftContent): CallPlan[] {
  const profile = normalizeMerchantProfile(draft.merchant)
  const setup = draft.payment.alipay
  return setup.route === 'zft' ? [zftPlan(profile, setup)] : agentPlans(profile, setup)
}

/** `image_type` of the upload: the normalised file's extension (`jpeg` is written `jpg`). */
function imageType(path: string): string {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase()
  return extension === 'jpeg' ? 'jpg' : extension
}

function imageUpload(file: string, index: number): BundlePart {
  return {
    name: `image-${String(index + 1).padStart(2, '0')}`,
    endpoint: ZFT_IMAGE_UPLOAD_METHOD,
    contentType: 'multipart',
    body: { image_type: imageType(file) },
    files: { image_content: file }
  }
}

/** A sales scene's fields when it is selected, else the scene itself is what is due. */
function sceneDue(
  due: DueList<AlipayRequirementKey>,
  profile: MerchantProfile,
  scene: 'store' | 'website' | 'app',
  fields: () => void
): void {
  if (profile.business.salesScenes.includes(scene)) fields()
  else due.add(`${scene}_scene`, 'merchant.business.salesScenes', false)
}

function storeDue(due: DueList<AlipayRequirementKey>, profile: MerchantProfile): void {
  const { store } = profile.business
  const base = 'merchant.business.store'
  sceneDue(due, profile, 'store', () => {
    due.add('store_name', `${base}.name`, store.name !== '')
    due.add('store_region', `${base}.regionCode`, store.regionCode !== '')
    due.add('store_address', `${base}.address`, store.address !== '')
    due.add('store_entrance_photo', `${base}.entrancePhoto`, store.entrancePhoto !== null)
    due.add('store_interior_photo', `${base}.interiorPhoto`, store.interiorPhoto !== null)
  })
}

function zftDue(
  due: DueList<AlipayRequirementKey>,
  profile: MerchantProfile,
  setup: AlipaySetup
): void {
  const { subjectType, licence, legalRep, business, settlement } = profile
  const chosen = services(setup)
  const subject = zftSubject(subjectType, licence.certificateType)
  const byCertificate = subjectType === 'social'
  // Without a certificate type the profile already asks for one; a known type ZFT lacks gets a reason.
  const unsupported = subjectType === 'other' || licence.certificateType !== null
  due.add(
    'subject_type',
    byCertificate ? 'merchant.licence.certificateType' : 'merchant.subjectType',
    subject !== null,
    subject === null && unsupported ? 'alipay.subject_unsupported' : undefined
  )
  // 当面付 shows the licence; a 个体工商户 also sends it in place of an authorisation letter.
  const individualLetter = subjectType === 'individual' && licenceAuthLetterNeeded(profile, setup)
  due.when(
    chosen.includes('faceToFace') || individualLetter,
    'licence_photo',
    'merchant.licence.photo',
    licence.photo !== null
  )
  due.add('short_name', 'merchant.business.shortName', business.shortName !== '')
  due.add('service_phone', 'merchant.business.servicePhone', business.servicePhone !== '')
  due.add('alipay_mcc', 'merchant.business.industry.alipayMcc', business.industry.alipayMcc !== '')
  if (legalRepHolder(profile) === 'legal') {
    due.add('legal_rep_name', 'merchant.legalRep.name', legalRep.name !== '')
    due.add('legal_rep_id_number', 'merchant.legalRep.idNumber', legalRep.idNumber !== '')
    const supported = ALIPAY_LEGAL_CERT_TYPES[legalRep.idDocType] !== null
    due.add(
      'legal_rep_id_type',
      'merchant.legalRep.idDocType',
      supported,
      supported ? undefined : 'alipay.legal_id_type_unsupported'
    )
  } else {
    // ZFT needs the legal representative's own document even where WeChat takes an agent's.
    due.add('legal_rep_in_person', 'merchant.legalRep.holder', false, 'alipay.legal_rep_in_person')
  }
  if (chosen.includes('faceToFace')) storeDue(due, profile)
  if (chosen.includes('pc') || chosen.includes('wap')) {
    sceneDue(due, profile, 'website', () => {
      due.add('website_url', 'merchant.business.website.url', business.website.url !== '')
      due.add('website_name', 'merchant.business.website.name', business.website.name !== '')
    })
  }
  if (chosen.includes('app')) {
    sceneDue(due, profile, 'app', () => {
      due.add('app_name', 'merchant.business.app.name', business.app.name !== '')
    })
  }
  if (setup.settleTo === 'bankCard') {
    due.add('account_type', 'merchant.settlement.accountType', settlement.accountType !== null)
    due.add('account_name', 'merchant.settlement.accountName', settlement.accountName !== '')
    due.add('bank_name', 'merchant.settlement.bankName', settlement.bankName !== '')
    due.add('bank_region', 'merchant.settlement.regionCode', settlement.regionCode !== '')
    due.add('bank_branch', 'merchant.settlement.branchName', settlement.branchName !== '')
    due.add('account_number', 'merchant.settlement.accountNumber', settlement.accountNumber !== '')
  }

  due.add('alipay_services', 'payment.alipay.services', chosen.length > 0)
  due.when(
    chosen.includes('miniProgram'),
    'alipay_mini_program_app_id',
    'payment.alipay.miniProgramAppId',
    setup.miniProgramAppId !== ''
  )
  // [U] 商业场景必填 comes from a third-party copy: always asked.
  due.add('alipay_account', 'payment.alipay.merchantAccount', setup.merchantAccount !== '')
  due.add('alipay_sign_date', 'payment.alipay.signDate', setup.signDate !== '')
  due.when(
    profile.subjectType !== 'individual' && licenceAuthLetterNeeded(profile, setup),
    'alipay_licence_auth_letter',
    'payment.alipay.licenceAuthLetter',
    setup.licenceAuthLetter !== null
  )
  if (setup.settleTo === 'alipayAccount') {
    due.add('alipay_settle_account', 'payment.alipay.settleAccount', setup.settleAccount !== '')
  } else {
    due.add('alipay_bank_inst_id', 'payment.alipay.bankInstId', bankInstId(profile, setup) !== '')
  }
}

function agentDue(
  due: DueList<AlipayRequirementKey>,
  profile: MerchantProfile,
  setup: AlipaySetup
): void {
  const { licence, business } = profile
  const { app } = business
  const chosen = products(setup)
  // [U] The licence picture is needed only for personal Alipay accounts, which Kaitong cannot
  // tell apart: always sent.
  due.add('licence_photo', 'merchant.licence.photo', licence.photo !== null)
  due.add(
    'alipay_category_code',
    'merchant.business.industry.alipayCategoryCode',
    business.industry.alipayCategoryCode !== ''
  )
  // [U] The shop fields of 当面付 carry no published required flag: all asked for.
  if (chosen.includes('faceToFace')) storeDue(due, profile)
  if (chosen.includes('mobilePay')) {
    sceneDue(due, profile, 'app', () => {
      due.add('app_name', 'merchant.business.app.name', app.name !== '')
      due.add('app_download_url', 'merchant.business.app.downloadUrl', app.downloadUrl !== '')
      due.add(
        'app_screenshots',
        'merchant.business.app.screenshots',
        app.screenshots.length >= MIN_APP_SCREENSHOTS
      )
    })
  }
  due.add('alipay_account', 'payment.alipay.merchantAccount', setup.merchantAccount !== '')
  // [U] A batch with no sign call cannot be confirmed.
  due.add('alipay_products', 'payment.alipay.products', chosen.length > 0)
  due.when(setup.signAndAuth, 'alipay_rate', 'payment.alipay.rate', setup.rate !== '')
  if (chosen.includes('mobilePay')) {
    const details = setup.app
    due.add('alipay_app_platforms', 'payment.alipay.app.platforms', details.platforms.length > 0)
    due.add('alipay_app_markets', 'payment.alipay.app.markets', details.markets.length > 0)
    due.add('alipay_app_status', 'payment.alipay.app.status', details.status !== null)
  }
}

function dueItems(draft: DraftContent): DueItem[] {
  const profile = normalizeMerchantProfile(draft.merchant)
  const setup = draft.payment.alipay
  const { licence, contact, subjectType } = profile
  const due = dueList<AlipayRequirementKey>('alipay')
  due.add('licence_number', 'merchant.licence.creditCode', licence.creditCode !== '')
  due.when(
    subjectType !== 'individual',
    'registered_name',
    'merchant.licence.registeredName',
    licence.registeredName !== ''
  )
  due.add('contact_name', 'merchant.contact.name', contact.name !== '')
  due.add('contact_mobile', 'merchant.contact.mobile', contact.mobile !== '')
  // [U] `alipay.open.agent.create` publishes no required flags: its contact email is asked too.
  due.when(setup.route === 'agent', 'contact_email', 'merchant.contact.email', contact.email !== '')
  if (setup.route === 'zft') zftDue(due, profile, setup)
  else agentDue(due, profile, setup)
  return due.items()
}

interface Measured {
  path: string
  value: string
  max: number
}

/**
 * [old] ZFT maxima come only from an older edition of the page and state no unit; like
 * WeChat's they are read as UTF-8 bytes, the stricter reading. `legal_cert_no` 18 is kept
 * although it may be stale (§18.12). The 代签约 maxima come from the sister API (§18.16).
 */
function measuredFields(profile: MerchantProfile, setup: AlipaySetup): Measured[] {
  const { licence, legalRep, business } = profile
  if (setup.route === 'agent') {
    return [{ path: 'merchant.licence.creditCode', value: licence.creditCode, max: 32 }]
  }
  const faceToFace = services(setup).includes('faceToFace')
  const aliasFromStore = faceToFace && business.store.name !== ''
  const fields: Measured[] = [
    // Without its own external_id the credit code stands in, already held to 20 below.
    { path: 'payment.alipay.externalId', value: setup.externalId, max: 32 },
    { path: 'merchant.licence.registeredName', value: merchantName(profile), max: 128 },
    aliasFromStore
      ? { path: 'merchant.business.store.name', value: business.store.name, max: 128 }
      : { path: 'merchant.business.shortName', value: business.shortName, max: 128 },
    { path: 'merchant.licence.creditCode', value: licence.creditCode, max: 20 },
    { path: 'merchant.business.servicePhone', value: business.servicePhone, max: 20 }
  ]
  if (legalRepHolder(profile) === 'legal') {
    fields.push(
      { path: 'merchant.legalRep.name', value: legalRep.name, max: 64 },
      { path: 'merchant.legalRep.idNumber', value: legalRep.idNumber, max: 18 }
    )
  }
  return fields
}

function isLogonId(value: string): boolean {
  return isMobile(value) || isEmail(value)
}

function checkAccounts(setup: AlipaySetup, issues: Issue[]): void {
  const account = setup.merchantAccount
  // 代签约 also takes the 2088 partner id; ZFT binds a logon id.
  const accountOk = isLogonId(account) || (setup.route === 'agent' && PARTNER_ID.test(account))
  if (account !== '' && !accountOk) {
    issues.push(issue('alipay.account_format', 'payment.alipay.merchantAccount', 'error'))
  }
  if (setup.route !== 'zft') return
  if (
    setup.settleTo === 'alipayAccount' &&
    setup.settleAccount !== '' &&
    !isLogonId(setup.settleAccount)
  ) {
    issues.push(issue('alipay.account_format', 'payment.alipay.settleAccount', 'error'))
  }
  if (setup.signDate !== '' && !isCalendarDate(setup.signDate)) {
    issues.push(issue('alipay.date_format', 'payment.alipay.signDate', 'error'))
  }
  if (setup.bankInstId !== '' && !BANK_INST_ID.test(setup.bankInstId)) {
    issues.push(issue('alipay.bank_inst_id_format', 'payment.alipay.bankInstId', 'error'))
  }
  const needsAppId = services(setup).includes('miniProgram')
  if (needsAppId && setup.miniProgramAppId !== '' && !ALIPAY_APP_ID.test(setup.miniProgramAppId)) {
    issues.push(issue('alipay.app_id_format', 'payment.alipay.miniProgramAppId', 'error'))
  }
}

/** Services an older Kaitong offered that Alipay does not document in every edition. */
function checkServices(setup: AlipaySetup, issues: Issue[]): void {
  if (setup.route !== 'zft') return
  if (setup.services.some((service) => !DOCUMENTED_ZFT_SERVICES.includes(service))) {
    issues.push(issue('alipay.service_undocumented', 'payment.alipay.services', 'error'))
  }
}

function checkRate(setup: AlipaySetup, issues: Issue[]): void {
  if (setup.route !== 'agent' || setup.rate === '') return
  const value = Number(setup.rate)
  if (!RATE.test(setup.rate) || value < RATE_MIN || value > RATE_MAX) {
    issues.push(
      issue('alipay.rate_range', 'payment.alipay.rate', 'error', { min: RATE_MIN, max: RATE_MAX })
    )
  }
}

function validateAlipay(draft: DraftContent): Issue[] {
  const profile = normalizeMerchantProfile(draft.merchant)
  const setup = draft.payment.alipay
  const issues = unmetIssues(dueItems(draft), 'alipay', profile)
  for (const { path, value, max } of measuredFields(profile, setup)) {
    if (utf8Length(value) > max) issues.push(issue('alipay.too_long', path, 'error', { max }))
  }
  checkAccounts(setup, issues)
  checkServices(setup, issues)
  checkRate(setup, issues)
  if (setup.route === 'zft') issues.push(...checkMcc(ALIPAY_MCC_TABLE, profile))
  return issues
}

export const alipayAdapter: PaymentAdapter = {
  id: 'alipay',
  kind: 'payment',
  notes: ALIPAY_NOTES,
  transport: (part) => alipayTransport(part, { actingForMerchant: false }),
  // ant.merchant.expand.indirect.image.upload answers `image_id` (payment-onboarding.md §11).
  mediaIdSource: { call: ZFT_IMAGE_UPLOAD_METHOD, field: 'image_id' },
  requirements: (draft) => toRequirements(dueItems(draft)),
  validate: validateAlipay,
  mediaSpecs: specsForSlots(ALIPAY_SLOTS, ALIPAY_IMAGE),
  mediaUses: (draft) => mediaUsesOf(plans(draft)),
  buildPayload(draft, media) {
    const parts = plans(draft).map((plan) => renderCall(plan, media, undefined))
    if (draft.payment.alipay.route === 'agent') return parts
    // ZFT: each distinct picture is uploaded first; the create call carries the returned ids.
    const files = parts.flatMap((part) =>
      (part.placeholders ?? []).flatMap((placeholder) =>
        placeholder.file ? [placeholder.file] : []
      )
    )
    return [...[...new Set(files)].map(imageUpload), ...parts]
  }
}
