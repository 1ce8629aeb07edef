import { describe, expect, it } from 'vitest'
import {
  checkCorporateAccountNumber,
  checkPersonalCardNumber,
  isBankCode,
  luhnValid
} from '../../../src-main/domain/identifiers/bank-account'

describe('luhnValid', () => {
  it('accepts published test card numbers', () => {
    // UnionPay and Visa test cards from card-network sandboxes.
    expect(luhnValid('6200000000000005')).toBe(true)
    expect(luhnValid('4111111111111111')).toBe(true)
    expect(luhnValid('79927398713')).toBe(true)
  })

  it('rejects a changed last digit and a swap of neighbours', () => {
    expect(luhnValid('6200000000000006')).toBe(false)
    expect(luhnValid('79927398731')).toBe(false)
  })
})

describe('checkPersonalCardNumber', () => {
  it('accepts a 16- or 19-digit card with a valid check digit', () => {
    expect(checkPersonalCardNumber('6200000000000005')).toBeNull()
    expect(checkPersonalCardNumber('6217000000000000004')).toBeNull()
  })

  it('rejects a card failing Luhn', () => {
    expect(checkPersonalCardNumber('6200000000000006')).toBe('luhn')
  })

  it('rejects fewer than 12 or more than 19 digits, and non-digits', () => {
    expect(checkPersonalCardNumber('79927398713')).toBe('format')
    expect(checkPersonalCardNumber('62000000000000000000')).toBe('format')
    expect(checkPersonalCardNumber('6200 0000 0000 0005')).toBe('format')
  })
})

describe('checkCorporateAccountNumber', () => {
  it('accepts corporate account numbers that are not Luhn numbers', () => {
    expect(luhnValid('755912345610001')).toBe(false)
    expect(checkCorporateAccountNumber('755912345610001')).toBeNull()
    expect(checkCorporateAccountNumber('11001028700059000000')).toBeNull()
  })

  it('rejects letters and implausible lengths', () => {
    expect(checkCorporateAccountNumber('7559A2345610001')).toBe('format')
    expect(checkCorporateAccountNumber('12345')).toBe('format')
    expect(checkCorporateAccountNumber('1'.repeat(33))).toBe('format')
  })
})

describe('isBankCode', () => {
  it('accepts a 12-digit CNAPS code only', () => {
    expect(isBankCode('402713354941')).toBe(true)
    expect(isBankCode('40271335494')).toBe(false)
  })
})
