/** The media area's public face: import, checks, normalisation and the store. */
export {
  DEFAULT_DECODE_LIMITS,
  inspectImage,
  openImage,
  readImageHeader,
  type DecodeLimits,
  type ImageHeader
} from './decode'
export { cropFromFractions, type CropBox } from './geometry'
export { formatBytes, MediaError, type MediaErrorCode } from './media-error'
export {
  normalizeForSpec,
  normalizeForSpecs,
  specKey,
  THUMBNAIL_SPEC,
  type EncodableFormat,
  type NormalizedImage,
  type NormalizeOptions,
  type VariantRequest
} from './normalize'
export { IMAGE_MIME, sniffImage, type ImageKind } from './sniff'
export {
  checkAgainstSpec,
  type ImageFacts,
  type SpecProblem,
  type SpecProblemCode,
  type SpecVerdict
} from './spec-check'
export {
  createMediaStore,
  type ImportRequest,
  type MediaStore,
  type MediaStoreOptions,
  type SourceUse
} from './store'
export { createVariantPool, sharedVariantPool, type VariantPool } from './variant-pool'
export { readThumbnail, type Thumbnail } from './thumbnail'
export { pixelCrop } from './crop'
