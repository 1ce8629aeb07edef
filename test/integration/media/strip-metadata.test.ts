import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { normalizeForSpec, THUMBNAIL_SPEC } from '../../../src-main/media'
import { stripMetadata } from '../../../src-main/media/strip-metadata'
import type { ImageSpec } from '../../../src-main/platforms/adapter'
import { fixture } from './media-test-kit'

const ID_SPEC: ImageSpec = { formats: ['jpeg'], maxBytes: 2 * 1024 * 1024, width: { max: 48 } }
const GPS_MARK = 'KAITONG-GPS-TRACE'

/** A phone-like photo: rotated by EXIF, with GPS coordinates and a camera maker note. */
async function phonePhoto(): Promise<Buffer> {
  const source = await fixture('orientation-6.jpg')
  return sharp(source)
    .keepIccProfile()
    .withExif({
      IFD0: { Orientation: '6', Make: 'PhoneMaker', ImageDescription: GPS_MARK },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 15/1 0/1', GPSProcessingMethod: GPS_MARK }
    })
    .jpeg({ quality: 90 })
    .toBuffer()
}

describe('stripMetadata', () => {
  it('removes the EXIF block with its GPS fields from a JPEG', async () => {
    const photo = await phonePhoto()
    expect(photo.includes(GPS_MARK)).toBe(true)
    const stripped = Buffer.from(stripMetadata('jpeg', photo))
    expect(stripped.includes(GPS_MARK)).toBe(false)
    expect(stripped.includes('PhoneMaker')).toBe(false)
    expect((await sharp(stripped).metadata()).exif?.includes('GPS')).not.toBe(true)
  })

  it('keeps the orientation, so the picture still shows upright', async () => {
    const stripped = stripMetadata('jpeg', await phonePhoto())
    const meta = await sharp(stripped).metadata()
    expect(meta.orientation).toBe(6)
    expect(meta.autoOrient).toMatchObject({ width: 40, height: 60 })
  })

  it('leaves the pixels alone: every normalised copy is byte-identical', async () => {
    const photo = await phonePhoto()
    const stripped = stripMetadata('jpeg', photo)
    for (const spec of [ID_SPEC, THUMBNAIL_SPEC]) {
      const before = await normalizeForSpec(photo, spec)
      const after = await normalizeForSpec(stripped, spec)
      expect(Buffer.from(after.data).equals(Buffer.from(before.data))).toBe(true)
    }
  })

  it('drops text chunks from a PNG and keeps its pixels', async () => {
    const png = await sharp(await fixture('logo-transparent.png'))
      .withExif({ IFD0: { ImageDescription: GPS_MARK } })
      .png()
      .toBuffer()
    const stripped = Buffer.from(stripMetadata('png', png))
    expect(png.includes(GPS_MARK)).toBe(true)
    expect(stripped.includes(GPS_MARK)).toBe(false)
    const pixels = (bytes: Uint8Array) => sharp(bytes).raw().toBuffer()
    expect((await pixels(stripped)).equals(await pixels(png))).toBe(true)
  })
})
