import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { inspectImage, MediaError, openImage, readImageHeader } from '../../../src-main/media'
import { fixture, meanDifference } from './media-test-kit'

async function refusal(bytes: Uint8Array, limits?: Parameters<typeof inspectImage>[1]) {
  const error = await inspectImage(bytes, limits).then(
    () => undefined,
    (thrown: unknown) => thrown
  )
  expect(error).toBeInstanceOf(MediaError)
  const { code, params } = error as MediaError
  return { code, params }
}

/** A complete PNG whose pixel data no longer matches its checksum. */
async function corruptPng(): Promise<Buffer> {
  const png = Buffer.from(await fixture('png-named.jpg'))
  const idat = png.indexOf('IDAT')
  png[idat + 40] = (png[idat + 40] ?? 0) ^ 0xff
  return png
}

describe('inspectImage', () => {
  it.each([
    ['photo.jpg', 'jpeg', 320, 240],
    ['photo.webp', 'webp', 320, 240],
    ['photo.avif', 'avif', 64, 48],
    ['animated.gif', 'gif', 32, 32],
    ['scan-24bit.bmp', 'bmp', 40, 30],
    ['scan-16bit.bmp', 'bmp', 40, 30],
    ['scan-8bit.bmp', 'bmp', 40, 30],
    ['logo-32bit-alpha.bmp', 'bmp', 32, 32],
    ['deep-16bit.png', 'png', 40, 30],
    ['cmyk.jpg', 'jpeg', 40, 30]
  ])('accepts %s as %s of %i×%i', async (name, kind, width, height) => {
    const header = await inspectImage(await fixture(name))
    expect(header).toMatchObject({ kind, width, height })
  })

  it('decides the type from the bytes, so a PNG named .jpg is accepted as PNG', async () => {
    const header = await inspectImage(await fixture('png-named.jpg'))
    expect(header).toMatchObject({ kind: 'png', mime: 'image/png', width: 80, height: 60 })
  })

  it('reports upright dimensions for an EXIF-rotated photo', async () => {
    const header = await inspectImage(await fixture('orientation-6.jpg'))
    expect(header).toMatchObject({ width: 40, height: 60 })
  })

  it('reads the colour space and bit depth from the header', async () => {
    expect((await readImageHeader(await fixture('cmyk.jpg'))).space).toBe('cmyk')
    expect((await readImageHeader(await fixture('deep-16bit.png'))).bitsPerSample).toBe(16)
  })

  it('refuses a zero-byte file as media.empty', async () => {
    expect(await refusal(await fixture('empty.jpg'))).toEqual({ code: 'media.empty' })
  })

  it.each([
    ['drawing.svg', 'svg'],
    ['document.pdf', 'pdf'],
    ['note.jpg', 'text']
  ])('refuses %s as media.unsupported_type of kind %s', async (name, kind) => {
    expect(await refusal(await fixture(name))).toEqual({
      code: 'media.unsupported_type',
      params: { kind }
    })
  })

  it('refuses a run-length compressed BMP, which it cannot read, as unsupported', async () => {
    expect(await refusal(await fixture('scan-rle.bmp'))).toEqual({
      code: 'media.unsupported_type',
      params: { kind: 'bmp-compressed' }
    })
  })

  it.each([
    ['truncated.jpg', 'jpeg'],
    ['truncated.png', 'png']
  ])('refuses %s, cut short, as media.truncated', async (name, kind) => {
    expect(await refusal(await fixture(name))).toEqual({
      code: 'media.truncated',
      params: { kind }
    })
  })

  it('refuses a BMP whose pixel rows are missing as media.truncated', async () => {
    const bmp = await fixture('scan-24bit.bmp')
    expect(await refusal(bmp.subarray(0, bmp.length - 100))).toEqual({
      code: 'media.truncated',
      params: { kind: 'bmp' }
    })
  })

  it('refuses a complete file whose pixels do not decode as media.decode_failed', async () => {
    expect(await refusal(await corruptPng())).toEqual({
      code: 'media.decode_failed',
      params: { kind: 'png' }
    })
  })

  it('refuses a file over the byte limit as media.too_large_bytes before reading it', async () => {
    const photo = await fixture('photo.jpg')
    const { code, params } = await refusal(photo, { maxBytes: 10 * 1024, maxPixels: 1e8 })
    expect(code).toBe('media.too_large_bytes')
    expect(params).toMatchObject({ bytes: photo.length, maxSize: '10 KB' })
  })

  it('refuses a picture over the pixel limit as media.too_many_pixels', async () => {
    const { code, params } = await refusal(await fixture('photo.jpg'), {
      maxBytes: 1e8,
      maxPixels: 320 * 240 - 1
    })
    expect(code).toBe('media.too_many_pixels')
    expect(params).toMatchObject({ width: 320, height: 240 })
  })

  it('handles HEIC as far as the bundled libvips decodes it', async () => {
    const decodable = (sharp.format.heif.input.fileSuffix ?? []).includes('.heic')
    const outcome = await inspectImage(await fixture('photo.heic')).then(
      (header) => ({ kind: header.kind, width: header.width }),
      (error: MediaError) => ({ code: error.code, params: error.params })
    )
    expect(outcome).toEqual(
      decodable
        ? { kind: 'heic', width: 40 }
        : { code: 'media.unsupported_type', params: { kind: 'heic' } }
    )
  })
})

describe('openImage', () => {
  it('reads only the first frame of an animated GIF', async () => {
    const bytes = await fixture('animated.gif')
    const image = await openImage(bytes, await readImageHeader(bytes))
    const { data, info } = await image.raw().toBuffer({ resolveWithObject: true })
    expect(info.height).toBe(32)
    expect([...data.subarray(0, 3)]).toEqual([0, 255, 0])
  })

  it.each([
    ['scan-24bit.bmp', 4],
    ['scan-16bit.bmp', 6],
    ['scan-8bit.bmp', 24]
  ])('reads %s, bottom-up rows and all, as ImageMagick wrote it', async (name, tolerance) => {
    const bytes = await fixture(name)
    const image = await openImage(bytes, await readImageHeader(bytes))
    const ours = await image.raw().toBuffer()
    const reference = await sharp(await fixture('photo.jpg'))
      .resize(40, 30)
      .raw()
      .toBuffer()
    // The same picture, within 5-6-5 rounding or a 16-colour palette.
    expect(meanDifference(ours, reference)).toBeLessThan(tolerance)
  })

  it('keeps the alpha channel of a 32-bit BMP', async () => {
    const bytes = await fixture('logo-32bit-alpha.bmp')
    const image = await openImage(bytes, await readImageHeader(bytes))
    const { data, info } = await image.raw().toBuffer({ resolveWithObject: true })
    expect(info.channels).toBe(4)
    expect(data[3]).toBe(0) // top-left corner is transparent
    const centre = (16 * 32 + 16) * 4
    expect([...data.subarray(centre, centre + 4)]).toEqual([216, 30, 6, 255])
  })
})
