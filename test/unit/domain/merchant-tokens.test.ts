import { describe, expect, it } from 'vitest'
import { parseMerchantTokens } from '../../../src-main/domain/submit-profile-form'

/** Per-merchant tokens as an agency pastes them into the sending profile form. */
describe('reading per-merchant tokens typed one merchant a line', () => {
  it('reads a code and a token separated by spaces, a tab or a comma, the code as typed in groups', () => {
    expect(parseMerchantTokens('91440305-MA5G7K2L8A  tok-1\n92330106MA2H3C8R73\ttok-2\n')).toEqual({
      ok: true,
      tokens: { '91440305MA5G7K2L8A': 'tok-1', '92330106MA2H3C8R73': 'tok-2' }
    })
    expect(parseMerchantTokens('92330106MA2H3C8R73，tok-3')).toEqual({
      ok: true,
      tokens: { '92330106MA2H3C8R73': 'tok-3' }
    })
  })

  it('skips blank lines', () => {
    expect(parseMerchantTokens('\n\n91440305MA5G7K2L8A tok-1\n\n')).toEqual({
      ok: true,
      tokens: { '91440305MA5G7K2L8A': 'tok-1' }
    })
  })

  it('names the first line without a token', () => {
    expect(parseMerchantTokens('91440305MA5G7K2L8A tok-1\n92330106MA2H3C8R73')).toEqual({
      ok: false,
      line: 2
    })
  })

  it('names a line whose code is not a valid unified social credit code', () => {
    expect(parseMerchantTokens('91440305MA5G7K2L8B tok-1')).toEqual({ ok: false, line: 1 })
  })
})
