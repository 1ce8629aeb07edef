import type { DraftContent } from '../domain/draft'
import type { Issue } from '../domain/issue'
import { pixelCrop, type MediaStore, type SourceUse } from '../media'
import type { BundleFileRef, PayloadOptions, PlatformAdapter } from '../platforms/adapter'
import { buildBundle, type BuiltBundle, type BundleDraft } from './build'
import { BundleError } from './errors'
import { summaryThumbnails } from './summary-thumbnails'
import { writeBundleFile, type WrittenBundle } from './write-file'

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/bmp': 'bmp'
}

export interface DraftBundleRequest {
  adapter: PlatformAdapter
  draft: BundleDraft
  /** The platform's precheck result (errors refuse the bundle). */
  issues: readonly Issue[]
  media: MediaStore
  appVersion: string
  encrypt?: PayloadOptions['encrypt']
}

/** Summary thumbnails made from each media store's pictures, reused across bundles. */
const thumbnailsMade = new WeakMap<MediaStore, Map<string, Promise<Uint8Array>>>()

function thumbnailMemo(media: MediaStore): Map<string, Promise<Uint8Array>> {
  const made = thumbnailsMade.get(media) ?? new Map<string, Promise<Uint8Array>>()
  thumbnailsMade.set(media, made)
  return made
}

/** Submission attempt for ids that must change on resubmission (WeChat's business_code). */
function attemptOf(content: DraftContent): number {
  return content.payment.wechat.attempt
}

/**
 * Makes every picture these platforms need from a draft in one go: each source decoded
 * once for all its slots, on the variant pool. Unknown slots and failures are left for
 * the caller's own loop to report in context.
 */
export async function prepareDraftMedia(
  adapters: readonly PlatformAdapter[],
  content: DraftContent,
  media: MediaStore,
  signal?: AbortSignal
): Promise<void> {
  const uses: SourceUse[] = []
  for (const adapter of adapters) {
    for (const use of adapter.mediaUses(content)) {
      const spec = adapter.mediaSpecs[use.slot]
      if (!spec || !media.has(use.source)) continue
      const crop = use.crop && (await pixelCrop(media, use.source, use.crop).catch(() => undefined))
      if (use.crop && !crop) continue
      uses.push({ source: use.source, spec, ...(crop ? { crop } : {}) })
    }
  }
  await media.prepare(uses, signal)
}

/**
 * Normalises every picture the adapter uses to its slot's rule (cached per source, spec
 * and crop), then builds the bundle in memory. Nothing is written here.
 */
export async function buildDraftBundle(request: DraftBundleRequest): Promise<BuiltBundle> {
  const { adapter, draft, media } = request
  const errors = request.issues.filter((found) => found.severity === 'error')
  if (errors.length > 0) {
    throw new BundleError(
      'bundle.precheck_errors',
      { platform: adapter.id, count: errors.length },
      errors
    )
  }
  await prepareDraftMedia([adapter], draft.content, media)
  const files = new Map<string, Uint8Array>()
  const refs = new Map<string, BundleFileRef>()
  for (const use of adapter.mediaUses(draft.content)) {
    const spec = adapter.mediaSpecs[use.slot]
    if (!spec) throw new BundleError('bundle.media_missing', { call: adapter.id, file: use.slot })
    const crop = use.crop && (await pixelCrop(media, use.source, use.crop))
    const variant = await media.variantFor(use.source, spec, crop)
    const path = `media/${variant.sha256}.${EXTENSIONS[variant.mime] ?? 'bin'}`
    if (!files.has(path)) files.set(path, await media.read(variant.sha256))
    refs.set(`${use.slot}\u0000${use.source}`, {
      path,
      sha256: variant.sha256,
      bytes: variant.bytes
    })
  }
  return buildBundle({
    adapter,
    draft,
    issues: request.issues,
    appVersion: request.appVersion,
    attempt: attemptOf(draft.content),
    ...(request.encrypt ? { encrypt: request.encrypt } : {}),
    media: {
      files,
      thumbnails: await summaryThumbnails(files, thumbnailMemo(media)),
      resolved: {
        file(slot, source) {
          const ref = refs.get(`${slot}\u0000${source}`)
          if (!ref) throw new BundleError('bundle.media_missing', { call: adapter.id, file: slot })
          return ref
        }
      }
    }
  })
}

/** Builds and writes one platform's bundle into `outDir` (temp file, then rename). */
export async function exportDraftBundle(
  request: DraftBundleRequest,
  outDir: string
): Promise<{ built: BuiltBundle; written: WrittenBundle }> {
  const built = await buildDraftBundle(request)
  const written = await writeBundleFile(built.bytes, outDir, built.fileName)
  return { built, written }
}
