/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 1 registration-authority
 * character, 1 organisation-type character, 6 digits of the registering region (GB/T 2260),
 * the 9-character organisation code (GB 11714, with its own check character) and a check
 * character computed mod 31 over the first 17.
 */

/** The code set: digits and upper-case letters except I, O, S, V, Z. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const ORGANIZATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

/** Registration authorities assigned so far: 1–9, A (军队), N (农业), Y (其他). */
const AUTHORITIES = '123456789ANY'

/** The check character for the first 17 characters, or null if one is outside the code set. */
export function usccCheckChar(first17: string): string | null {
  let sum = 0
  for (let position = 0; position < 17; position++) {
    const value = USCC_ALPHABET.indexOf(first17.charAt(position))
    if (value < 0) return null
    sum += value * USCC_WEIGHTS[position]!
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31)
}

/**
 * GB 11714 check character of an 8-character organisation code body. Letters count 10–35
 * over the full Latin alphabet (not the USCC code set); a result of 10 is written X, 11 is 0.
 */
export function organizationCodeCheckChar(body: string): string | null {
  let sum = 0
  for (let position = 0; position < 8; position++) {
    const value = parseInt(body.charAt(position), 36)
    if (Number.isNaN(value)) return null
    sum += value * ORGANIZATION_WEIGHTS[position]!
  }
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}

export type UsccFinding =
  /** Not 18 characters. */
  | 'length'
  /** A 15-digit 注册号 from before the three-in-one licence reform. */
  | 'legacy'
  /** A character outside the code set (I, O, S, V, Z, punctuation, …). */
  | 'charset'
  /** Unknown registration authority, or the region part is not six digits. */
  | 'format'
  | 'check_char'
  /** Wrong check character, but from an issuer known to have issued such codes (see below). */
  | 'check_char_known_exception'
  /** The embedded organisation code fails its own GB 11714 check. */
  | 'organization_code'

/**
 * Xiamen (3502xx) issued enterprise codes before 2016 whose check characters do not follow
 * the standard, and they are still in use: hutool issues #2020 and #4119 cite
 * 91350203M0001FUE2P and 91350203M0001QKT19. Both have the subject code `M0001…` and an
 * embedded organisation code that passes GB 11714, so only a code of that form is reported
 * for the merchant to re-read; any other wrong check character is a typo.
 */
function isKnownNonconformingIssue(code: string): boolean {
  return (
    /^9\d3502\d{2}M0001/.test(code) &&
    organizationCodeCheckChar(code.slice(8, 16)) === code.charAt(16)
  )
}

/** The first thing wrong with a (normalised) code, or null when it is valid. */
export function checkUscc(code: string): UsccFinding | null {
  if (/^\d{15}$/.test(code)) return 'legacy'
  if (code.length !== 18) return 'length'
  if ([...code].some((char) => !USCC_ALPHABET.includes(char))) return 'charset'
  if (!AUTHORITIES.includes(code.charAt(0)) || !/^\d{6}$/.test(code.slice(2, 8))) return 'format'
  if (usccCheckChar(code.slice(0, 17)) !== code.charAt(17)) {
    return isKnownNonconformingIssue(code) ? 'check_char_known_exception' : 'check_char'
  }
  if (organizationCodeCheckChar(code.slice(8, 16)) !== code.charAt(16)) return 'organization_code'
  return null
}

/** The check character a code should end with, for messages; null if it cannot be computed. */
export function expectedUsccCheckChar(code: string): string | null {
  return code.length === 18 ? usccCheckChar(code.slice(0, 17)) : null
}
