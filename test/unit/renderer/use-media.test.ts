import { describe, expect, it } from 'vitest'
import {
  centredSquare,
  cropToFractions,
  cropToPixels,
  isWholePicture,
  verdictState,
  type MediaVerdict
} from '../../../src-renderer/composables/use-media'

const EXPORTED = { ok: true as const, mime: 'image/png', width: 64, height: 64, bytes: 900 }

function verdict(ok: boolean, exported: MediaVerdict['export'] = EXPORTED): MediaVerdict {
  return { platform: 'baidu-mp', slot: 'logo', ok, problems: [], export: exported }
}

describe('use-media', () => {
  it('takes the largest centred square as a picture’s default crop', () => {
    expect(centredSquare(320, 240)).toEqual({ left: 40, top: 0, width: 240, height: 240 })
    expect(centredSquare(30, 41)).toEqual({ left: 0, top: 5, width: 30, height: 30 })
  })

  it('stores a pixel crop as fractions of the picture and reads it back in pixels', () => {
    const crop = { left: 30, top: 0, width: 240, height: 240 }
    const box = cropToFractions(crop, 320, 240)
    expect(box).toEqual({ x1: 0.09375, y1: 0, x2: 0.84375, y2: 1 })
    expect(cropToPixels(box, 320, 240)).toEqual(crop)
  })

  it('keeps a crop inside the picture when fractions are rounded', () => {
    const box = cropToFractions({ left: 1, top: 2, width: 2998, height: 2998 }, 2999, 3001)
    expect(box.x2).toBeLessThanOrEqual(1)
    expect(box.y2).toBeLessThanOrEqual(1)
    expect(isWholePicture(box)).toBe(false)
    expect(isWholePicture({ x1: 0, y1: 0, x2: 1, y2: 1 })).toBe(true)
  })

  it('tells a picture that fits, one export adjusts, and one that cannot fit apart', () => {
    expect(verdictState(verdict(true))).toBe('ok')
    expect(verdictState(verdict(false))).toBe('adjusted')
    expect(verdictState(verdict(false, { ok: false, code: 'media.cannot_fit' }))).toBe('unfit')
  })
})
