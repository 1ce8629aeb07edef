import { describe, expect, it } from 'vitest'
import { imageFormatOfMime } from '../../../src-main/platforms/image-formats'

describe('imageFormatOfMime', () => {
  it('names the format of every picture type the image rules judge', () => {
    expect(imageFormatOfMime('image/jpeg')).toBe('jpeg')
    expect(imageFormatOfMime('image/png')).toBe('png')
    expect(imageFormatOfMime('image/gif')).toBe('gif')
    expect(imageFormatOfMime('image/webp')).toBe('webp')
    expect(imageFormatOfMime('image/bmp')).toBe('bmp')
  })

  it('knows no format for other types, nor for an object’s own property names', () => {
    expect(imageFormatOfMime('image/heic')).toBeNull()
    expect(imageFormatOfMime('toString')).toBeNull()
  })
})
