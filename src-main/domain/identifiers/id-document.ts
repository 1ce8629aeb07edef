import type { IdDocType } from '../merchant-profile'
import { checkCitizenNumber, type CitizenNumberFinding } from './citizen-number'

/**
 * Number formats of the identity documents a merchant's people may hold. Numbers are
 * normalised (upper case, no spaces) before they get here.
 */
export type IdNumberFinding = CitizenNumberFinding

/**
 * 港澳居民来往内地通行证 (since 2013): H (Hong Kong) or M (Macao) and 8 digits, optionally
 * followed by the 2-digit issue count printed on the card.
 */
const HONG_KONG_PERMIT = /^H\d{8}(\d{2})?$/
const MACAO_PERMIT = /^M\d{8}(\d{2})?$/
/** 台湾居民来往大陆通行证 (since 2015): 8 digits, optionally the 2-digit issue count. */
const TAIWAN_PERMIT = /^\d{8}(\d{2})?$/
/**
 * Passports of other countries: the machine-readable zone holds 9 characters, some
 * countries print longer numbers; letters and digits, at least one digit.
 */
const PASSPORT = /^(?=.*\d)[A-Z0-9]{5,17}$/
/** Foreign permanent resident ID of 2004 and 2017: 3-letter country code and 12 digits. */
const FOREIGN_PERMIT_OLD = /^[A-Z]{3}\d{12}$/

function formatOnly(pattern: RegExp, number: string): IdNumberFinding | null {
  return pattern.test(number) ? null : 'format'
}

/** The first thing wrong with a document number, or null when it is valid for that document. */
export function checkIdNumber(
  docType: IdDocType,
  number: string,
  today: string
): IdNumberFinding | null {
  switch (docType) {
    case 'residentId':
      return checkCitizenNumber(number, 'residentId', today)
    case 'hongKongMacaoResidencePermit':
      return checkCitizenNumber(number, 'hongKongMacaoResidence', today)
    case 'taiwanResidencePermit':
      return checkCitizenNumber(number, 'taiwanResidence', today)
    case 'foreignResidentPermit':
      return FOREIGN_PERMIT_OLD.test(number)
        ? null
        : checkCitizenNumber(number, 'foreignPermanentResidence', today)
    case 'hongKongPermit':
      return formatOnly(HONG_KONG_PERMIT, number)
    case 'macaoPermit':
      return formatOnly(MACAO_PERMIT, number)
    case 'taiwanPermit':
      return formatOnly(TAIWAN_PERMIT, number)
    case 'passport':
      return formatOnly(PASSPORT, number)
  }
}

/** Documents without a back side to photograph. */
export function hasBackSide(docType: IdDocType): boolean {
  return docType !== 'passport'
}
