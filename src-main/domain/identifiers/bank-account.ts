/**
 * Bank account numbers (normalised to digits). Personal debit cards follow ISO/IEC 7812 and
 * carry a Luhn check digit; corporate settlement accounts (对公账户) are bank-internal
 * numbers with no check digit, so they get only a length check and never a Luhn one.
 */

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let sum = 0
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

export type AccountNumberFinding = 'format' | 'luhn'

/** A personal bank card: 12–19 digits (ISO/IEC 7812) with a valid Luhn check digit. */
export function checkPersonalCardNumber(value: string): AccountNumberFinding | null {
  if (!/^\d{12,19}$/.test(value)) return 'format'
  return luhnValid(value) ? null : 'luhn'
}

/** A corporate account: digits only, 6–32 of them (lengths vary by bank). */
export function checkCorporateAccountNumber(value: string): AccountNumberFinding | null {
  return /^\d{6,32}$/.test(value) ? null : 'format'
}

/** 联行号 (CNAPS bank code): 12 digits. */
export function isBankCode(value: string): boolean {
  return /^\d{12}$/.test(value)
}
