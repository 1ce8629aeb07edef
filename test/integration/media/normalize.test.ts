import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  checkAgainstSpec,
  MediaError,
  normalizeForSpec,
  readImageHeader,
  specKey,
  type NormalizedImage
} from '../../../src-main/media'
import type { ImageSpec } from '../../../src-main/platforms/adapter'
import { samplePixels, type Pixels } from '../../../src-main/media/pixel-sample'
import { cameraPhoto, fixture, meanDifference } from './media-test-kit'

const MB = 1024 * 1024

/** Representative slot rules, as platforms/*.md records them. */
const SPECS = {
  // WeChat Pay v3/merchant/media/upload: JPG/BMP/PNG, ≤ 2 MB (the stricter of two pages).
  wechatPayLicence: { formats: ['jpeg', 'png', 'bmp'], maxBytes: 2 * MB },
  // Alipay mini program app_logo: jpeg/png, ≤ 2 MB, height = width, no CMYK.
  alipayLogo: { formats: ['jpeg', 'png'], maxBytes: 2 * MB, square: true },
  // Alipay mini program screenshots: png/jpg, ≤ 4 MB, ≤ 2160 × 3840.
  alipayScreenshot: {
    formats: ['png', 'jpeg'],
    maxBytes: 4 * MB,
    width: { max: 2160 },
    height: { max: 3840 }
  },
  // An exact-size slot, square icon of fixed pixels.
  exactIcon: {
    formats: ['png', 'jpeg'],
    maxBytes: 2 * MB,
    width: { exact: 144 },
    height: { exact: 144 }
  },
  // Alipay 代签约 sign files: 5 KB – 5 MB.
  alipaySignPhoto: { formats: ['jpeg', 'png'], maxBytes: 5 * MB, minBytes: 5 * 1024 },
  // A banner with an aspect rule.
  wideBanner: {
    formats: ['webp', 'jpeg'],
    maxBytes: MB,
    width: { max: 1920 },
    aspect: { ratio: 16 / 9, tolerance: 0.01 }
  }
} satisfies Record<string, ImageSpec>

async function facts(image: NormalizedImage) {
  const header = await readImageHeader(image.data)
  return { ...header, format: header.kind }
}

async function pixelAt(image: Uint8Array, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true })
  const at = (y * info.width + x) * info.channels
  return [...data.subarray(at, at + info.channels)]
}

async function channelMeans(image: Uint8Array): Promise<number[]> {
  const { channels } = await sharp(image).stats()
  return channels.slice(0, 3).map((channel) => channel.mean)
}

function near(actual: number[], expected: number[], tolerance = 12): boolean {
  return expected.every((value, index) => Math.abs((actual[index] ?? -999) - value) <= tolerance)
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown
  )
  expect(error).toBeInstanceOf(MediaError)
  return error as MediaError
}

describe('normalizeForSpec', () => {
  let photo: Buffer
  // Making a noisy 12 MP photo takes seconds on two busy cores.
  beforeAll(async () => {
    photo = await cameraPhoto()
  }, 60_000)

  it.each(Object.entries(SPECS))(
    'fits a 4000×3000 camera photo into the %s rule',
    async (_name, spec) => {
      const image = await normalizeForSpec(photo, spec)
      const header = await readImageHeader(image.data)
      expect(checkAgainstSpec({ ...header, format: header.kind }, spec)).toEqual({
        ok: true,
        problems: []
      })
      expect(header).toMatchObject({ space: 'srgb', bitsPerSample: 8 })
      expect(image.bytes).toBe(image.data.length)
    }
  )

  it('keeps the full 4000×3000 when the rule has no pixel bounds and the bytes fit', async () => {
    const image = await normalizeForSpec(photo, SPECS.wechatPayLicence)
    expect(image).toMatchObject({ format: 'jpeg', width: 4000, height: 3000 })
  })

  it('scales into the maximum pixels keeping the aspect ratio', async () => {
    const image = await normalizeForSpec(photo, SPECS.alipayScreenshot)
    expect([image.width, image.height]).toEqual([2160, 1620])
  })

  it('falls back to the next format when the first cannot fit the bytes', async () => {
    // Lossless PNG of a grainy photo is far over 4 MB; the rule's JPEG fits.
    const image = await normalizeForSpec(photo, SPECS.alipayScreenshot)
    expect(image.format).toBe('jpeg')
  })

  it('keeps a screenshot as PNG when PNG is preferred and fits', async () => {
    const image = await normalizeForSpec(await fixture('png-named.jpg'), SPECS.alipayScreenshot)
    expect(image).toMatchObject({ format: 'png', width: 80, height: 60 })
  })

  it('steps the quality down, then the size, until the bytes fit', async () => {
    const spec: ImageSpec = { formats: ['jpeg'], maxBytes: 300 * 1024 }
    const image = await normalizeForSpec(photo, spec)
    expect(image.bytes).toBeLessThanOrEqual(300 * 1024)
    expect(image.width).toBeLessThan(4000)
    expect(image.width / image.height).toBeCloseTo(4 / 3, 2)
  })

  it('lands a photo that only fits at a lower quality just under the byte limit', async () => {
    const spec: ImageSpec = { formats: ['jpeg'], maxBytes: 1.5 * MB }
    const image = await normalizeForSpec(photo, spec)
    expect([image.width, image.height]).toEqual([4000, 3000])
    // The quality is guessed from a sample, so it may be a rung cautious, not several.
    expect(image.bytes).toBeLessThanOrEqual(1.5 * MB)
    expect(image.bytes).toBeGreaterThan(1.5 * MB * 0.7)
  })

  it('writes a photo as JPEG even when the slot lists PNG first and PNG would fit', async () => {
    const spec: ImageSpec = { formats: ['png', 'jpeg'], maxBytes: 100 * MB }
    const image = await normalizeForSpec(photo, spec)
    expect(image.format).toBe('jpeg')
  })

  it('explains the smallest size reached when the bytes cannot fit', async () => {
    const error = await failure(normalizeForSpec(photo, { formats: ['jpeg'], maxBytes: 2000 }))
    expect(error.code).toBe('media.cannot_fit')
    expect(error.params).toMatchObject({
      maxSize: '2 KB',
      format: 'jpeg',
      width: 1000,
      height: 750
    })
    expect(String(error.params?.smallestSize)).toMatch(/KB$/)
  })

  it('says so when even the best quality stays under the minimum bytes', async () => {
    const tiny = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    const error = await failure(normalizeForSpec(tiny, SPECS.alipaySignPhoto))
    expect(error.code).toBe('media.below_min_bytes')
    expect(error.params).toMatchObject({ minSize: '5 KB' })
  })

  it('refuses a rule that names only formats it cannot write', async () => {
    const error = await failure(normalizeForSpec(photo, { formats: ['bmp'], maxBytes: 2 * MB }))
    expect(error.code).toBe('media.no_writable_format')
  })

  it('centre-crops a landscape photo to a square', async () => {
    const image = await normalizeForSpec(photo, SPECS.alipayLogo)
    expect([image.width, image.height]).toEqual([3000, 3000])
    const centre = await sharp(photo)
      .extract({ left: 500, top: 0, width: 3000, height: 3000 })
      .resize(30, 30)
      .raw()
      .toBuffer()
    const ours = await sharp(image.data).resize(30, 30).raw().toBuffer()
    expect(meanDifference(ours, centre)).toBeLessThan(4)
  })

  it('uses the caller’s crop box, in upright pixels, for a logo', async () => {
    const logo = await fixture('logo-transparent.png')
    const crop = { left: 8, top: 8, width: 48, height: 48 }
    const image = await normalizeForSpec(logo, SPECS.exactIcon, { crop })
    expect([image.width, image.height]).toEqual([144, 144])
    // The circle (radius 24 around 32,32) now touches the middle of each edge.
    expect(near(await pixelAt(image.data, 72, 1), [216, 30, 6])).toBe(true)
  })

  it('refuses a crop box outside the picture', async () => {
    const logo = await fixture('logo-transparent.png')
    const crop = { left: 30, top: 30, width: 48, height: 48 }
    const error = await failure(normalizeForSpec(logo, SPECS.alipayLogo, { crop }))
    expect(error.code).toBe('media.invalid_crop')
    expect(error.params).toMatchObject({ sourceWidth: 64, sourceHeight: 64 })
  })

  it('crops to the aspect ratio a rule asks for', async () => {
    const image = await normalizeForSpec(photo, SPECS.wideBanner)
    expect(image.width / image.height).toBeCloseTo(16 / 9, 2)
    expect(image.format).toBe('webp')
  })

  it('scales a too-small picture up to the exact size a rule demands', async () => {
    const image = await normalizeForSpec(await fixture('scan-24bit.bmp'), SPECS.exactIcon)
    expect([image.width, image.height, image.format]).toEqual([144, 144, 'png'])
  })

  it('turns an EXIF orientation 6 photo upright', async () => {
    const image = await normalizeForSpec(await fixture('orientation-6.jpg'), SPECS.wechatPayLicence)
    expect([image.width, image.height]).toEqual([40, 60])
    // Stored with a red block top-left; rotated 90° clockwise it is top-right.
    expect(near(await pixelAt(image.data, 36, 3), [255, 0, 0], 40)).toBe(true)
    expect(near(await pixelAt(image.data, 3, 3), [255, 255, 255])).toBe(true)
    const header = await sharp(image.data).metadata()
    expect(header.orientation ?? 1).toBe(1)
  })

  it('flattens a transparent PNG logo onto white when it writes a JPEG', async () => {
    const image = await normalizeForSpec(await fixture('logo-transparent.png'), SPECS.alipayLogo)
    expect(image.format).toBe('jpeg')
    for (const [x, y] of [
      [0, 0],
      [63, 0],
      [0, 63],
      [63, 63]
    ] as const) {
      expect(near(await pixelAt(image.data, x, y), [255, 255, 255], 3)).toBe(true)
    }
    expect(near(await pixelAt(image.data, 32, 32), [216, 30, 6])).toBe(true)
  })

  it('keeps transparency when the chosen format has alpha', async () => {
    const image = await normalizeForSpec(await fixture('logo-transparent.png'), SPECS.exactIcon)
    expect(image.format).toBe('png')
    expect((await pixelAt(image.data, 0, 0))[3]).toBe(0)
  })

  it('converts a CMYK JPEG to sRGB', async () => {
    const source = await fixture('cmyk.jpg')
    const image = await normalizeForSpec(source, SPECS.alipayLogo)
    const header = await readImageHeader(image.data)
    expect(header.space).toBe('srgb')
    expect((await sharp(image.data).metadata()).channels).toBe(3)
    // Colours match the RGB picture ImageMagick converted to CMYK (an inverted or
    // uncorrected conversion would be off by tens in every channel).
    const reference = await sharp(await fixture('photo.jpg'))
      .resize(40, 30)
      .extract({ left: 5, top: 0, width: 30, height: 30 })
      .toBuffer()
    expect(near(await channelMeans(image.data), await channelMeans(reference), 8)).toBe(true)
  })

  it('writes 8 bits per sample from a 16-bit PNG', async () => {
    const image = await normalizeForSpec(await fixture('deep-16bit.png'), SPECS.exactIcon)
    const header = await readImageHeader(image.data)
    expect(header).toMatchObject({ kind: 'png', bitsPerSample: 8 })
  })

  it('writes the first frame of an animated GIF', async () => {
    const image = await normalizeForSpec(await fixture('animated.gif'), SPECS.alipayLogo)
    expect(near(await pixelAt(image.data, 16, 16), [0, 255, 0])).toBe(true)
  })

  it('writes a GIF when that is the only format the slot takes', async () => {
    const spec: ImageSpec = { formats: ['gif'], maxBytes: MB }
    const image = await normalizeForSpec(await fixture('logo-transparent.png'), spec)
    expect((await readImageHeader(image.data)).kind).toBe('gif')
  })

  it('normalises a BMP scan and a WebP like any other picture', async () => {
    for (const name of ['scan-24bit.bmp', 'photo.webp', 'photo.avif']) {
      const image = await normalizeForSpec(await fixture(name), SPECS.wechatPayLicence)
      expect(checkAgainstSpec(await facts(image), SPECS.wechatPayLicence).ok).toBe(true)
    }
  })

  it('refuses what import refuses, with the same reasons', async () => {
    const error = await failure(normalizeForSpec(await fixture('note.jpg'), SPECS.alipayLogo))
    expect(error.code).toBe('media.unsupported_type')
  })
})

describe('specKey', () => {
  it('is the same for equal specs whatever the key order, and differs with the crop', () => {
    const spec: ImageSpec = { maxBytes: 10, formats: ['jpeg'], square: true }
    const reordered: ImageSpec = { square: true, formats: ['jpeg'], maxBytes: 10 }
    expect(specKey(spec)).toBe(specKey(reordered))
    expect(specKey(spec)).toMatch(/^[0-9a-f]{64}$/)
    expect(specKey(spec, { left: 0, top: 0, width: 5, height: 5 })).not.toBe(specKey(spec))
  })
})

describe('samplePixels', () => {
  async function rawOf(image: Buffer) {
    const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true })
    return { data, width: info.width, height: info.height, channels: 3 as const }
  }
  const jpegBytes = async (pixels: Pixels, quality: number) =>
    (await sharp(pixels.data, { raw: pixels }).jpeg({ quality, optimiseCoding: false }).toBuffer())
      .length

  it('guesses a camera photo’s JPEG bytes within 6% from under 2% of its pixels', async () => {
    const pixels = await rawOf(await cameraPhoto())
    const sample = samplePixels(pixels)
    expect(sample.scale).toBeGreaterThan(50)
    const grey = {
      data: Buffer.alloc(16 * 16 * 3, 128),
      width: 16,
      height: 16,
      channels: 3 as const
    }
    for (const quality of [90, 60, 40]) {
      // As normalisation guesses: the markers and tables, which do not scale, counted once.
      const header = await jpegBytes(grey, quality)
      const guessed = header + ((await jpegBytes(sample.pixels, quality)) - header) * sample.scale
      const actual = await jpegBytes(pixels, quality)
      expect(Math.abs(guessed / actual - 1)).toBeLessThan(0.06)
    }
  }, 60_000)

  it('takes a small picture whole, so its guess is exact', async () => {
    const pixels = await rawOf(await fixture('photo.jpg'))
    const sample = samplePixels(pixels)
    expect(sample.scale).toBe(1)
    expect(sample.pixels.data.equals(pixels.data)).toBe(true)
  })
})
