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
 * Quality ladders, best first. PNG and GIF have one rung: PNG stays lossless (quantising a
 * photo to a palette looks worse than a JPEG of the same size, and the spec's next format
 * is tried instead), GIF is a palette already.
 */
const QUALITY_STEPS: Readonly<Record<EncodableFormat, readonly number[]>> = {
  jpeg: [90, 85, 80, 75, 70, 60, 50, 40],
  webp: [90, 85, 80, 75, 70, 60, 50, 40],
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
const NORMALIZE_VERSION = 3

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
  // each size is resized once and each (size, format, quality) encoded once for all of them.
  const sizes = new Map<string, Promise<Pixels>>()
  const encodes = new Map<string, Promise<NormalizedImage>>()
  const shared: Shared = {
    pixels: (geometry) =>
      remembered(sizes, JSON.stringify(geometry), async () =>
        resized(await upright(), header, geometry)
      ),
    encode: (geometry, pixels, format, quality) =>
      remembered(encodes, `${JSON.stringify(geometry)}|${format}|${quality}`, () =>
        encode(pixels, format, quality)
      )
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
  pixels(geometry: Geometry): Promise<Pixels>
  encode(
    geometry: Geometry,
    pixels: Pixels,
    format: EncodableFormat,
    quality: number
  ): Promise<NormalizedImage>
}

function remembered<T>(memo: Map<string, Promise<T>>, key: string, make: () => Promise<T>) {
  let found = memo.get(key)
  if (!found) {
    found = make()
    memo.set(key, found)
  }
  return found
}

/** Formats that come from a camera: their pixels are noise a lossless encoder cannot shrink. */
const PHOTO_KINDS: ReadonlySet<ImageKind> = new Set<ImageKind>(['jpeg', 'heic'])

function isLossy(format: EncodableFormat): boolean {
  return format === 'jpeg' || format === 'webp'
}

/**
 * The formats to try, best first. A photo goes to a photo format wherever the slot takes
 * one, even when the platform lists PNG first (a noisy 3 MP photo is 2.8 MB as PNG).
 */
function formatsFor(header: ImageHeader, spec: ImageSpec): EncodableFormat[] {
  const formats = spec.formats.filter(isEncodable)
  if (!PHOTO_KINDS.has(header.kind) || header.hasAlpha) return formats
  return [...formats.filter(isLossy), ...formats.filter((format) => !isLossy(format))]
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
    const pixels = await shared.pixels(geometry)
    let smallestHere = Infinity
    for (const format of shrink < 1 && lossy.length > 0 ? lossy : formats) {
      const tried = (image: NormalizedImage): NormalizedImage => {
        if (!smallest || image.bytes < smallest.bytes) smallest = image
        if (!largest || image.bytes > largest.bytes) largest = image
        smallestHere = Math.min(smallestHere, image.bytes)
        return image
      }
      const fitted = await bestQualityThatFits(
        (quality) => shared.encode(geometry, pixels, format, quality),
        format,
        spec,
        tried
      )
      if (fitted) return fitted
    }
    // Everything came out under the minimum: smaller pictures will not help.
    if (largest && largest.bytes < (spec.minBytes ?? 0)) break
    // Bytes grow about with the pixel area: aim the next size at the limit, a bit under.
    const aimed = shrink * Math.sqrt(spec.maxBytes / smallestHere) * 0.95
    shrink = shrink > MIN_SHRINK ? Math.max(MIN_SHRINK, Math.min(shrink * 0.75, aimed)) : 0
  }
  throw cannotFit(spec, smallest, largest)
}

/**
 * The highest quality rung whose output fits the byte bounds. Sizes fall as the quality
 * falls, so the best and the worst rung decide whether any can fit, and a binary search
 * finds the best one between: a handful of encodes instead of the whole ladder.
 */
async function bestQualityThatFits(
  encodeAt: (quality: number) => Promise<NormalizedImage>,
  format: EncodableFormat,
  spec: ImageSpec,
  tried: (image: NormalizedImage) => NormalizedImage
): Promise<NormalizedImage | undefined> {
  const steps = QUALITY_STEPS[format]
  const min = spec.minBytes ?? 0
  const at = async (index: number) => tried(await encodeAt(steps[index]!))
  const best = await at(0)
  if (best.bytes <= spec.maxBytes) return best.bytes >= min ? best : undefined
  if (steps.length === 1) return undefined
  const worst = await at(steps.length - 1)
  if (worst.bytes > spec.maxBytes) return undefined
  // Invariant: rung `low` is too big, rung `high` fits under the maximum.
  let low = 0
  let high = steps.length - 1
  let fitting = worst
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2)
    const image = await at(middle)
    if (image.bytes <= spec.maxBytes) {
      high = middle
      fitting = image
    } else low = middle
  }
  return fitting.bytes >= min ? fitting : undefined
}

function isEncodable(format: ImageFormat): format is EncodableFormat {
  return format !== 'bmp'
}

interface Pixels {
  data: Buffer
  width: number
  height: number
  channels: 1 | 2 | 3 | 4
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
      ? image.flatten({ background: WHITE }).jpeg({ quality })
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
