import type { ImageSpec } from '../platforms/adapter'
import { MediaError } from './media-error'

/** A rectangle in upright source pixels (what the user sees in the crop tool). */
export interface CropBox {
  left: number
  top: number
  width: number
  height: number
}

export interface Geometry {
  /** The part of the source to keep. */
  region: CropBox
  /** Output size. */
  width: number
  height: number
}

interface Size {
  width: number
  height: number
}

/**
 * Where to cut and how big to make the output for a spec. The region is the caller's crop
 * (or the whole image), centre-cropped further only when its shape is outside what the
 * spec allows (square, aspect, or bounds that imply a ratio). `shrink` < 1 asks for a
 * smaller output than the spec's maximum, for byte limits; the answer is undefined when
 * that would fall under the spec's minimum.
 */
export function planGeometry(
  source: Size,
  spec: ImageSpec,
  crop?: CropBox,
  shrink = 1
): Geometry | undefined {
  const region = fitRatio(crop ? checkedCrop(crop, source) : fullImage(source), ratioRange(spec))
  const bounds = pixelBounds(spec)
  const largest = Math.min(1, bounds.maxWidth / region.width, bounds.maxHeight / region.height)
  const smallest = Math.max(bounds.minWidth / region.width, bounds.minHeight / region.height)
  let scale = largest * shrink
  if (scale < smallest) {
    if (shrink < 1) return undefined
    // Under the minimum: scale up, the platform refuses anything smaller.
    scale = smallest
  }
  return {
    region,
    width: clamp(Math.round(region.width * scale), bounds.minWidth, bounds.maxWidth),
    height: clamp(Math.round(region.height * scale), bounds.minHeight, bounds.maxHeight)
  }
}

interface PixelBounds {
  minWidth: number
  maxWidth: number
  minHeight: number
  maxHeight: number
}

function pixelBounds(spec: ImageSpec): PixelBounds {
  return {
    minWidth: Math.max(1, spec.width?.exact ?? spec.width?.min ?? 1),
    maxWidth: spec.width?.exact ?? spec.width?.max ?? Infinity,
    minHeight: Math.max(1, spec.height?.exact ?? spec.height?.min ?? 1),
    maxHeight: spec.height?.exact ?? spec.height?.max ?? Infinity
  }
}

interface RatioRange {
  low: number
  high: number
  /** The shape to cut to when a picture is outside the range. */
  preferred?: number
}

/** The width / height ratios a spec allows, from its square, aspect and pixel bounds. */
function ratioRange(spec: ImageSpec): RatioRange {
  const bounds = pixelBounds(spec)
  let low = bounds.minWidth / bounds.maxHeight
  let high = bounds.maxWidth / bounds.minHeight
  if (spec.square) {
    low = Math.max(low, 1)
    high = Math.min(high, 1)
  }
  if (spec.aspect) {
    low = Math.max(low, spec.aspect.ratio * (1 - spec.aspect.tolerance))
    high = Math.min(high, spec.aspect.ratio * (1 + spec.aspect.tolerance))
  }
  if (low > high) throw new Error(`image spec allows no shape: ratio ${low} > ${high}`)
  const preferred = spec.square ? 1 : spec.aspect?.ratio
  return preferred === undefined ? { low, high } : { low, high, preferred }
}

/** The largest centred box inside `region` of an allowed shape (the spec's own ratio if it has one). */
function fitRatio(region: CropBox, range: RatioRange): CropBox {
  const ratio = region.width / region.height
  if (ratio >= range.low && ratio <= range.high) return region
  const nearest = ratio > range.high ? range.high : range.low
  const target = Math.min(range.high, Math.max(range.low, range.preferred ?? nearest))
  if (ratio > target) {
    const width = Math.max(1, Math.round(region.height * target))
    return { ...region, left: region.left + Math.floor((region.width - width) / 2), width }
  }
  const height = Math.max(1, Math.round(region.width / target))
  return { ...region, top: region.top + Math.floor((region.height - height) / 2), height }
}

function fullImage(source: Size): CropBox {
  return { left: 0, top: 0, width: source.width, height: source.height }
}

function checkedCrop(crop: CropBox, source: Size): CropBox {
  const values = [crop.left, crop.top, crop.width, crop.height]
  const valid =
    values.every(Number.isInteger) &&
    crop.left >= 0 &&
    crop.top >= 0 &&
    crop.width >= 1 &&
    crop.height >= 1 &&
    crop.left + crop.width <= source.width &&
    crop.top + crop.height <= source.height
  if (!valid) {
    throw new MediaError('media.invalid_crop', {
      ...crop,
      sourceWidth: source.width,
      sourceHeight: source.height
    })
  }
  return crop
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/**
 * A crop given as corner fractions (0–1) of the upright picture, in whole source pixels;
 * clamped inside the picture and at least one pixel each way.
 */
export function cropFromFractions(
  box: { x1: number; y1: number; x2: number; y2: number },
  width: number,
  height: number
): CropBox {
  const clamp = (value: number) => Math.min(1, Math.max(0, value))
  const left = Math.round(clamp(Math.min(box.x1, box.x2)) * width)
  const top = Math.round(clamp(Math.min(box.y1, box.y2)) * height)
  const right = Math.round(clamp(Math.max(box.x1, box.x2)) * width)
  const bottom = Math.round(clamp(Math.max(box.y1, box.y2)) * height)
  return {
    left: Math.min(left, width - 1),
    top: Math.min(top, height - 1),
    width: Math.max(1, right - Math.min(left, width - 1)),
    height: Math.max(1, bottom - Math.min(top, height - 1))
  }
}
