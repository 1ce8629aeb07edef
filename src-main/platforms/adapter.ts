import type { DraftContent } from '../domain/draft'
import type { Issue } from '../domain/issue'

/**
 * The extension point: one adapter per target platform. Adapters are pure functions over
 * the draft content; the bundle writer, the UI and the CLI only ever talk to this shape,
 * so adding a platform is adding one file and one line in registry.ts.
 */
export type PaymentPlatformId = 'wechat-pay' | 'alipay'
export type ListingPlatformId = 'wechat-mp' | 'alipay-mp' | 'douyin-mp' | 'baidu-mp'
export type PlatformId = PaymentPlatformId | ListingPlatformId
export const PLATFORM_IDS = [
  'wechat-pay',
  'alipay',
  'wechat-mp',
  'alipay-mp',
  'douyin-mp',
  'baidu-mp'
] as const satisfies readonly PlatformId[]

const PAYMENT_PLATFORM_IDS: readonly PlatformId[] = ['wechat-pay', 'alipay']

/** A platform's kind without its adapter (the registry pulls in every rule and table). */
export function platformKind(id: PlatformId): 'payment' | 'listing' {
  return PAYMENT_PLATFORM_IDS.includes(id) ? 'payment' : 'listing'
}

/** The wizard steps an item can point at (routes in the renderer). */
export type WizardStepId = 'merchant' | 'payment' | 'listing' | 'review' | 'export'

/** One thing still due for a platform, like a "currently due" list entry. */
export interface Requirement {
  /** Stable id, e.g. `wechat-pay.licence_photo`; also the i18n key `requirement.<id>`. */
  id: string
  step: WizardStepId
  /** Field path that fixes it (same dotted form as Issue.path). */
  path: string
  /** false once satisfied; the UI lists the unmet ones. */
  met: boolean
}

export type ImageFormat = 'jpeg' | 'png' | 'bmp' | 'gif' | 'webp'

/** A platform's rule for one image slot. Pixel bounds are inclusive. */
export interface ImageSpec {
  /** Formats the platform accepts, preferred first (normalisation writes the first). */
  formats: readonly ImageFormat[]
  maxBytes: number
  minBytes?: number
  width?: { min?: number; max?: number; exact?: number }
  height?: { min?: number; max?: number; exact?: number }
  square?: boolean
  /** width / height, with a relative tolerance (0.02 = 2 %). */
  aspect?: { ratio: number; tolerance: number }
}

/** A box by its corners as fractions (0–1) of width and height, as WeChat's crop takes it. */
export interface FractionBox {
  x1: number
  y1: number
  x2: number
  y2: number
}

/** A picture an adapter needs: which slot rule applies, and which original fills it. */
export interface MediaUse {
  slot: string
  /** Draft field path the original comes from (for messages and links). */
  path: string
  /** sha256 of the original in the media store. */
  source: string
  /**
   * The merchant's crop (logos), corners as fractions of the upright picture; applied to
   * the bytes before the slot's rule. Absent: the rule's own centre crop, if any.
   */
  crop?: FractionBox
}

/**
 * Normalised media, resolved by the bundle layer before payloads are built: for a
 * (slot, source) pair, the bundle-relative file that holds the normalised image.
 */
export interface ResolvedMedia {
  file(slot: string, source: string): BundleFileRef
}

export interface BundleFileRef {
  /** `media/<sha256>.<ext>` inside the bundle. */
  path: string
  sha256: string
  bytes: number
}

/** Where a value the uploader fills in comes from: a field of an earlier call's answer. */
export interface ValueSource {
  /** The platform method or endpoint whose response holds the value. */
  call: string
  /** The response field, e.g. `image_id`, `batch_no`. */
  field: string
  /** The bundle's payload file of that call, when the bundle holds it (set by the plan). */
  callFile?: string
}

/**
 * A value the uploader must replace: a media id from an upload call, ciphertext, or a value
 * an earlier call of the plan returns (`response`, e.g. 代签约's `batch_no`).
 */
export interface PayloadPlaceholder {
  /** JSON pointer into the body (RFC 6901). */
  pointer: string
  kind: 'media-id' | 'encrypt' | 'response'
  /** For media-id: the bundle file to upload first. */
  file?: string
  /** For response: which call's answer and which field. */
  source?: ValueSource
  /** For response: the literal standing there now (e.g. `<batch_no>`), replaced whole. */
  marker?: string
}

/** A parameter the uploader adds beside the body: fixed, or computed by the uploader. */
export interface TransportParameter {
  name: string
  /** The value to send; absent when the uploader supplies it (its key, a signature, a time). */
  value?: string
  /** What the uploader puts there when `value` is absent. */
  supply?: string
}

/**
 * How one call travels, stated so a sender can follow it literally. Only the Alipay open
 * gateway (OpenAPI v2) is described so far; other platforms' calls have no transport.
 */
export interface CallTransport {
  protocol: 'alipay-gateway-v2'
  httpMethod: 'POST'
  url: string
  /** The gateway's `method` parameter. */
  method: string
  /**
   * `biz_content`: the body is serialised as one JSON string in the form parameter
   * `biz_content`; `multipart`: each body field is a text part and each file field a file part.
   */
  body: 'biz_content' | 'multipart'
  /** Content type of the HTTP request body. */
  contentType: string
  /** Where the common parameters go: the query string, as Alipay's SDKs send them. */
  commonParametersIn: 'query'
  commonParameters: TransportParameter[]
}

/** A retry the platform's documents leave open, e.g. a parameter known under two names. */
export interface CallAlternative {
  /** The platform error that calls for it. */
  onError: string
  /** Body field → the other name to send the same value under. */
  renameFields: Record<string, string>
}

/** One API call of a platform's sequence, in the order it must be made. */
export interface BundlePart {
  /** Short slug for the file name `payload/NN-<name>.json`. */
  name: string
  /** The platform's method or endpoint, e.g. `POST /v3/applyment4sub/applyment/`. */
  endpoint: string
  /** json; multipart (text fields and files); form (url-encoded text fields only). */
  contentType: 'json' | 'multipart' | 'form'
  /** The body exactly as the platform takes it (text fields for multipart). */
  body: Record<string, unknown>
  /** multipart only: form field name → bundle file. */
  files?: Record<string, string>
  placeholders?: PayloadPlaceholder[]
  /** A condition to wait for before this call (a plan, not back-to-back calls). */
  waitFor?: string
  /** Fields already encrypted by Kaitong, with the key id to send as a header. */
  encryption?: { keyId: string; pointers: string[] }
  /** A documented alternative to try when the platform answers with a given error. */
  alternative?: CallAlternative
}

export interface PayloadOptions {
  /** Encrypts a sensitive field for the platform; absent → fields are marked `encrypt`. */
  encrypt?: { keyId: string; encrypt(plaintext: string): string }
  /** Time the bundle is for (the revision's time): dates and codes derive from it. */
  now: Date
  /** Attempt number for ids that must change on resubmission (WeChat business_code). */
  attempt: number
}

export interface PlatformAdapter {
  id: PlatformId
  kind: 'payment' | 'listing'
  requirements(draft: DraftContent): Requirement[]
  validate(draft: DraftContent): Issue[]
  mediaSpecs: Readonly<Record<string, ImageSpec>>
  mediaUses(draft: DraftContent): MediaUse[]
  buildPayload(draft: DraftContent, media: ResolvedMedia, options: PayloadOptions): BundlePart[]
  /**
   * Message codes saying where an uncertain platform fact was read the stricter way; the
   * bundle's summary and README show them to the uploader.
   */
  notes?: readonly string[]
  /** How each call travels, where the platform's gateway is described (Alipay). */
  transport?(part: BundlePart): CallTransport
  /** Which upload call and response field give the ids that replace `media-id` placeholders. */
  mediaIdSource?: ValueSource
}
