import { issue, type Issue, type IssueParams, type Severity } from './issue'
import { lengthIssues } from './field-limits'
import { MerchantProfile, type IdDocType } from './merchant-profile'
import {
  allowedAccountTypes,
  allowedCertificateTypes,
  allowedLegalRepIdDocTypes,
  holdsBusinessLicence,
  legalRepHolder,
  MERCHANT_PATH_PREFIX,
  MERCHANT_SECTIONS,
  merchantFieldStates,
  sectionOfPath,
  type MerchantSection
} from './merchant-fields'
import { normalizeMerchantProfile, sameName } from './text'
import { checkDocumentReads } from './documents/document-reads'
import { daysBetween, isCalendarDate } from './identifiers/calendar-date'
import { checkUscc, type UsccFinding } from './identifiers/uscc'
import { checkIdNumber } from './identifiers/id-document'
import { checkServicePhone, isMobile } from './identifiers/phone'
import { isEmail } from './identifiers/email'
import {
  checkCorporateAccountNumber,
  checkPersonalCardNumber,
  isBankCode
} from './identifiers/bank-account'
import { isValidRegionCode, listDistricts, locateRegion } from './regions'

/**
 * The merchant profile's rules. Each check is a pure function of the (normalised) profile
 * and, where time matters, `today` as `YYYY-MM-DD`; each finding is an Issue with a stable
 * `merchant.*` code whose zh-CN/en text lives in MERCHANT_MESSAGES.
 */

/** Expiry this close (in days) is a warning: platforms review for days, then renewals bite. */
export const EXPIRY_WARNING_DAYS = 60

/** Person names: WeChat's content rule (2–30 characters) is the strictest published. */
const PERSON_NAME = { min: 2, max: 30 }
/** Short name shown on payment slips: WeChat 2–30 characters, Alipay allows more. */
const SHORT_NAME = { min: 2, max: 30 }
/** Registered name: WeChat 2–110 characters. */
const REGISTERED_NAME = { min: 2, max: 110 }

/** Every code the merchant rules can report; MERCHANT_MESSAGES has an entry for each. */
export const MERCHANT_ISSUE_CODES = [
  'merchant.required',
  'merchant.date_format',
  'merchant.date_in_future',
  'merchant.validity_order',
  'merchant.validity_expired',
  'merchant.validity_expiring',
  'merchant.uscc_length',
  'merchant.uscc_legacy',
  'merchant.uscc_charset',
  'merchant.uscc_format',
  'merchant.uscc_check_char',
  'merchant.uscc_check_char_unverified',
  'merchant.uscc_organization_code',
  'merchant.certificate_type_not_allowed',
  'merchant.certificate_number_format',
  'merchant.name_length',
  'merchant.individual_name_company',
  'merchant.person_name_length',
  'merchant.id_card_format',
  'merchant.hong_kong_permit_format',
  'merchant.macao_permit_format',
  'merchant.taiwan_permit_format',
  'merchant.passport_format',
  'merchant.foreign_permit_format',
  'merchant.hong_kong_macao_residence_format',
  'merchant.taiwan_residence_format',
  'merchant.id_number_check_digit',
  'merchant.id_number_birth_date',
  'merchant.id_number_birth_future',
  'merchant.id_card_legacy',
  'merchant.id_doc_type_not_allowed',
  'merchant.legal_rep_name_mismatch',
  'merchant.beneficial_owners_count',
  'merchant.beneficial_owner_duplicate',
  'merchant.mobile_format',
  'merchant.email_format',
  'merchant.contact_name_legal_rep',
  'merchant.short_name_length',
  'merchant.short_name_person_name',
  'merchant.phone_format',
  'merchant.phone_area_code',
  'merchant.category_code_format',
  'merchant.url_format',
  'merchant.icp_format',
  'merchant.wechat_app_id_format',
  'merchant.app_id_format',
  'merchant.region_unknown',
  'merchant.region_city_required',
  'merchant.region_district_required',
  'merchant.account_type_not_allowed',
  'merchant.bank_card_format',
  'merchant.bank_card_luhn',
  'merchant.account_number_format',
  'merchant.bank_code_format',
  'merchant.account_name_registered_name',
  'merchant.account_name_legal_rep'
] as const
export type MerchantIssueCode = (typeof MERCHANT_ISSUE_CODES)[number]
type CodeSuffix = MerchantIssueCode extends `merchant.${infer Suffix}` ? Suffix : never

type Emit = (code: CodeSuffix, path: string, severity?: Severity, params?: IssueParams) => void

function collector(): { issues: Issue[]; emit: Emit } {
  const issues: Issue[] = []
  const emit: Emit = (code, path, severity = 'error', params) => {
    issues.push(issue(`merchant.${code}`, MERCHANT_PATH_PREFIX + path, severity, params))
  }
  return { issues, emit }
}

/** Length in characters (code points), as the platforms count them. */
function length(value: string): number {
  return [...value].length
}

function checkLength(
  emit: Emit,
  code: CodeSuffix,
  path: string,
  value: string,
  bounds: { min: number; max: number }
): void {
  const size = length(value)
  if (value !== '' && (size < bounds.min || size > bounds.max)) emit(code, path, 'error', bounds)
}

interface Validity {
  validFrom: string
  validTo: string
  longTerm: boolean
}

/**
 * A validity period: real dates, not starting in the future, ending after it starts; an end
 * before today is an error, one within EXPIRY_WARNING_DAYS a warning. Long-term periods have
 * no end to check.
 */
export function checkValidity(period: Validity, base: string, today: string): Issue[] {
  const { issues, emit } = collector()
  const { validFrom, validTo, longTerm } = period
  const fromOk = isCalendarDate(validFrom)
  if (validFrom !== '' && !fromOk) emit('date_format', `${base}.validFrom`)
  if (fromOk && validFrom > today)
    emit('date_in_future', `${base}.validFrom`, 'error', { date: validFrom })
  if (longTerm || validTo === '') return issues
  if (!isCalendarDate(validTo)) {
    emit('date_format', `${base}.validTo`)
  } else if (fromOk && validTo <= validFrom) {
    emit('validity_order', `${base}.validTo`)
  } else if (validTo < today) {
    emit('validity_expired', `${base}.validTo`, 'error', { date: validTo })
  } else if (daysBetween(today, validTo) <= EXPIRY_WARNING_DAYS) {
    emit('validity_expiring', `${base}.validTo`, 'warning', {
      date: validTo,
      days: daysBetween(today, validTo)
    })
  }
  return issues
}

const USCC_ISSUES: Readonly<Record<UsccFinding, { code: CodeSuffix; severity: Severity }>> = {
  length: { code: 'uscc_length', severity: 'error' },
  legacy: { code: 'uscc_legacy', severity: 'error' },
  charset: { code: 'uscc_charset', severity: 'error' },
  format: { code: 'uscc_format', severity: 'error' },
  check_char: { code: 'uscc_check_char', severity: 'error' },
  check_char_known_exception: { code: 'uscc_check_char_unverified', severity: 'warning' },
  // A single mistyped character already fails the mod-31 check character; a code that passes
  // it but not GB 11714 was issued that way, so it is real: ask to re-read, do not refuse.
  organization_code: { code: 'uscc_organization_code', severity: 'warning' }
}

/** 统一社会信用代码 checks (GB 32100-2015 and the embedded GB 11714 organisation code). */
export function checkCreditCode(code: string, path: string): Issue[] {
  const { issues, emit } = collector()
  const finding = checkUscc(code)
  if (!finding) return issues
  const { code: issueCode, severity } = USCC_ISSUES[finding]
  // Never the character that would fit: typing it in would hide the real typo elsewhere.
  emit(issueCode, path, severity)
  return issues
}

/** Certificates that are themselves a 统一社会信用代码 certificate carry only that code. */
const CREDIT_CODE_CERTIFICATES = new Set(['creditCodeCertificate', 'grassrootsAutonomy'])

function checkSubject(profile: MerchantProfile, today: string, emit: Emit, issues: Issue[]): void {
  const { subjectType, licence } = profile
  const licensed = holdsBusinessLicence(subjectType)
  const certificate = licence.certificateType
  if (!licensed && certificate && !allowedCertificateTypes(subjectType).includes(certificate)) {
    emit('certificate_type_not_allowed', 'licence.certificateType')
  }
  if (licence.creditCode !== '') {
    // Since 2015 every certificate carries the 18-character code; older certificates of
    // institutions and organisations may still show their own number format.
    const mustBeUscc =
      licensed ||
      (certificate !== null && CREDIT_CODE_CERTIFICATES.has(certificate)) ||
      licence.creditCode.length === 18
    if (mustBeUscc) issues.push(...checkCreditCode(licence.creditCode, 'licence.creditCode'))
    else if (!/^[\p{Script=Han}0-9A-Z()-]{4,32}$/u.test(licence.creditCode)) {
      emit('certificate_number_format', 'licence.creditCode')
    }
  }
  const name = licence.registeredName
  const unnamedIndividual = subjectType === 'individual' && name === '无'
  if (!unnamedIndividual) {
    checkLength(emit, 'name_length', 'licence.registeredName', name, REGISTERED_NAME)
  }
  if (subjectType === 'individual' && name.endsWith('公司')) {
    emit('individual_name_company', 'licence.registeredName')
  }
  checkLength(
    emit,
    'person_name_length',
    'licence.legalRepresentative',
    licence.legalRepresentative,
    PERSON_NAME
  )
  issues.push(...checkValidity(licence, 'licence', today))
}

const ID_FORMAT_CODES: Readonly<Record<IdDocType, CodeSuffix>> = {
  residentId: 'id_card_format',
  hongKongPermit: 'hong_kong_permit_format',
  macaoPermit: 'macao_permit_format',
  taiwanPermit: 'taiwan_permit_format',
  passport: 'passport_format',
  foreignResidentPermit: 'foreign_permit_format',
  hongKongMacaoResidencePermit: 'hong_kong_macao_residence_format',
  taiwanResidencePermit: 'taiwan_residence_format'
}

interface Person extends Validity {
  idDocType: IdDocType
  name: string
  idNumber: string
}

/** A person's document number, name and document validity. */
export function checkPerson(
  person: Person,
  base: string,
  today: string,
  options: { checkName: boolean }
): Issue[] {
  const { issues, emit } = collector()
  if (options.checkName) {
    checkLength(emit, 'person_name_length', `${base}.name`, person.name, PERSON_NAME)
  }
  const number = person.idNumber
  const finding = number === '' ? null : checkIdNumber(person.idDocType, number, today)
  const path = `${base}.idNumber`
  switch (finding) {
    case null:
      break
    case 'format':
    case 'region':
      emit(ID_FORMAT_CODES[person.idDocType], path)
      break
    case 'check_digit':
      emit('id_number_check_digit', path, 'error')
      break
    case 'birth_date':
      emit('id_number_birth_date', path)
      break
    case 'birth_future':
      emit('id_number_birth_future', path)
      break
    case 'legacy':
      emit('id_card_legacy', path)
      break
  }
  issues.push(...checkValidity(person, base, today))
  return issues
}

function checkLegalRep(profile: MerchantProfile, today: string, emit: Emit, issues: Issue[]): void {
  const { subjectType, legalRep, licence, beneficialOwners } = profile
  if (legalRepHolder(profile) === 'legal') {
    if (!allowedLegalRepIdDocTypes(subjectType).includes(legalRep.idDocType)) {
      emit('id_doc_type_not_allowed', 'legalRep.idDocType')
    }
    issues.push(...checkPerson(legalRep, 'legalRep', today, { checkName: true }))
    const onLicence = licence.legalRepresentative
    if (legalRep.name !== '' && onLicence !== '' && !sameName(legalRep.name, onLicence)) {
      emit('legal_rep_name_mismatch', 'legalRep.name', 'error', { name: onLicence })
    }
  }
  if (subjectType !== 'enterprise') return
  const max = legalRep.isBeneficialOwner === true ? 3 : 4
  if (beneficialOwners.length > max) {
    emit('beneficial_owners_count', 'beneficialOwners', 'error', { max })
  }
  const seen = new Set(legalRep.isBeneficialOwner === true ? [legalRep.idNumber] : [])
  beneficialOwners.forEach((owner, index) => {
    const base = `beneficialOwners.${index}`
    issues.push(...checkPerson(owner, base, today, { checkName: true }))
    if (owner.idNumber === '') return
    if (seen.has(owner.idNumber)) emit('beneficial_owner_duplicate', `${base}.idNumber`)
    seen.add(owner.idNumber)
  })
}

function checkContact(profile: MerchantProfile, today: string, emit: Emit, issues: Issue[]): void {
  const { contact, legalRep } = profile
  checkLength(emit, 'person_name_length', 'contact.name', contact.name, PERSON_NAME)
  if (contact.mobile !== '' && !isMobile(contact.mobile)) emit('mobile_format', 'contact.mobile')
  if (contact.email !== '' && !isEmail(contact.email)) emit('email_format', 'contact.email')
  if (contact.type === 'agent') {
    issues.push(...checkPerson(contact, 'contact', today, { checkName: false }))
    return
  }
  // A "legal" administrator is the legal representative (or operator) in person.
  const representative = legalRepHolder(profile) === 'legal' ? legalRep.name : ''
  if (contact.name !== '' && representative !== '' && !sameName(contact.name, representative)) {
    emit('contact_name_legal_rep', 'contact.name', 'error', { name: representative })
  }
}

const CATEGORY_FORMATS: ReadonlyArray<{
  field: 'wechatSettlementId' | 'alipayMcc' | 'alipayCategoryCode'
  pattern: RegExp
  example: string
}> = [
  { field: 'wechatSettlementId', pattern: /^\d{1,3}$/, example: '719' },
  { field: 'alipayMcc', pattern: /^\d{4}$/, example: '5812' },
  { field: 'alipayCategoryCode', pattern: /^[A-Z]\d{4}_[A-Z]\d{4}$/, example: 'A0002_B0201' }
]

const WECHAT_APP_ID = /^wx[0-9a-f]{16}$/
/** WeChat app ids, or Alipay's 16-digit ones (2021…). */
const ANY_APP_ID = /^(wx[0-9a-f]{16}|20\d{14})$/
/** `粤ICP备12345678号`, optionally `-1` for a site under the filing. */
const ICP_RECORD = /^\p{Script=Han}ICP[备证]\d{6,10}号(-\d{1,3})?$/u

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

function checkBusiness(profile: MerchantProfile, emit: Emit): void {
  const { business, legalRep } = profile
  const { shortName, servicePhone, industry, salesScenes } = business
  checkLength(emit, 'short_name_length', 'business.shortName', shortName, SHORT_NAME)
  if (shortName !== '' && legalRep.name !== '' && sameName(shortName, legalRep.name)) {
    emit('short_name_person_name', 'business.shortName')
  }
  if (servicePhone !== '') {
    const finding = checkServicePhone(servicePhone)
    if (finding === 'format') emit('phone_format', 'business.servicePhone')
    if (finding === 'area_code') {
      emit('phone_area_code', 'business.servicePhone', 'warning', {
        areaCode: servicePhone.split('-')[0] ?? ''
      })
    }
  }
  for (const { field, pattern, example } of CATEGORY_FORMATS) {
    const value = industry[field]
    if (value !== '' && !pattern.test(value)) {
      emit('category_code_format', `business.industry.${field}`, 'error', { example })
    }
  }
  const { store, website, officialAccount, miniProgram, app } = business
  if (salesScenes.includes('store')) {
    checkRegion(emit, 'business.store.regionCode', store.regionCode, 'district')
  }
  if (salesScenes.includes('website')) {
    if (website.url !== '' && !isWebUrl(website.url)) emit('url_format', 'business.website.url')
    if (website.icpRecord !== '' && !ICP_RECORD.test(website.icpRecord)) {
      emit('icp_format', 'business.website.icpRecord')
    }
  }
  if (salesScenes.includes('officialAccount') && officialAccount.appId !== '') {
    if (!WECHAT_APP_ID.test(officialAccount.appId)) {
      emit('wechat_app_id_format', 'business.officialAccount.appId')
    }
  }
  if (salesScenes.includes('miniProgram') && miniProgram.appId !== '') {
    if (!ANY_APP_ID.test(miniProgram.appId)) emit('app_id_format', 'business.miniProgram.appId')
  }
  if (salesScenes.includes('app')) {
    if (app.appId !== '' && !ANY_APP_ID.test(app.appId)) emit('app_id_format', 'business.app.appId')
    if (app.downloadUrl !== '' && !isWebUrl(app.downloadUrl)) {
      emit('url_format', 'business.app.downloadUrl')
    }
  }
}

/**
 * A GB/T 2260 code from the region table, precise enough: a bank's city, or a store's district
 * (a city without districts in the table, such as 东莞, is precise enough at city level).
 */
function checkRegion(emit: Emit, path: string, code: string, level: 'city' | 'district'): void {
  if (code === '') return
  if (!isValidRegionCode(code)) {
    emit('region_unknown', path)
    return
  }
  const { city, district } = locateRegion(code) ?? { city: null, district: null }
  if (city === null) {
    emit(level === 'city' ? 'region_city_required' : 'region_district_required', path)
  } else if (level === 'district' && district === null && listDistricts(city.code).length > 0) {
    emit('region_district_required', path)
  }
}

function checkSettlement(profile: MerchantProfile, emit: Emit): void {
  const { subjectType, settlement, licence, legalRep } = profile
  const { accountType, accountName, accountNumber, bankCode, regionCode } = settlement
  if (accountType && !allowedAccountTypes(subjectType).includes(accountType)) {
    emit('account_type_not_allowed', 'settlement.accountType')
  }
  if (accountNumber !== '' && accountType === 'personal') {
    const finding = checkPersonalCardNumber(accountNumber)
    if (finding)
      emit(finding === 'luhn' ? 'bank_card_luhn' : 'bank_card_format', 'settlement.accountNumber')
  }
  // Corporate account numbers are bank-internal and carry no Luhn digit: length only.
  if (
    accountNumber !== '' &&
    accountType === 'corporate' &&
    checkCorporateAccountNumber(accountNumber)
  ) {
    emit('account_number_format', 'settlement.accountNumber')
  }
  if (bankCode !== '' && !isBankCode(bankCode)) emit('bank_code_format', 'settlement.bankCode')
  checkRegion(emit, 'settlement.regionCode', regionCode, 'city')
  if (accountName === '') return
  if (accountType === 'corporate') {
    const registered = licence.registeredName
    if (registered !== '' && registered !== '无' && !sameName(accountName, registered)) {
      emit('account_name_registered_name', 'settlement.accountName', 'error', { name: registered })
    }
  }
  if (accountType === 'personal') {
    const holder = legalRep.name !== '' ? legalRep.name : licence.legalRepresentative
    if (holder !== '' && !sameName(accountName, holder)) {
      emit('account_name_legal_rep', 'settlement.accountName', 'error', { name: holder })
    }
  }
}

function checkQualifications(profile: MerchantProfile, today: string, issues: Issue[]): void {
  profile.qualifications.forEach((qualification, index) => {
    issues.push(...checkValidity(qualification, `qualifications.${index}`, today))
  })
}

/** Empty required fields, from the same table the wizard shows. */
function checkRequired(profile: MerchantProfile, emit: Emit): void {
  for (const state of merchantFieldStates(profile)) {
    if (state.requirement === 'required' && !state.filled) {
      emit('required', state.path.slice(MERCHANT_PATH_PREFIX.length))
    }
  }
}

/**
 * Every issue of the profile, normalised first (so what is typed checks like what is stored).
 * Fields the subject type hides are not checked. `today` is `YYYY-MM-DD`.
 */
export function validateMerchant(input: MerchantProfile, today: string): Issue[] {
  const profile = normalizeMerchantProfile(input)
  const { issues, emit } = collector()
  issues.push(...lengthIssues(MerchantProfile, profile, 'merchant'))
  checkRequired(profile, emit)
  checkSubject(profile, today, emit, issues)
  checkLegalRep(profile, today, emit, issues)
  checkContact(profile, today, emit, issues)
  checkBusiness(profile, emit)
  checkSettlement(profile, emit)
  checkQualifications(profile, today, issues)
  issues.push(...checkDocumentReads(profile, today))
  const hidden = new Set(
    merchantFieldStates(profile)
      .filter((state) => state.requirement === 'hidden')
      .map((state) => state.path)
  )
  return issues.filter((found) => !hidden.has(found.path))
}

export interface SectionCompleteness {
  /** Errors other than empty required fields. */
  errors: number
  warnings: number
  /** Required fields still empty. */
  missing: number
  /** Nothing blocks this sub-step: no errors and nothing missing (warnings allowed). */
  complete: boolean
}

/** The per-sub-step badge of the Merchant step. */
export function sectionCompleteness(
  profile: MerchantProfile,
  today: string
): Record<MerchantSection, SectionCompleteness> {
  const found = validateMerchant(profile, today)
  const entries = MERCHANT_SECTIONS.map((section) => {
    const mine = found.filter((item) => sectionOfPath(item.path) === section)
    const missing = mine.filter((item) => item.code === 'merchant.required').length
    const errors = mine.filter((item) => item.severity === 'error').length - missing
    const warnings = mine.filter((item) => item.severity === 'warning').length
    return [
      section,
      { errors, warnings, missing, complete: errors === 0 && missing === 0 }
    ] as const
  })
  return Object.fromEntries(entries) as Record<MerchantSection, SectionCompleteness>
}
