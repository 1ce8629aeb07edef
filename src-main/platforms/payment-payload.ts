import { issue, type Issue } from '../domain/issue'
import type { MediaRef } from '../domain/media-ref'
import { merchantFieldStates } from '../domain/merchant-fields'
import type { MerchantProfile } from '../domain/merchant-profile'
import type {
  BundlePart,
  ImageSpec,
  MediaUse,
  PaymentPlatformId,
  PayloadOptions,
  PayloadPlaceholder,
  PlatformAdapter,
  Requirement,
  ResolvedMedia,
  ValueSource
} from './adapter'

/**
 * What the two payment adapters share: a call is first planned as a tree whose leaves may
 * be pictures or sensitive values, then rendered against the resolved media and the
 * optional encryptor. Pointers are computed from the rendered body, so they always name a
 * value that is there, and empty values never reach a body (platforms reject `""` and
 * `null`; failure-modes.md row 8).
 */

/** A payment adapter also lists the notes on how it read uncertain platform facts. */
export interface PaymentAdapter extends PlatformAdapter {
  id: PaymentPlatformId
  kind: 'payment'
  /** Message codes (PAYMENT_MESSAGES) of the stricter readings this adapter made. */
  notes: readonly string[]
}

/** A picture in a call: the upload's id (or the file itself, for multipart) goes here. */
export class MediaNode {
  constructor(readonly use: MediaUse) {}
}

/** A value the platform wants encrypted. */
export class SecretNode {
  constructor(readonly text: string) {}
}

/** A value an earlier call of the plan returns; `marker` stands there until it is filled. */
export class ResponseNode {
  constructor(
    readonly source: ValueSource,
    readonly marker: string
  ) {}
}

export type BodyNode =
  | string
  | number
  | boolean
  | null
  | undefined
  | MediaNode
  | SecretNode
  | ResponseNode
  | readonly BodyNode[]
  | { readonly [key: string]: BodyNode }

export type BodyTree = { readonly [key: string]: BodyNode }

/** One API call before media and encryption are applied. */
export interface CallPlan {
  name: string
  endpoint: string
  contentType: BundlePart['contentType']
  body: BodyTree
  /** multipart only: form field → picture sent as the raw file. */
  files?: Readonly<Record<string, MediaNode | undefined>>
  waitFor?: string
}

/** A picture node for a draft field, or nothing when the field is empty. */
export function picture(slot: string, path: string, ref: MediaRef): MediaNode | undefined {
  return ref ? new MediaNode({ slot, path, source: ref.sha256 }) : undefined
}

/** Picture nodes for a list field, each with its index in the path. */
export function pictures(
  slot: string,
  path: string,
  refs: ReadonlyArray<{ sha256: string }>
): MediaNode[] {
  return refs.map(
    (ref, index) => new MediaNode({ slot, path: `${path}.${index}`, source: ref.sha256 })
  )
}

export interface RenderedBody {
  body: Record<string, unknown>
  placeholders: PayloadPlaceholder[]
  /** Pointers encrypted with `encrypt`, in document order. */
  encrypted: string[]
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1')
}

function isTree(node: BodyNode): node is BodyTree {
  return typeof node === 'object' && node !== null && !Array.isArray(node)
}

/**
 * The body as the platform takes it: pictures become media-id placeholders, secrets
 * ciphertext or `encrypt` marks, values of earlier answers `response` placeholders.
 */
export function renderBody(
  tree: BodyTree,
  media: ResolvedMedia,
  encrypt: PayloadOptions['encrypt']
): RenderedBody {
  const out: RenderedBody = { body: {}, placeholders: [], encrypted: [] }
  const render = (node: BodyNode, pointer: string): unknown => {
    if (node instanceof MediaNode) {
      const file = media.file(node.use.slot, node.use.source)
      out.placeholders.push({ pointer, kind: 'media-id', file: file.path })
      return file.path
    }
    if (node instanceof ResponseNode) {
      out.placeholders.push({
        pointer,
        kind: 'response',
        source: node.source,
        marker: node.marker
      })
      return node.marker
    }
    if (node instanceof SecretNode) {
      if (node.text === '') return undefined
      if (encrypt) {
        out.encrypted.push(pointer)
        return encrypt.encrypt(node.text)
      }
      out.placeholders.push({ pointer, kind: 'encrypt' })
      return node.text
    }
    if (Array.isArray(node)) {
      const items: unknown[] = []
      for (const child of node as readonly BodyNode[]) {
        const value = render(child, `${pointer}/${items.length}`)
        if (value !== undefined) items.push(value)
      }
      return items.length > 0 ? items : undefined
    }
    if (isTree(node)) {
      const entries: [string, unknown][] = []
      for (const [key, child] of Object.entries(node)) {
        const value = render(child, `${pointer}/${escapeToken(key)}`)
        if (value !== undefined) entries.push([key, value])
      }
      return entries.length > 0 ? Object.fromEntries(entries) : undefined
    }
    return node === '' || node === null ? undefined : node
  }
  out.body = (render(tree, '') as Record<string, unknown> | undefined) ?? {}
  return out
}

/** A planned call as a bundle part. */
export function renderCall(
  plan: CallPlan,
  media: ResolvedMedia,
  encrypt: PayloadOptions['encrypt']
): BundlePart {
  const rendered = renderBody(plan.body, media, encrypt)
  const files = Object.entries(plan.files ?? {}).flatMap(([field, node]) =>
    node ? [[field, media.file(node.use.slot, node.use.source).path] as const] : []
  )
  return {
    name: plan.name,
    endpoint: plan.endpoint,
    contentType: plan.contentType,
    body: rendered.body,
    ...(files.length > 0 ? { files: Object.fromEntries(files) } : {}),
    ...(rendered.placeholders.length > 0 ? { placeholders: rendered.placeholders } : {}),
    ...(plan.waitFor ? { waitFor: plan.waitFor } : {}),
    ...(encrypt && rendered.encrypted.length > 0
      ? { encryption: { keyId: encrypt.keyId, pointers: rendered.encrypted } }
      : {})
  }
}

function collectMedia(node: BodyNode, into: MediaNode[]): void {
  if (node instanceof MediaNode) into.push(node)
  else if (Array.isArray(node))
    for (const child of node as readonly BodyNode[]) collectMedia(child, into)
  else if (isTree(node)) for (const child of Object.values(node)) collectMedia(child, into)
}

/** Every picture the planned calls use, once per (slot, source, path), in call order. */
export function mediaUsesOf(plans: readonly CallPlan[]): MediaUse[] {
  const nodes: MediaNode[] = []
  for (const plan of plans) {
    collectMedia(plan.body, nodes)
    for (const node of Object.values(plan.files ?? {})) if (node) nodes.push(node)
  }
  const seen = new Set<string>()
  return nodes
    .map((node) => node.use)
    .filter((use) => {
      const key = `${use.slot}\u0000${use.source}\u0000${use.path}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}

/** One spec for every slot of a provider: payment pictures are documents and photos alike. */
export function specsForSlots(
  slots: readonly string[],
  spec: ImageSpec
): Readonly<Record<string, ImageSpec>> {
  return Object.fromEntries(slots.map((slot) => [slot, spec]))
}

/** UTF-8 length, the unit assumed for platform maxima that state none (payment-onboarding.md §0.5). */
export function utf8Length(value: string): number {
  let bytes = 0
  for (const char of value) {
    const point = char.codePointAt(0) ?? 0
    bytes += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4
  }
  return bytes
}

/** A due item; `code` names a dedicated issue when the generic "required" would not say enough. */
export interface DueItem extends Requirement {
  code?: string
}

/** Collects one provider's due list: profile items first (Merchant step), then payment ones. */
export interface DueList<Key extends string> {
  add(key: Key, path: string, met: boolean, code?: string): void
  /** Adds the item only when `applies`; items that do not apply are not due at all. */
  when(applies: boolean, key: Key, path: string, met: boolean): void
  items(): DueItem[]
}

/** `Key` is the provider's list of requirement keys, so each has a message in both languages. */
export function dueList<Key extends string>(provider: PaymentPlatformId): DueList<Key> {
  const items: DueItem[] = []
  const add = (key: Key, path: string, met: boolean, code?: string): void => {
    const step = path.startsWith('payment.') ? 'payment' : 'merchant'
    items.push({ id: `${provider}.${key}`, step, path, met, ...(code ? { code } : {}) })
  }
  return {
    add,
    when: (applies, key, path, met) => {
      if (applies) add(key, path, met)
    },
    items: () => [
      ...items.filter((item) => item.step === 'merchant'),
      ...items.filter((item) => item.step !== 'merchant')
    ]
  }
}

/** The due list as the UI shows it. */
export function toRequirements(items: readonly DueItem[]): Requirement[] {
  return items.map(({ id, step, path, met }) => ({ id, step, path, met }))
}

/**
 * Unmet items as errors, so an incomplete request can never be exported. A field the profile
 * itself requires and that is empty is already reported as `merchant.required`: not twice.
 */
export function unmetIssues(
  items: readonly DueItem[],
  provider: PaymentPlatformId,
  profile: MerchantProfile
): Issue[] {
  const emptyRequired = new Set(
    merchantFieldStates(profile)
      .filter((state) => state.requirement === 'required' && !state.filled)
      .map((state) => state.path)
  )
  return items
    .filter((item) => !item.met && (item.code !== undefined || !emptyRequired.has(item.path)))
    .map((item) => issue(item.code ?? `${provider}.required`, item.path, 'error'))
}
