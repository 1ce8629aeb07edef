import { describe, expect, it } from 'vitest'
import {
  checkLandline,
  checkServicePhone,
  isHotline,
  isMobile
} from '../../../src-main/domain/identifiers/phone'

describe('isMobile', () => {
  it('accepts 11-digit numbers in the 13–19 ranges', () => {
    expect(isMobile('13800138000')).toBe(true)
    expect(isMobile('19912345678')).toBe(true)
  })

  it('rejects other prefixes, lengths and separators', () => {
    expect(isMobile('12800138000')).toBe(false)
    expect(isMobile('23800138000')).toBe(false)
    expect(isMobile('1380013800')).toBe(false)
    expect(isMobile('138001380001')).toBe(false)
    expect(isMobile('138-0013-8000')).toBe(false)
  })
})

describe('checkLandline', () => {
  it('accepts a 3-digit area code with 8 digits and a 4-digit one with 7 or 8', () => {
    expect(checkLandline('010-62555555')).toBeNull()
    expect(checkLandline('021-61234567')).toBeNull()
    expect(checkLandline('0755-86013388')).toBeNull()
    expect(checkLandline('0571-8888888')).toBeNull()
  })

  it('accepts an extension after the number', () => {
    expect(checkLandline('0755-86013388-123')).toBeNull()
  })

  it('rejects a missing area code, wrong lengths and local numbers starting 0 or 1', () => {
    expect(checkLandline('86013388')).toBe('format')
    expect(checkLandline('010-6255555')).toBe('format')
    expect(checkLandline('0755-860133881')).toBe('format')
    expect(checkLandline('0755-16013388')).toBe('format')
    expect(checkLandline('0755-06013388')).toBe('format')
  })

  it('flags a well-formed number whose area code is not in the table', () => {
    expect(checkLandline('0100-8601338')).toBe('area_code')
  })
})

describe('checkServicePhone', () => {
  it('accepts a mobile, a landline, a 400 number and a 95 short number', () => {
    expect(checkServicePhone('13800138000')).toBeNull()
    expect(checkServicePhone('0755-86013388')).toBeNull()
    expect(checkServicePhone('400-670-0700')).toBeNull()
    expect(checkServicePhone('95017')).toBeNull()
  })

  it('rejects anything else', () => {
    expect(checkServicePhone('12345')).toBe('format')
    expect(isHotline('400-6700-700')).toBe(false)
  })
})
