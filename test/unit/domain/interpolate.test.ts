import { describe, expect, it } from 'vitest'
import { interpolate } from '../../../src-main/domain/issue'

/** The main process's messages choose plural forms as vue-i18n does in the renderer. */
describe('interpolate', () => {
  const errors = '{count} error | {count} errors'

  it('takes the first of two forms for one and the second for none or many', () => {
    expect([0, 1, 2].map((count) => interpolate(errors, { count }))).toEqual([
      '0 errors',
      '1 error',
      '2 errors'
    ])
  })

  it('takes zero, one or many from three forms', () => {
    const drafts = 'no drafts | one draft | {count} drafts'
    expect([0, 1, 7].map((count) => interpolate(drafts, { count }))).toEqual([
      'no drafts',
      'one draft',
      '7 drafts'
    ])
  })

  it('reads a count given as text as the number it says', () => {
    expect(interpolate(errors, { count: '3' })).toBe('3 errors')
  })

  it('leaves a message without forms as it is, and the first form without a count', () => {
    expect(interpolate('共 {count} 个错误', { count: 2 })).toBe('共 2 个错误')
    expect(interpolate(errors)).toBe('{count} error')
  })
})
