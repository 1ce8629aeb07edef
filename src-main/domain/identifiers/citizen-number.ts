import { isCalendarDate } from './calendar-date'
import { listProvinces } from '../regions'

/**
 * 18-character numbers built to GB 11643-1999 (公民身份号码): 6-digit region, 8-digit birth
 * date, 3-digit sequence, check character mod 11 (X for 10). The same structure is used by
 * the resident ID card, the residence permits for Hong Kong, Macao (810000 / 820000) and
 * Taiwan (830000) residents, and the 2023 foreign permanent resident ID card (leading 9).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

export type CitizenNumberKind =
  'residentId' | 'hongKongMacaoResidence' | 'taiwanResidence' | 'foreignPermanentResidence'

export type CitizenNumberFinding =
  /** Not 17 digits and a digit or X (or, for a resident ID, not a 15-digit legacy number). */
  | 'format'
  /** The leading region part cannot belong to this kind of document. */
  | 'region'
  | 'birth_date'
  | 'birth_future'
  | 'check_digit'
  /** A 15-digit first-generation card number: those cards stopped being valid in 2013. */
  | 'legacy'

/** Two-digit codes of mainland provinces (not Taiwan 71, Hong Kong 81, Macao 82). */
const MAINLAND_PROVINCES = new Set(
  listProvinces()
    .map((province) => province.code.slice(0, 2))
    .filter((prefix) => Number(prefix) < 70)
)

const REGION_RULES: Readonly<Record<CitizenNumberKind, (number: string) => boolean>> = {
  residentId: (number) => MAINLAND_PROVINCES.has(number.slice(0, 2)),
  hongKongMacaoResidence: (number) => /^8[12]0000/.test(number),
  taiwanResidence: (number) => number.startsWith('830000'),
  foreignPermanentResidence: (number) =>
    number.startsWith('9') && MAINLAND_PROVINCES.has(number.slice(1, 3))
}

/** The check character for the first 17 digits, or null if they are not 17 digits. */
export function citizenNumberCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null
  const sum = WEIGHTS.reduce(
    (total, weight, position) => total + weight * Number(first17[position]),
    0
  )
  return CHECK_CHARS.charAt(sum % 11)
}

function checkBirthDate(yyyymmdd: string, today: string): CitizenNumberFinding | null {
  const date = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`
  if (!isCalendarDate(date) || date < '1900-01-01') return 'birth_date'
  return date > today ? 'birth_future' : null
}

/**
 * The first thing wrong with a (normalised) number of the given kind, or null when valid.
 * `today` is `YYYY-MM-DD`, passed in so the check stays pure.
 */
export function checkCitizenNumber(
  number: string,
  kind: CitizenNumberKind,
  today: string
): CitizenNumberFinding | null {
  if (kind === 'residentId' && /^\d{15}$/.test(number)) {
    if (!REGION_RULES.residentId(number)) return 'region'
    return checkBirthDate(`19${number.slice(6, 12)}`, today) ?? 'legacy'
  }
  if (!/^\d{17}[\dX]$/.test(number)) return 'format'
  if (!REGION_RULES[kind](number)) return 'region'
  const birth = checkBirthDate(number.slice(6, 14), today)
  if (birth) return birth
  return citizenNumberCheckChar(number.slice(0, 17)) === number.charAt(17) ? null : 'check_digit'
}

/** The birth date a number encodes, `YYYY-MM-DD`, or null. */
export function citizenNumberBirthDate(number: string): string | null {
  const digits = /^\d{15}$/.test(number) ? `19${number.slice(6, 12)}` : number.slice(6, 14)
  const date = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`
  return isCalendarDate(date) ? date : null
}
