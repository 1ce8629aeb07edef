import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { MediaError, sniffImage } from '../../../src-main/media'
import { fixture } from './media-test-kit'

function refusal(bytes: Uint8Array): { code: string; params?: Record<string, string | number> } {
  try {
    sniffImage(bytes)
  } catch (error) {
    expect(error).toBeInstanceOf(MediaError)
    const { code, params } = error as MediaError
    return params ? { code, params } : { code }
  }
  throw new Error('expected a refusal')
}

function cut(bytes: Uint8Array, keep: number): Uint8Array {
  return bytes.subarray(0, Math.floor(bytes.length * keep))
}

describe('sniffImage', () => {
  it('accepts a JPEG with a trailer after its end marker, as phones write motion photos', async () => {
    const photo = await fixture('photo.jpg')
    const motion = Buffer.concat([photo, Buffer.from('\0\0\0\x18ftypmp42 video data follows')])
    expect(sniffImage(motion)).toBe('jpeg')
  })

  it('walks every scan of a progressive JPEG and notices when the last ones are missing', async () => {
    const progressive = await sharp(await fixture('photo.jpg'))
      .jpeg({ progressive: true })
      .toBuffer()
    expect(sniffImage(progressive)).toBe('jpeg')
    expect(refusal(cut(progressive, 0.9))).toEqual({
      code: 'media.truncated',
      params: { kind: 'jpeg' }
    })
  })

  it('accepts a PNG with bytes after IEND', async () => {
    const png = await fixture('png-named.jpg')
    expect(sniffImage(Buffer.concat([png, Buffer.from('trailer')]))).toBe('png')
  })

  it.each([
    ['photo.webp', 'webp'],
    ['photo.avif', 'avif'],
    ['animated.gif', 'gif']
  ])('refuses %s cut short as truncated %s', async (name, kind) => {
    expect(refusal(cut(await fixture(name), 0.7))).toEqual({
      code: 'media.truncated',
      params: { kind }
    })
  })

  it.each([
    [
      'an SVG with an XML declaration',
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
      'svg'
    ],
    ['an HTML page', '<!DOCTYPE html><html><body>hi</body></html>', 'html'],
    ['Chinese text', '营业执照扫描件见附件', 'text'],
    ['a PDF', '%PDF-1.7\n%âãÏÓ\n', 'pdf']
  ])('names %s as unsupported %s', (_what, content, kind) => {
    expect(refusal(Buffer.from(content))).toEqual({
      code: 'media.unsupported_type',
      params: { kind }
    })
  })

  it.each([
    [
      'an MP4 video',
      [0, 0, 0, 0x18, ...Buffer.from('ftypmp42'), 0, 0, 0, 0, ...Buffer.from('isommp42')],
      'video'
    ],
    ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0], 'zip'],
    ['a TIFF scan', [0x49, 0x49, 0x2a, 0, 8, 0, 0, 0], 'tiff'],
    ['random binary', [0x00, 0x9f, 0x13, 0xee, 0x01, 0x02, 0xfe, 0x07], 'unknown']
  ])('names %s as unsupported %s', (_what, bytes, kind) => {
    expect(refusal(Uint8Array.from(bytes))).toEqual({
      code: 'media.unsupported_type',
      params: { kind }
    })
  })

  it('refuses zero bytes as media.empty', () => {
    expect(refusal(new Uint8Array())).toEqual({ code: 'media.empty' })
  })
})
