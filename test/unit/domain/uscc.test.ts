import { describe, expect, it } from 'vitest'
import {
  checkUscc,
  expectedUsccCheckChar,
  organizationCodeCheckChar,
  USCC_ALPHABET,
  usccCheckChar
} from '../../../src-main/domain/identifiers/uscc'

/** Published codes of well-known registrants (national enterprise credit publicity system). */
const REAL_CODES = [
  ['91110000600037341L', 'the python-stdnum / OECD TIN example'],
  ['91440300708461136T', 'Shenzhen Tencent Computer Systems'],
  ['914403001922038216', 'Huawei Technologies (numeric check character)'],
  ['91110108558521630L', 'Xiaomi Communications (organisation check digit 0)'],
  ['91110000802100433B', 'Beijing Baidu Netcom'],
  ['91330100799655058B', 'Alibaba (China) Network Technology'],
  ['12440600MB2C07549J', 'a public institution with an MB-prefixed subject code'],
  ['911101085923662400', 'a code whose check character is 0']
] as const

/** The two nonconforming Xiamen codes hutool issues #2020 and #4119 cite. */
const XIAMEN_CODES = ['91350203M0001FUE2P', '91350203M0001QKT19']

describe('checkUscc', () => {
  it.each(REAL_CODES)('accepts %s (%s)', (code) => {
    expect(checkUscc(code)).toBeNull()
  })

  it('rejects a code that is not 18 characters', () => {
    expect(checkUscc('91440300708461136')).toBe('length')
    expect(checkUscc('91440300708461136TT')).toBe('length')
  })

  it('recognises a 15-digit pre-reform registration number as legacy', () => {
    expect(checkUscc('440301103456789')).toBe('legacy')
  })

  it.each(['I', 'O', 'S', 'V', 'Z'])('rejects the excluded letter %s', (letter) => {
    expect(checkUscc(`9144030070846113${letter}T`)).toBe('charset')
  })

  it('rejects an unknown registration authority and a non-numeric region part', () => {
    expect(checkUscc('B1440300708461136T')).toBe('format')
    expect(checkUscc('9144A300708461136T')).toBe('format')
  })

  it('rejects a wrong check character and names the right one', () => {
    expect(checkUscc('91440300708461136A')).toBe('check_char')
    expect(expectedUsccCheckChar('91440300708461136A')).toBe('T')
  })

  it('catches a single mistyped digit through the check character', () => {
    expect(checkUscc('91440300708461137T')).toBe('check_char')
  })

  it('reports a code whose organisation code fails GB 11714 even though the mod-31 check passes', () => {
    // 60003734 has organisation check digit 1; with 2 in its place the overall check
    // character is recomputed so that only the embedded check fails.
    const first17 = '9111000060003734' + '2'
    const code = first17 + usccCheckChar(first17)
    expect(checkUscc(code)).toBe('organization_code')
  })

  it('marks the non-conforming early Xiamen codes as a known exception, not a typo', () => {
    expect(checkUscc('91350203M0001FUE2P')).toBe('check_char_known_exception')
    expect(checkUscc('91350203M0001QKT19')).toBe('check_char_known_exception')
  })

  it.each(XIAMEN_CODES)(
    'refuses every single-character typo in the subject code or organisation check of %s',
    (code) => {
      // Positions 9–12 hold `0001`, position 16 the organisation code's check character.
      const typos = [9, 10, 11, 12, 16].flatMap((position) =>
        [...USCC_ALPHABET]
          .filter((char) => char !== code.charAt(position))
          .map((char) => code.slice(0, position) + char + code.slice(position + 1))
      )
      expect(typos).toHaveLength(5 * 30)
      expect(typos.filter((typo) => checkUscc(typo) === 'check_char_known_exception')).toEqual([])
    }
  )

  it('refuses a Xiamen M code outside the documented M0001 form with a wrong check character', () => {
    const first17 = '91350203MA2Y8K4L5'
    const wrong = usccCheckChar(first17) === 'A' ? 'B' : 'A'
    expect(checkUscc(first17 + wrong)).toBe('check_char')
  })
})

describe('organizationCodeCheckChar', () => {
  it('computes GB 11714 check characters, X for 10 and 0 for 11', () => {
    expect(organizationCodeCheckChar('60003734')).toBe('1')
    expect(organizationCodeCheckChar('55852163')).toBe('0')
    expect(organizationCodeCheckChar('MB2C0754')).toBe('9')
    expect(organizationCodeCheckChar('00000001')).toBe('9')
    expect(organizationCodeCheckChar('40000000')).toBe('X')
    expect(organizationCodeCheckChar('00000000')).toBe('0')
  })
})
