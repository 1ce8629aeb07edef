import type { BundlePart } from '../platforms/adapter'
import { BundleError } from './errors'
import { pointsInto } from './json-pointer'
import type { BundleManifest } from './manifest'

/** One API call as a bundle file. */
export interface PlannedCall {
  /** `payload/NN-<name>.json`. */
  path: string
  part: BundlePart
}

/**
 * The adapter's calls as the uploader's plan: where each lands in the bundle, which values
 * were encrypted or still need it, which media ids to substitute, and the media to pack.
 */
export interface BundlePlan {
  calls: PlannedCall[]
  encrypted: BundleManifest['encrypted']
  toEncrypt: BundleManifest['toEncrypt']
  mediaToUpload: BundleManifest['mediaToUpload']
  /** Every bundle file a call refers to (multipart fields, media-id uploads), sorted by path. */
  media: PlannedMedia[]
}

export interface PlannedMedia {
  path: string
  /** The first call that needs it, for messages. */
  call: string
}

/** Call names become file names: keep them to characters every file system and zip tool takes. */
const CALL_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

export function payloadPath(index: number, name: string): string {
  return `payload/${String(index + 1).padStart(2, '0')}-${name}.json`
}

export function planCalls(parts: readonly BundlePart[]): BundlePlan {
  const plan: BundlePlan = { calls: [], encrypted: [], toEncrypt: [], mediaToUpload: [], media: [] }
  const media = new Map<string, string>()
  const useMedia = (path: string, call: string): void => {
    if (!media.has(path)) media.set(path, call)
  }
  parts.forEach((part, index) => {
    if (!CALL_NAME.test(part.name)) {
      throw new BundleError('bundle.invalid_call_name', { index: index + 1, call: part.name })
    }
    const file = payloadPath(index, part.name)
    const checkPointer = (pointer: string): string => {
      if (!pointsInto(part.body, pointer)) {
        throw new BundleError('bundle.invalid_pointer', { call: part.name, pointer })
      }
      return pointer
    }
    plan.calls.push({ path: file, part })
    for (const path of Object.values(part.files ?? {})) useMedia(path, part.name)
    for (const placeholder of part.placeholders ?? []) {
      const pointer = checkPointer(placeholder.pointer)
      if (placeholder.kind === 'encrypt') {
        plan.toEncrypt.push({ file, pointer })
      } else if (placeholder.file) {
        plan.mediaToUpload.push({ file, pointer, media: placeholder.file })
        useMedia(placeholder.file, part.name)
      } else {
        // A media id with no file to upload would leave the uploader guessing.
        throw new BundleError('bundle.media_missing', { call: part.name, file: pointer })
      }
    }
    if (part.encryption) {
      const { keyId, pointers } = part.encryption
      for (const pointer of pointers) {
        plan.encrypted.push({ file, pointer: checkPointer(pointer), keyId })
      }
    }
  })
  plan.media = [...media.keys()].sort().map((path) => ({ path, call: media.get(path) ?? '' }))
  return plan
}

/**
 * A call's file: the endpoint, content type, the body exactly as the platform takes it and
 * what the uploader must do to it. JSON.stringify writes non-ASCII as raw UTF-8, never
 * `\u` escapes (some WeChat APIs reject escaped CJK), and keeps the adapter's key order.
 */
export function payloadJson(part: BundlePart): string {
  const file = {
    call: part.endpoint,
    contentType: part.contentType,
    body: part.body,
    files: part.files,
    placeholders: part.placeholders,
    waitFor: part.waitFor,
    encryption: part.encryption
  }
  return `${JSON.stringify(file, null, 2)}\n`
}
