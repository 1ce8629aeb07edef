import sharp, { type Sharp } from 'sharp'
import { canonicalJson } from '../domain/draft'
import type { ImageFormat, ImageSpec } from '../platforms/adapter'
import { sha256Hex } from '../store/content-hash'
import {
  decodeFailure,
  DEFAULT_DECODE_LIMITS,
  openImage,
  readImageHeader,
  type DecodeLimits,
  type ImageHeader
} from './decode'
import { planGeometry, type CropBox, type Geometry } from './geometry'
import { formatBytes, MediaError } from './media-error'
import { samplePixels, type PixelSample, type Pixels } from './pixel-sample'
import { IMAGE_MIME, type ImageKind } from './sniff'

/** Formats sharp can write; a spec that only names BMP cannot be served. */
export type EncodableFormat = 'jpeg' | 'png' | 'webp' | 'gif'

export interface NormalizeOptions {
  /** Upright source pixels to keep (logo and avatar crop tool); otherwise centre crop. */
  crop?: CropBox
  limits?: DecodeLimits
}

export interface NormalizedImage {
  data: Buffer
  format: EncodableFormat
  mime: string
  width: number
  height: number
  bytes: number
}

/**
 * Quality ladders, best first, in steps of 5: a rung looked at costs an encode of a small
 * sample, not of the picture, so a fine ladder lands near the byte limit for free. PNG and
 * GIF have one rung: PNG stays lossless (quantising a photo to a palette looks worse than a
 * JPEG of the same size, and the spec's next format is tried instead), GIF is a palette
 * already.
 */
const QUALITY_STEPS: Readonly<Record<EncodableFormat, readonly number[]>> = {
  jpeg: [90, 85, 80, 75, 70, 65, 60, 55, 50, 45, 40],
  webp: [90, 85, 80, 75, 70, 65, 60, 55, 50, 45, 40],
  png: [100],
  gif: [100]
}

/**
 * No platform takes a picture anywhere near this many pixels, and rendering at most this many
 * keeps a 120-megapixel original's peak memory under 400 MB (`media-memory.test.ts`): libvips
 * streams the decode through the resize, so the output's raw pixels are what costs.
 */
export const MAX_OUTPUT_PIXELS = 16_000_000

function budgetShrink(full: Geometry | undefined): number {
  const pixels = full ? full.width * full.height : 0
  return pixels > MAX_OUTPUT_PIXELS ? Math.sqrt(MAX_OUTPUT_PIXELS / pixels) : 1
}

/** When no quality fits the byte limit, the output is made smaller, down to a quarter. */
const MIN_SHRINK = 0.25

const WHITE = { r: 255, g: 255, b: 255 }

/**
 * Previews for the renderer (served by hash through the media protocol): small, and WebP
 * so a transparent logo stays transparent.
 */
export const THUMBNAIL_SPEC: ImageSpec = {
  formats: ['webp'],
  maxBytes: 512 * 1024,
  width: { max: 512 },
  height: { max: 512 }
}

/** Bump when the output of normalisation changes, so cached variants are made again. */
const NORMALIZE_VERSION = 4

/** The cache key of a (spec, crop) pair: a hash of their canonical JSON. */
export function specKey(spec: ImageSpec, crop?: CropBox): string {
  return sha256Hex(canonicalJson({ version: NORMALIZE_VERSION, spec, crop: crop ?? null }))
}

/** One slot's request on a source: its rule and, for logos, the merchant's crop. */
export interface VariantRequest {
  spec: ImageSpec
  crop?: CropBox
}

/**
 * Turns an original into a file the platform accepts for a slot: upright, sRGB, 8 bits,
 * cropped and resized into the spec's pixel rule, written in the spec's first format that
 * fits its byte limit, stepping the quality down and then the size. Transparency is
 * flattened onto white for formats without alpha.
 */
export async function normalizeForSpec(
  source: Uint8Array,
  spec: ImageSpec,
  options: NormalizeOptions = {}
): Promise<NormalizedImage> {
  const [result] = await normalizeForSpecs(
    source,
    [{ spec, ...(options.crop ? { crop: options.crop } : {}) }],
    options.limits
  )
  if (result instanceof MediaError) throw result
  return result!
}

/**
 * Every slot's variant of one source from a single decode: the upright sRGB pixels are
 * made once and each rule crops, resizes and encodes from them. A rule that cannot be
 * served gets its MediaError in its place; the others are still made.
 */
export async function normalizeForSpecs(
  source: Uint8Array,
  requests: readonly VariantRequest[],
  limits: DecodeLimits = DEFAULT_DECODE_LIMITS
): Promise<(NormalizedImage | MediaError)[]> {
  const header = await readImageHeader(source, limits)
  let decoded: Pixels | undefined
  // Decoded once, at the largest scale any slot needs: a 120 MP scan is never held whole.
  const scale = decodeScale(header, requests)
  const upright = async () => (decoded ??= await decodeUpright(source, header, limits, scale))
  // Slots often share a size and a format (most take the whole photo as a JPEG under 2 MB):
  // each size is resized and sampled once, and each (size, format, quality) encoded once.
  const sizes = new Map<string, Promise<Pixels>>()
  const samples = new Map<string, Promise<PixelSample>>()
  const encodes = new Map<string, Promise<NormalizedImage>>()
  const guesses = new Map<string, Promise<number>>()
  const pixels = (geometry: Geometry) =>
    remembered(sizes, JSON.stringify(geometry), async () =>
      resized(await upright(), header, geometry)
    )
  const sample = (geometry: Geometry) =>
    remembered(samples, JSON.stringify(geometry), async () => samplePixels(await pixels(geometry)))
  const shared: Shared = {
    encode: (geometry, format, quality) =>
      remembered(encodes, `${JSON.stringify(geometry)}|${format}|${quality}`, async () =>
        encode(await pixels(geometry), format, quality)
      ),
    guess: (geometry, format, quality) =>
      remembered(guesses, `${JSON.stringify(geometry)}|${format}|${quality}`, async () => {
        const { pixels: tiles, scale } = await sample(geometry)
        if (scale === 1) return (await shared.encode(geometry, format, quality)).bytes
        const overhead = await headerBytes(format, quality, tiles.channels)
        const bytes = (await encode(tiles, format, quality)).bytes
        return overhead + Math.max(0, bytes - overhead) * scale
      })
  }
  const results: (NormalizedImage | MediaError)[] = []
  for (const request of requests) {
    try {
      results.push(await fitSpec(header, shared, request))
    } catch (error) {
      if (!(error instanceof MediaError)) throw error
      results.push(error)
    }
  }
  return results
}

interface Shared {
  encode(geometry: Geometry, format: EncodableFormat, quality: number): Promise<NormalizedImage>
  /** The bytes an encode would take, from a sample of the pixels: exact for small pictures. */
  guess(geometry: Geometry, format: EncodableFormat, quality: number): Promise<number>
}

function remembered<T>(memo: Map<string, Promise<T>>, key: string, make: () => Promise<T>) {
  let found = memo.get(key)
  if (!found) {
    found = make()
    memo.set(key, found)
  }
  return found
}

/** What a format writes before any pixel (markers, tables): the part a sample does not scale. */
const headers = new Map<string, Promise<number>>()

function headerBytes(format: EncodableFormat, quality: number, channels: Pixels['channels']) {
  return remembered(headers, `${format}|${quality}|${channels}`, async () => {
    const data = Buffer.alloc(16 * 16 * channels, 128)
    return (await encode({ data, width: 16, height: 16, channels }, format, quality)).bytes
  })
}

/** Formats that come from a camera: their pixels are noise a lossless encoder cannot shrink. */
const PHOTO_KINDS: ReadonlySet<ImageKind> = new Set<ImageKind>(['jpeg', 'heic'])

function isLossy(format: EncodableFormat): boolean {
  return format === 'jpeg' || format === 'webp'
}

/**
 * The formats to try, best first. A photo goes to a photo format wherever the slot takes
 * one, even when the platform lists PNG first (a noisy 3 MP photo is 2.8 MB as PNG), and
 * never to PNG then: lossless bytes of a photo are several times its JPEG's.
 */
function formatsFor(header: ImageHeader, spec: ImageSpec): EncodableFormat[] {
  const formats = spec.formats.filter(isEncodable)
  if (!PHOTO_KINDS.has(header.kind) || header.hasAlpha) return formats
  const lossy = formats.filter(isLossy)
  return lossy.length > 0 ? lossy : formats
}

/** What a size's encodes found: the fitting picture, if any, and what was seen on the way. */
interface SizeOutcome {
  fitted?: NormalizedImage
  tried: NormalizedImage[]
  /** The fewest bytes this size can take (measured, or guessed when not encoded). */
  fewestBytes: number
}

async function fitSpec(
  header: ImageHeader,
  shared: Shared,
  { spec, crop }: VariantRequest
): Promise<NormalizedImage> {
  const formats = formatsFor(header, spec)
  if (formats.length === 0) {
    throw new MediaError('media.no_writable_format', { formats: spec.formats.join(', ') })
  }
  // A lossless format that did not fit at full size will not beat a lossy one smaller.
  const lossy = formats.filter(isLossy)
  let smallest: NormalizedImage | undefined
  let largest: NormalizedImage | undefined
  let shrink = budgetShrink(planGeometry(header, spec, crop, 1))
  while (shrink >= MIN_SHRINK) {
    const geometry = planGeometry(header, spec, crop, shrink)
    if (!geometry) break
    let fewestHere = Infinity
    for (const format of shrink < 1 && lossy.length > 0 ? lossy : formats) {
      const outcome = await fitQuality(shared, geometry, format, spec)
      for (const image of outcome.tried) {
        if (!smallest || image.bytes < smallest.bytes) smallest = image
        if (!largest || image.bytes > largest.bytes) largest = image
      }
      if (outcome.fitted) return outcome.fitted
      fewestHere = Math.min(fewestHere, outcome.fewestBytes)
    }
    // Everything came out under the minimum: smaller pictures will not help.
    if (largest && largest.bytes < (spec.minBytes ?? 0)) break
    // Bytes grow about with the pixel area: aim the next size at the limit, a bit under.
    const aimed = shrink * Math.sqrt(spec.maxBytes / fewestHere) * 0.95
    shrink = shrink > MIN_SHRINK ? Math.max(MIN_SHRINK, Math.min(shrink * 0.75, aimed)) : 0
  }
  throw cannotFit(spec, smallest, largest)
}

/**
 * A guess aims under the byte limit by this much, so that most first encodes fit; a sample
 * of 192 tiles misjudges a photo's bytes by a few percent (`normalize.test.ts`).
 */
const GUESS_MARGIN = 0.95

/**
 * The best quality rung that fits the byte bounds at one size, in one encode most of the
 * time: a sample of the pixels guesses each rung's bytes, the best rung guessed to fit is
 * encoded, and only when it comes out over the limit is the next one (guessed again with
 * the error just seen) encoded. A small picture is its own sample, so its guesses are exact.
 */
async function fitQuality(
  shared: Shared,
  geometry: Geometry,
  format: EncodableFormat,
  spec: ImageSpec
): Promise<SizeOutcome> {
  const steps = QUALITY_STEPS[format]
  const min = spec.minBytes ?? 0
  const guess = (index: number) => shared.guess(geometry, format, steps[index]!)
  const tried = new Map<number, NormalizedImage>()
  // Measured bytes over guessed bytes, from the last encode: corrects the next guesses.
  let error = 1
  const last = steps.length - 1
  const outcome = async (fitted?: NormalizedImage): Promise<SizeOutcome> => {
    const images = [...tried.values()]
    const measured = Math.min(...images.map((image) => image.bytes))
    const fewestBytes =
      fitted || tried.has(last) ? measured : Math.min(measured, (await guess(last)) * error)
    return { ...(fitted ? { fitted } : {}), tried: images, fewestBytes }
  }
  // Bytes fall as the quality falls: the best rung under the limit, by binary search.
  const bestUnder = async (from: number, limit: number) => {
    if ((await guess(last)) * error > limit) return undefined
    let low = from
    let high = last
    while (low < high) {
      const middle = Math.floor((low + high) / 2)
      if ((await guess(middle)) * error <= limit) high = middle
      else low = middle + 1
    }
    return low
  }
  let index = last > 0 ? ((await bestUnder(0, spec.maxBytes * GUESS_MARGIN)) ?? last) : 0
  for (;;) {
    const image = await shared.encode(geometry, format, steps[index]!)
    tried.set(index, image)
    if (image.bytes > spec.maxBytes) {
      if (index === last) return outcome()
      error = image.bytes / (await guess(index))
      const next = await bestUnder(index + 1, spec.maxBytes)
      if (next === undefined) return outcome()
      index = next
    } else if (image.bytes < min && index > 0 && !tried.has(index - 1)) {
      // A cautious guess can land under the minimum: the better rungs have more bytes.
      index -= 1
    } else {
      return outcome(image.bytes >= min ? image : undefined)
    }
  }
}

function isEncodable(format: ImageFormat): format is EncodableFormat {
  return format !== 'bmp'
}

/** The whole source, upright, as 8-bit sRGB raw pixels: the one decode every rule shares. */
function decodeScale(header: ImageHeader, requests: readonly VariantRequest[]): number {
  let scale = 0
  for (const { spec, crop } of requests) {
    try {
      const full = planGeometry(header, spec, crop, 1)
      if (!full) continue
      const shrink = budgetShrink(full)
      scale = Math.max(scale, (full.width * shrink) / full.region.width)
    } catch {
      // A crop outside the picture: that slot reports it on its own.
    }
  }
  return scale > 0 ? Math.min(1, scale) : 1
}

async function decodeUpright(
  source: Uint8Array,
  header: ImageHeader,
  limits: DecodeLimits,
  scale: number
): Promise<Pixels> {
  let image: Sharp = await openImage(source, header, limits)
  if (scale < 1) {
    // libvips streams the decode through the resize: only the smaller pixels are held.
    const width = Math.max(1, Math.round(header.width * scale))
    const height = Math.max(1, Math.round(header.height * scale))
    image = image.resize(width, height, { fit: 'fill' })
  }
  const { data, info } = await image
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true })
    .catch((error: unknown) => {
      throw decodeFailure(error, header.kind)
    })
  return { data, width: info.width, height: info.height, channels: info.channels }
}

/** A region of the upright source in the decoded pixels, which may be smaller. */
function scaledRegion(region: CropBox, scale: number, pixels: Pixels): CropBox {
  if (scale === 1) return region
  const left = Math.min(pixels.width - 1, Math.round(region.left * scale))
  const top = Math.min(pixels.height - 1, Math.round(region.top * scale))
  return {
    left,
    top,
    width: Math.max(1, Math.min(pixels.width - left, Math.round(region.width * scale))),
    height: Math.max(1, Math.min(pixels.height - top, Math.round(region.height * scale)))
  }
}

/** The rule's region of the decoded pixels at its output size. */
async function resized(pixels: Pixels, header: ImageHeader, geometry: Geometry): Promise<Pixels> {
  const region = scaledRegion(geometry.region, pixels.width / header.width, pixels)
  const whole = region.width === pixels.width && region.height === pixels.height
  const sameSize = geometry.width === region.width && geometry.height === region.height
  if (whole && sameSize) return pixels
  const { data, ...raw } = pixels
  let image: Sharp = sharp(data, { raw })
  if (!whole) image = image.extract(region)
  if (!sameSize) image = image.resize(geometry.width, geometry.height, { fit: 'fill' })
  const output = await image
    .raw()
    .toBuffer({ resolveWithObject: true })
    .catch((error: unknown) => {
      throw decodeFailure(error, header.kind)
    })
  return {
    data: output.data,
    width: output.info.width,
    height: output.info.height,
    channels: output.info.channels
  }
}

async function encode(
  pixels: Pixels,
  format: EncodableFormat,
  quality: number
): Promise<NormalizedImage> {
  const { data, ...raw } = pixels
  const image = sharp(data, { raw })
  const encoded =
    format === 'jpeg'
      ? // Huffman tables fitted to each picture save 5–15% of the bytes but take 2–4 times
        // as long to encode a 12 MP photo; the quality rung already meets the byte limit.
        image.flatten({ background: WHITE }).jpeg({ quality, optimiseCoding: false })
      : format === 'webp'
        ? image.webp({ quality })
        : format === 'png'
          ? image.png({ compressionLevel: 9, adaptiveFiltering: true })
          : image.gif()
  const output = await encoded.toBuffer({ resolveWithObject: true })
  return {
    data: output.data,
    format,
    mime: IMAGE_MIME[format],
    width: output.info.width,
    height: output.info.height,
    bytes: output.data.length
  }
}

function cannotFit(
  spec: ImageSpec,
  smallest: NormalizedImage | undefined,
  largest: NormalizedImage | undefined
): MediaError {
  if (largest && spec.minBytes !== undefined && largest.bytes < spec.minBytes) {
    return new MediaError('media.below_min_bytes', {
      minSize: formatBytes(spec.minBytes),
      largestSize: formatBytes(largest.bytes)
    })
  }
  return new MediaError('media.cannot_fit', {
    maxSize: formatBytes(spec.maxBytes),
    smallestSize: smallest ? formatBytes(smallest.bytes) : '-',
    width: smallest?.width ?? 0,
    height: smallest?.height ?? 0,
    format: smallest?.format ?? spec.formats.join(', ')
  })
}
