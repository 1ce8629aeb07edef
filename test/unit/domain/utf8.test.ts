import { describe, expect, it } from 'vitest'
import { invalidUtf8Offset } from '../../../src-main/domain/utf8'

const bytes = (...values: number[]) => Uint8Array.from(values)

describe('invalidUtf8Offset', () => {
  it('accepts ASCII, Chinese, and four-byte characters', () => {
    expect(invalidUtf8Offset(new TextEncoder().encode('{"n":"杭州𠀋😀"}'))).toBeNull()
  })

  it('gives the offset of a stray continuation byte', () => {
    expect(invalidUtf8Offset(bytes(0x7b, 0x22, 0x80, 0x22))).toBe(2)
  })

  it('gives the offset of a sequence cut short at the end', () => {
    const text = new TextEncoder().encode('名字')
    expect(invalidUtf8Offset(text.slice(0, 5))).toBe(3)
  })

  it('refuses GBK bytes read as UTF-8', () => {
    // 杭州 in GBK: BA BC D6 DD.
    expect(invalidUtf8Offset(bytes(0x22, 0xba, 0xbc, 0xd6, 0xdd))).toBe(1)
  })

  it('refuses overlong forms and encoded surrogates', () => {
    expect(invalidUtf8Offset(bytes(0xc0, 0xaf))).toBe(0)
    expect(invalidUtf8Offset(bytes(0x41, 0xe0, 0x80, 0xaf))).toBe(1)
    expect(invalidUtf8Offset(bytes(0xed, 0xa0, 0x80))).toBe(0)
  })
})
