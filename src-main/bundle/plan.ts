import type { BundlePart, CallTransport, PlatformAdapter, ValueSource } from '../platforms/adapter'
import { BundleError } from './errors'
import { pointsInto } from './json-pointer'
import type { BundleManifest } from './manifest'

/** One API call as a bundle file. */
export interface PlannedCall {
  /** `payload/NN-<name>.json`. */
  path: string
  part: BundlePart
  /** How the call travels, where the adapter states it. */
  transport?: CallTransport
}

/** What the plan reads from the adapter besides its calls. */
export type PlanSource = Pick<PlatformAdapter, 'transport' | 'mediaIdSource'>

/**
 * The adapter's calls as the uploader's plan: where each lands in the bundle, which values
 * were encrypted or still need it, which media ids to substitute, and the media to pack.
 */
export interface BundlePlan {
  calls: PlannedCall[]
  encrypted: BundleManifest['encrypted']
  toEncrypt: BundleManifest['toEncrypt']
  mediaToUpload: BundleManifest['mediaToUpload']
  fromResponses: BundleManifest['fromResponses']
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

export function planCalls(parts: readonly BundlePart[], adapter: PlanSource = {}): BundlePlan {
  const plan: BundlePlan = {
    calls: [],
    encrypted: [],
    toEncrypt: [],
    mediaToUpload: [],
    fromResponses: [],
    media: []
  }
  /** The source, with the payload file of the earlier call that answers it when the bundle has one. */
  const located = (source: ValueSource, index: number, media?: string): ValueSource => {
    const earlier = plan.calls
      .slice(0, index)
      .find(
        ({ part }) =>
          part.endpoint === source.call &&
          (media === undefined || Object.values(part.files ?? {}).includes(media))
      )
    return earlier ? { ...source, callFile: earlier.path } : source
  }
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
    const transport = adapter.transport?.(part)
    plan.calls.push({ path: file, part, ...(transport ? { transport } : {}) })
    for (const path of Object.values(part.files ?? {})) useMedia(path, part.name)
    for (const placeholder of part.placeholders ?? []) {
      const pointer = checkPointer(placeholder.pointer)
      if (placeholder.kind === 'encrypt') {
        plan.toEncrypt.push({ file, pointer })
      } else if (placeholder.kind === 'response') {
        const { source, marker } = placeholder
        if (!source || !marker) {
          throw new BundleError('bundle.invalid_pointer', { call: part.name, pointer })
        }
        plan.fromResponses.push({ file, pointer, marker, source: located(source, index) })
      } else if (placeholder.file) {
        const media = placeholder.file
        const source = adapter.mediaIdSource
        plan.mediaToUpload.push({
          file,
          pointer,
          media,
          ...(source ? { source: located(source, index, media) } : {})
        })
        useMedia(media, part.name)
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
 * A call's file: the endpoint, content type, how it travels (`transport`, where known), the
 * body exactly as the platform takes it and what the uploader must do to it. JSON.stringify writes non-ASCII as raw UTF-8, never
 * `\u` escapes (some WeChat APIs reject escaped CJK), and keeps the adapter's key order.
 */
export function payloadJson({ part, transport }: PlannedCall): string {
  const file = {
    call: part.endpoint,
    contentType: part.contentType,
    transport,
    body: part.body,
    files: part.files,
    placeholders: part.placeholders,
    waitFor: part.waitFor,
    encryption: part.encryption,
    alternative: part.alternative
  }
  return `${JSON.stringify(file, null, 2)}\n`
}
