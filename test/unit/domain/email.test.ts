import { describe, expect, it } from 'vitest'
import { isEmail } from '../../../src-main/domain/identifiers/email'

describe('isEmail', () => {
  it.each(['zhangsan@example.com', 'pay.ops+wx@shop.example.com.cn', '12345678@qq.com'])(
    'accepts %s',
    (email) => {
      expect(isEmail(email)).toBe(true)
    }
  )

  it.each([
    ['no at sign', 'zhangsan.example.com'],
    ['no domain dot', 'zhangsan@localhost'],
    ['a leading dot', '.zhangsan@example.com'],
    ['a doubled dot', 'zhang..san@example.com'],
    ['two at signs', 'zhang@san@example.com'],
    ['a numeric top-level domain', 'zhangsan@example.123'],
    ['a space', 'zhang san@example.com']
  ])('rejects an address with %s', (_reason, email) => {
    expect(isEmail(email)).toBe(false)
  })
})
