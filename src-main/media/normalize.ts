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
import { IMAGE_MIME } from './sniff'

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
const NORMALIZE_VERSION = 2

/** The cache key of a (spec, crop) pair: a hash of their canonical JSON. */
export function specKey(spec: ImageSpec, crop?: CropBox): string {
  return sha256Hex(canonicalJson({ version: NORMALIZE_VERSION, spec, crop: crop ?? null }))
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
  const limits = options.limits ?? DEFAULT_DECODE_LIMITS
  const header = await readImageHeader(source, limits)
  const formats = spec.formats.filter(isEncodable)
  if (formats.length === 0) {
    throw new MediaError('media.no_writable_format', { formats: spec.formats.join(', ') })
  }
  let smallest: NormalizedImage | undefined
  let largest: NormalizedImage | undefined
  let shrink = budgetShrink(planGeometry(header, spec, options.crop, 1))
  while (shrink >= MIN_SHRINK) {
    const geometry = planGeometry(header, spec, options.crop, shrink)
    if (!geometry) break
    const pixels = await renderPixels(source, header, geometry, limits)
    let smallestHere = Infinity
    for (const format of formats) {
      const tried = (image: NormalizedImage): NormalizedImage => {
        if (!smallest || image.bytes < smallest.bytes) smallest = image
        if (!largest || image.bytes > largest.bytes) largest = image
        smallestHere = Math.min(smallestHere, image.bytes)
        return image
      }
      const fitted = await bestQualityThatFits(pixels, format, spec, tried)
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
  pixels: Pixels,
  format: EncodableFormat,
  spec: ImageSpec,
  tried: (image: NormalizedImage) => NormalizedImage
): Promise<NormalizedImage | undefined> {
  const steps = QUALITY_STEPS[format]
  const min = spec.minBytes ?? 0
  const at = async (index: number) => tried(await encode(pixels, format, steps[index]!))
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

/** Decodes once per size into 8-bit sRGB raw pixels, which every quality step re-encodes. */
async function renderPixels(
  source: Uint8Array,
  header: ImageHeader,
  geometry: Geometry,
  limits: DecodeLimits
): Promise<Pixels> {
  let image: Sharp = await openImage(source, header, limits)
  const { region } = geometry
  if (region.width !== header.width || region.height !== header.height)
    image = image.extract(region)
  if (geometry.width !== region.width || geometry.height !== region.height) {
    image = image.resize(geometry.width, geometry.height, { fit: 'fill' })
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
