import { describe, expect, it } from 'vitest'
import {
  checkCitizenNumber,
  citizenNumberBirthDate,
  citizenNumberCheckChar
} from '../../../src-main/domain/identifiers/citizen-number'
import { checkIdNumber } from '../../../src-main/domain/identifiers/id-document'

const TODAY = '2026-11-25'

/** Appends the GB 11643 check character, for document kinds without a published example. */
function withCheck(first17: string): string {
  return first17 + citizenNumberCheckChar(first17)
}

describe('checkCitizenNumber', () => {
  it('accepts the worked example of GB 11643-1999, whose check character is X', () => {
    expect(checkCitizenNumber('11010519491231002X', 'residentId', TODAY)).toBeNull()
  })

  it('rejects a wrong check character', () => {
    expect(checkCitizenNumber('110105194912310021', 'residentId', TODAY)).toBe('check_digit')
  })

  it('catches two swapped digits through the check character', () => {
    expect(checkCitizenNumber('11010519491213002X', 'residentId', TODAY)).toBe('check_digit')
  })

  it('rejects a birth date that does not exist', () => {
    expect(checkCitizenNumber(withCheck('11010519490230002'), 'residentId', TODAY)).toBe(
      'birth_date'
    )
  })

  it('rejects a birth year before 1900, as in the standard’s other example 440524188001010014', () => {
    expect(checkCitizenNumber('440524188001010014', 'residentId', TODAY)).toBe('birth_date')
  })

  it('rejects a birth date after today', () => {
    expect(checkCitizenNumber(withCheck('11010520261126002'), 'residentId', TODAY)).toBe(
      'birth_future'
    )
    expect(checkCitizenNumber(withCheck('11010520261125002'), 'residentId', TODAY)).toBeNull()
  })

  it('rejects wrong lengths, letters and a lower-case x as format', () => {
    expect(checkCitizenNumber('11010519491231002', 'residentId', TODAY)).toBe('format')
    expect(checkCitizenNumber('1101051949123100AX', 'residentId', TODAY)).toBe('format')
    expect(checkCitizenNumber('11010519491231002x', 'residentId', TODAY)).toBe('format')
  })

  it('rejects a region prefix that is no mainland province', () => {
    expect(checkCitizenNumber(withCheck('99010519491231002'), 'residentId', TODAY)).toBe('region')
    expect(checkCitizenNumber(withCheck('81000019940823002'), 'residentId', TODAY)).toBe('region')
  })

  it('recognises a well-formed 15-digit first-generation number as legacy', () => {
    expect(checkCitizenNumber('110105491231002', 'residentId', TODAY)).toBe('legacy')
    expect(checkCitizenNumber('110105490230002', 'residentId', TODAY)).toBe('birth_date')
  })

  it('checks residence permits of Hong Kong, Macao and Taiwan residents by their prefixes', () => {
    expect(
      checkCitizenNumber(withCheck('81000019940823002'), 'hongKongMacaoResidence', TODAY)
    ).toBeNull()
    expect(
      checkCitizenNumber(withCheck('82000020001224003'), 'hongKongMacaoResidence', TODAY)
    ).toBeNull()
    expect(checkCitizenNumber(withCheck('83000019901010123'), 'taiwanResidence', TODAY)).toBeNull()
    expect(
      checkCitizenNumber(withCheck('83000019901010123'), 'hongKongMacaoResidence', TODAY)
    ).toBe('region')
    expect(checkCitizenNumber('810000199408230022', 'hongKongMacaoResidence', TODAY)).toBe(
      'check_digit'
    )
  })

  it('checks the 2023 foreign permanent resident ID: 9, a province, then GB 11643', () => {
    expect(
      checkCitizenNumber(withCheck('93184019900101001'), 'foreignPermanentResidence', TODAY)
    ).toBeNull()
    expect(
      checkCitizenNumber(withCheck('13184019900101001'), 'foreignPermanentResidence', TODAY)
    ).toBe('region')
  })
})

describe('citizenNumberBirthDate', () => {
  it('reads the birth date of 18- and 15-digit numbers', () => {
    expect(citizenNumberBirthDate('11010519491231002X')).toBe('1949-12-31')
    expect(citizenNumberBirthDate('110105491231002')).toBe('1949-12-31')
    expect(citizenNumberBirthDate('110105194902300021')).toBeNull()
  })
})

describe('checkIdNumber', () => {
  it('accepts home-return permits with H for Hong Kong and M for Macao, with or without the issue count', () => {
    expect(checkIdNumber('hongKongPermit', 'H12345678', TODAY)).toBeNull()
    expect(checkIdNumber('hongKongPermit', 'H1234567801', TODAY)).toBeNull()
    expect(checkIdNumber('macaoPermit', 'M12345678', TODAY)).toBeNull()
  })

  it('rejects a home-return permit with the other region’s letter or a wrong length', () => {
    expect(checkIdNumber('hongKongPermit', 'M12345678', TODAY)).toBe('format')
    expect(checkIdNumber('macaoPermit', 'H12345678', TODAY)).toBe('format')
    expect(checkIdNumber('hongKongPermit', 'H1234567', TODAY)).toBe('format')
    expect(checkIdNumber('hongKongPermit', 'H123456789', TODAY)).toBe('format')
  })

  it('accepts an 8-digit Taiwan compatriot permit and rejects other shapes', () => {
    expect(checkIdNumber('taiwanPermit', '12345678', TODAY)).toBeNull()
    expect(checkIdNumber('taiwanPermit', '1234567801', TODAY)).toBeNull()
    expect(checkIdNumber('taiwanPermit', 'T1234567', TODAY)).toBe('format')
    expect(checkIdNumber('taiwanPermit', '1234567', TODAY)).toBe('format')
  })

  it('accepts passport numbers of letters and digits and rejects ones without digits or with symbols', () => {
    expect(checkIdNumber('passport', 'E12345678', TODAY)).toBeNull()
    expect(checkIdNumber('passport', '123456789', TODAY)).toBeNull()
    expect(checkIdNumber('passport', 'ABCDEFGH', TODAY)).toBe('format')
    expect(checkIdNumber('passport', 'E1234-567', TODAY)).toBe('format')
    expect(checkIdNumber('passport', 'E123', TODAY)).toBe('format')
  })

  it('accepts both generations of the foreign permanent resident card', () => {
    expect(checkIdNumber('foreignResidentPermit', 'USA110070102001', TODAY)).toBeNull()
    expect(checkIdNumber('foreignResidentPermit', withCheck('93184019900101001'), TODAY)).toBeNull()
    expect(checkIdNumber('foreignResidentPermit', 'US1100701020011', TODAY)).toBe('format')
  })

  it('applies the resident ID rules to resident IDs', () => {
    expect(checkIdNumber('residentId', '11010519491231002X', TODAY)).toBeNull()
    expect(checkIdNumber('residentId', '110105194912310021', TODAY)).toBe('check_digit')
  })
})
