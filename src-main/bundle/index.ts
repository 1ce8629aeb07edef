/** The bundle writer and verifier: what other layers (api handlers, CLI) import. */
export { buildBundle, merchantName } from './build'
export type { BuiltBundle, BundleDraft, BundleInput, BundleMedia } from './build'
export { BundleError } from './errors'
export type { BundleErrorCode } from './errors'
export { bundleFileName } from './file-name'
export {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BundleManifest,
  isUnsafeEntryPath,
  MANIFEST_PATH
} from './manifest'
export type { BundleFileRecord } from './manifest'
export { MAX_ENTRY_BYTES, verifyBundle } from './verify'
export type { BundleProblem, BundleProblemCode, BundleVerification } from './verify'
export { writeBundleFile } from './write-file'
export type { BundleWriteSteps, WrittenBundle } from './write-file'
