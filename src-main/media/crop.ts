import type { FractionBox } from '../platforms/adapter'
import { cropFromFractions, type CropBox } from './geometry'
import type { MediaStore } from './store'

/** The merchant's fractional crop (listing logo) in the original's upright pixels. */
export async function pixelCrop(
  media: MediaStore,
  source: string,
  box: FractionBox
): Promise<CropBox> {
  const { width, height } = await media.header(source)
  return cropFromFractions(box, width, height)
}
