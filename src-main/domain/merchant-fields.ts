import type {
  CertificateType,
  IdDocType,
  MerchantProfile,
  SettlementAccountType,
  SubjectType
} from './merchant-profile'
import { hasBackSide } from './identifiers/id-document'

/**
 * What the subject type (and earlier answers) make required, optional or hidden, field by
 * field. The wizard reads it to show fields and mark them required; validateMerchant reads
 * the same list to report empty required fields, so the two can never disagree.
 */

/** The Merchant step's sub-steps. */
export const MERCHANT_SECTIONS = [
  'subject',
  'legalRep',
  'contacts',
  'business',
  'settlement',
  'qualifications'
] as const
export type MerchantSection = (typeof MERCHANT_SECTIONS)[number]

export type FieldRequirement = 'required' | 'optional' | 'hidden'

export interface FieldState {
  /** Full draft path, e.g. `merchant.licence.creditCode`, `merchant.beneficialOwners.0.name`. */
  path: string
  section: MerchantSection
  requirement: FieldRequirement
  /** Has a value ('' / null / [] count as empty; a boolean is always an answer). */
  filled: boolean
}

export const MERCHANT_PATH_PREFIX = 'merchant.'

const SECTION_BY_ROOT: Readonly<Record<string, MerchantSection>> = {
  subjectType: 'subject',
  licence: 'subject',
  finance: 'subject',
  legalRep: 'legalRep',
  beneficialOwners: 'legalRep',
  contact: 'contacts',
  business: 'business',
  settlement: 'settlement',
  qualifications: 'qualifications'
}

/** The sub-step a full draft path belongs to, or null for paths outside the profile. */
export function sectionOfPath(path: string): MerchantSection | null {
  if (!path.startsWith(MERCHANT_PATH_PREFIX)) return null
  const root = path.slice(MERCHANT_PATH_PREFIX.length).split('.')[0] ?? ''
  return SECTION_BY_ROOT[root] ?? null
}

/** Subjects that hold a 营业执照; the others register with a certificate. */
export function holdsBusinessLicence(subjectType: SubjectType): boolean {
  return subjectType === 'enterprise' || subjectType === 'individual'
}

const ALLOWED_CERTIFICATES: Readonly<Record<SubjectType, readonly CertificateType[]>> = {
  enterprise: [],
  individual: [],
  government: ['creditCodeCertificate', 'governmentApproval'],
  // WeChat accepts only the 事业单位法人证书 for institutions (2388); the stricter reading.
  institution: ['institutionLegalPerson'],
  social: ['creditCodeCertificate', 'socialGroup', 'privateNonEnterprise', 'foundation'],
  other: [
    'creditCodeCertificate',
    'religiousVenue',
    'otherOfficialDocument',
    'practiceLicence',
    'grassrootsAutonomy',
    'ruralCollective'
  ]
}

export function allowedCertificateTypes(subjectType: SubjectType): readonly CertificateType[] {
  return ALLOWED_CERTIFICATES[subjectType]
}

const ALL_ID_DOC_TYPES: readonly IdDocType[] = [
  'residentId',
  'hongKongPermit',
  'macaoPermit',
  'taiwanPermit',
  'passport',
  'foreignResidentPermit',
  'hongKongMacaoResidencePermit',
  'taiwanResidencePermit'
]

/** WeChat: a government body's legal representative must show a resident ID card. */
export function allowedLegalRepIdDocTypes(subjectType: SubjectType): readonly IdDocType[] {
  return subjectType === 'government' ? ['residentId'] : ALL_ID_DOC_TYPES
}

/** Only an individual business may settle to the operator's personal card. */
export function allowedAccountTypes(subjectType: SubjectType): readonly SettlementAccountType[] {
  return subjectType === 'individual' ? ['corporate', 'personal'] : ['corporate']
}

/** Government bodies and institutions may name an agent instead of the legal representative. */
export function mayDelegateLegalRep(subjectType: SubjectType): boolean {
  return subjectType === 'government' || subjectType === 'institution'
}

/** Who stands behind the legal-representative identity, after the subject type is applied. */
export function legalRepHolder(profile: MerchantProfile): 'legal' | 'agent' {
  return mayDelegateLegalRep(profile.subjectType) ? profile.legalRep.holder : 'legal'
}

function isFilled(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false
  return !Array.isArray(value) || value.length > 0
}

function when(condition: boolean, requirement: FieldRequirement): FieldRequirement {
  return condition ? requirement : 'hidden'
}

interface Identity {
  idDocType: IdDocType
  name: string
  idNumber: string
  validFrom: string
  validTo: string
  longTerm: boolean
  frontPhoto: unknown
  backPhoto: unknown
}

type Add = (path: string, requirement: FieldRequirement, value: unknown) => void

/** The identity-document fields shared by the legal rep, owners and an agent contact. */
function addIdentity(
  add: Add,
  base: string,
  person: Identity,
  shown: boolean,
  withName: boolean
): void {
  add(`${base}.idDocType`, when(shown, 'required'), person.idDocType)
  if (withName) add(`${base}.name`, when(shown, 'required'), person.name)
  add(`${base}.idNumber`, when(shown, 'required'), person.idNumber)
  add(`${base}.validFrom`, when(shown, 'required'), person.validFrom)
  add(`${base}.longTerm`, when(shown, 'optional'), person.longTerm)
  add(`${base}.validTo`, when(shown && !person.longTerm, 'required'), person.validTo)
  add(`${base}.frontPhoto`, when(shown, 'required'), person.frontPhoto)
  add(
    `${base}.backPhoto`,
    when(shown && hasBackSide(person.idDocType), 'required'),
    person.backPhoto
  )
}

/** Every field of the profile with its requirement, in wizard order. */
export function merchantFieldStates(profile: MerchantProfile): FieldState[] {
  const states: FieldState[] = []
  const adder =
    (section: MerchantSection): Add =>
    (path, requirement, value) => {
      states.push({
        path: MERCHANT_PATH_PREFIX + path,
        section,
        requirement,
        filled: isFilled(value)
      })
    }
  const { subjectType, licence, finance, legalRep, contact, business, settlement } = profile
  const licensed = holdsBusinessLicence(subjectType)

  const subject = adder('subject')
  subject('subjectType', 'required', subjectType)
  subject('licence.certificateType', when(!licensed, 'required'), licence.certificateType)
  subject('licence.creditCode', 'required', licence.creditCode)
  // An individual business's licence may print no name (or 无); platforms then derive one.
  subject(
    'licence.registeredName',
    subjectType === 'individual' ? 'optional' : 'required',
    licence.registeredName
  )
  subject('licence.legalRepresentative', 'required', licence.legalRepresentative)
  subject('licence.registeredAddress', 'required', licence.registeredAddress)
  subject('licence.validFrom', 'required', licence.validFrom)
  subject('licence.longTerm', 'optional', licence.longTerm)
  subject('licence.validTo', when(!licence.longTerm, 'required'), licence.validTo)
  subject('licence.photo', 'required', licence.photo)
  subject(
    'licence.certificateLetterPhoto',
    when(mayDelegateLegalRep(subjectType), 'optional'),
    licence.certificateLetterPhoto
  )
  const mayBeFinancial = subjectType !== 'individual'
  const financial = mayBeFinancial && finance.isFinancialInstitution
  subject(
    'finance.isFinancialInstitution',
    when(mayBeFinancial, 'optional'),
    finance.isFinancialInstitution
  )
  subject('finance.type', when(financial, 'required'), finance.type)
  subject('finance.licencePhotos', when(financial, 'required'), finance.licencePhotos)

  const rep = adder('legalRep')
  const byLegal = legalRepHolder(profile) === 'legal'
  const enterprise = subjectType === 'enterprise'
  rep('legalRep.holder', when(mayDelegateLegalRep(subjectType), 'required'), legalRep.holder)
  rep('legalRep.authorizationLetter', when(!byLegal, 'required'), legalRep.authorizationLetter)
  addIdentity(rep, 'legalRep', legalRep, byLegal, true)
  rep('legalRep.address', when(byLegal && enterprise, 'required'), legalRep.address)
  rep('legalRep.isBeneficialOwner', when(enterprise, 'required'), legalRep.isBeneficialOwner)
  rep(
    'beneficialOwners',
    when(enterprise, legalRep.isBeneficialOwner === false ? 'required' : 'optional'),
    profile.beneficialOwners
  )
  profile.beneficialOwners.forEach((owner, index) => {
    const base = `beneficialOwners.${index}`
    addIdentity(rep, base, owner, enterprise, true)
    rep(`${base}.address`, when(enterprise, 'required'), owner.address)
  })

  const contacts = adder('contacts')
  const byAgent = contact.type === 'agent'
  contacts('contact.type', 'required', contact.type)
  contacts('contact.name', 'required', contact.name)
  contacts('contact.mobile', 'required', contact.mobile)
  contacts('contact.email', 'required', contact.email)
  addIdentity(contacts, 'contact', contact, byAgent, false)
  contacts('contact.authorizationLetter', when(byAgent, 'required'), contact.authorizationLetter)

  const biz = adder('business')
  const { industry, salesScenes, store, website, officialAccount, miniProgram, app } = business
  const anyCategory = [
    industry.wechatSettlementId,
    industry.wechatQualificationType,
    industry.alipayMcc,
    industry.alipayCategoryCode
  ].join('')
  biz('business.shortName', 'required', business.shortName)
  biz('business.servicePhone', 'required', business.servicePhone)
  // No shared category code system exists: at least one platform's code must be given.
  biz('business.industry', 'required', anyCategory)
  biz('business.industry.description', 'optional', industry.description)
  // WeChat's settlement rule id and its industry name only make sense as a pair.
  const wechatPair = industry.wechatSettlementId !== '' || industry.wechatQualificationType !== ''
  const pairRequirement: FieldRequirement = wechatPair ? 'required' : 'optional'
  biz('business.industry.wechatSettlementId', pairRequirement, industry.wechatSettlementId)
  biz(
    'business.industry.wechatQualificationType',
    pairRequirement,
    industry.wechatQualificationType
  )
  biz('business.industry.alipayMcc', 'optional', industry.alipayMcc)
  biz('business.industry.alipayCategoryCode', 'optional', industry.alipayCategoryCode)
  biz('business.salesScenes', 'required', salesScenes)
  const inStore = salesScenes.includes('store')
  biz('business.store.name', when(inStore, 'required'), store.name)
  biz('business.store.regionCode', when(inStore, 'required'), store.regionCode)
  biz('business.store.address', when(inStore, 'required'), store.address)
  biz('business.store.entrancePhoto', when(inStore, 'required'), store.entrancePhoto)
  biz('business.store.interiorPhoto', when(inStore, 'required'), store.interiorPhoto)
  const onWeb = salesScenes.includes('website')
  biz('business.website.url', when(onWeb, 'required'), website.url)
  biz('business.website.name', when(onWeb, 'optional'), website.name)
  biz('business.website.icpRecord', when(onWeb, 'optional'), website.icpRecord)
  biz('business.website.authorisationLetter', when(onWeb, 'optional'), website.authorisationLetter)
  const onAccount = salesScenes.includes('officialAccount')
  biz('business.officialAccount.appId', when(onAccount, 'required'), officialAccount.appId)
  biz(
    'business.officialAccount.screenshots',
    when(onAccount, 'optional'),
    officialAccount.screenshots
  )
  const onMini = salesScenes.includes('miniProgram')
  biz('business.miniProgram.appId', when(onMini, 'required'), miniProgram.appId)
  biz('business.miniProgram.screenshots', when(onMini, 'optional'), miniProgram.screenshots)
  const onApp = salesScenes.includes('app')
  biz('business.app.name', when(onApp, 'required'), app.name)
  biz('business.app.appId', when(onApp, 'optional'), app.appId)
  biz('business.app.downloadUrl', when(onApp, 'optional'), app.downloadUrl)
  biz('business.app.screenshots', when(onApp, 'optional'), app.screenshots)

  const bank = adder('settlement')
  bank('settlement.accountType', 'required', settlement.accountType)
  bank('settlement.accountName', 'required', settlement.accountName)
  bank('settlement.bankName', 'required', settlement.bankName)
  bank('settlement.bankCode', 'optional', settlement.bankCode)
  bank('settlement.regionCode', 'required', settlement.regionCode)
  bank('settlement.branchName', 'required', settlement.branchName)
  bank('settlement.accountNumber', 'required', settlement.accountNumber)

  const quals = adder('qualifications')
  quals('qualifications', 'optional', profile.qualifications)
  profile.qualifications.forEach((qualification, index) => {
    const base = `qualifications.${index}`
    quals(`${base}.type`, 'required', qualification.type)
    quals(`${base}.number`, 'required', qualification.number)
    quals(`${base}.photo`, 'required', qualification.photo)
    quals(`${base}.validFrom`, 'required', qualification.validFrom)
    quals(`${base}.longTerm`, 'optional', qualification.longTerm)
    quals(`${base}.validTo`, when(!qualification.longTerm, 'required'), qualification.validTo)
  })
  return states
}

/** Full paths of the fields the wizard shows for this profile. */
export function visibleFields(profile: MerchantProfile): string[] {
  return merchantFieldStates(profile)
    .filter((state) => state.requirement !== 'hidden')
    .map((state) => state.path)
}

/** Full paths of the fields that must be filled for this profile. */
export function requiredFields(profile: MerchantProfile): string[] {
  return merchantFieldStates(profile)
    .filter((state) => state.requirement === 'required')
    .map((state) => state.path)
}

/** One field's requirement; paths the profile does not have are hidden. */
export function fieldRequirement(profile: MerchantProfile, path: string): FieldRequirement {
  return merchantFieldStates(profile).find((state) => state.path === path)?.requirement ?? 'hidden'
}
