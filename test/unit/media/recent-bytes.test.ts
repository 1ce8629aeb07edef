import { describe, expect, it } from 'vitest'
import { createRecentBytes } from '../../../src-main/media/recent-bytes'

const bytes = (length: number) => new Uint8Array(length)

describe('recent bytes', () => {
  it('forgets the least recently used entries once the byte budget is exceeded', () => {
    const recent = createRecentBytes(10)
    recent.set('a', bytes(4))
    recent.set('b', bytes(4))
    recent.get('a')
    recent.set('c', bytes(4))
    expect(
      [recent.get('a'), recent.get('b'), recent.get('c')].map((found) => found?.length)
    ).toEqual([4, undefined, 4])
  })

  it('never holds an entry larger than the whole budget', () => {
    const recent = createRecentBytes(10)
    recent.set('a', bytes(4))
    recent.set('big', bytes(11))
    expect(recent.get('big')).toBeUndefined()
    expect(recent.get('a')?.length).toBe(4)
  })

  it('counts an entry set twice once', () => {
    const recent = createRecentBytes(10)
    recent.set('a', bytes(6))
    recent.set('a', bytes(6))
    recent.set('b', bytes(4))
    expect(recent.get('a')?.length).toBe(6)
  })

  it('forgets an entry that is deleted', () => {
    const recent = createRecentBytes(10)
    recent.set('a', bytes(4))
    recent.delete('a')
    expect(recent.get('a')).toBeUndefined()
  })
})
