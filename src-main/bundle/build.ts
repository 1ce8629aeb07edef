import { z } from 'zod'
import type { DraftContent } from '../domain/draft'
import type { Issue } from '../domain/issue'
import type { PayloadOptions, PlatformAdapter, ResolvedMedia } from '../platforms/adapter'
import { sha256Hex } from '../store/content-hash'
import { BundleError } from './errors'
import { bundleFileName } from './file-name'
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  MANIFEST_PATH,
  type BundleFileRecord,
  type BundleManifest
} from './manifest'
import { payloadJson, planCalls, type BundlePlan } from './plan'
import { renderReadme } from './readme'
import { renderSummary, type BundleAbout } from './summary'
import { writeZip, type ZipInput } from './zip'

export interface BundleDraft {
  id: string
  revision: number
  /** ISO 8601 with a zone; every time in the bundle derives from it. */
  revisionCreatedAt: string
  title: string
  content: DraftContent
}

export interface BundleMedia {
  /** Normalised files by bundle path (`media/<sha256>.<ext>`); only those the calls use are packed. */
  files: ReadonlyMap<string, Uint8Array>
  resolved: ResolvedMedia
  /** Small JPEGs of the files by the same paths, for summary.html; absent: no thumbnails. */
  thumbnails?: ReadonlyMap<string, Uint8Array>
}

export interface BundleInput {
  adapter: PlatformAdapter
  draft: BundleDraft
  media: BundleMedia
  /** This platform's precheck findings: errors refuse the bundle, warnings go in the summary. */
  issues: readonly Issue[]
  appVersion: string
  /** Submission attempt, 1 for the first: ids that must change on resubmission derive from it. */
  attempt?: number
  /**
   * Encrypts sensitive fields now; without it they are listed for the uploader. RSA-OAEP is
   * randomised, so only bundles built without it are byte-identical across builds.
   */
  encrypt?: PayloadOptions['encrypt']
}

export interface BuiltBundle {
  bytes: Uint8Array<ArrayBuffer>
  manifest: BundleManifest
  /** Suggested name: merchant, platform and the revision's date. */
  fileName: string
}

const MEDIA_PATH = /^media\/([0-9a-f]{64})\.[a-z0-9]{1,8}$/
const encoder = new TextEncoder()

/**
 * The submission bundle for one platform, as zip bytes that depend only on the input: the
 * same draft revision gives the same bytes on any machine, in any time zone.
 */
export function buildBundle(input: BundleInput): BuiltBundle {
  const { adapter, draft } = input
  const errors = input.issues.filter((found) => found.severity === 'error')
  if (errors.length > 0) {
    throw new BundleError(
      'bundle.precheck_errors',
      { platform: adapter.id, count: errors.length },
      errors
    )
  }
  const created = revisionTime(draft.revisionCreatedAt)
  const plan = planCalls(
    adapter.buildPayload(draft.content, input.media.resolved, {
      now: created,
      attempt: input.attempt ?? 1,
      encrypt: input.encrypt
    }),
    adapter
  )
  const media = packMedia(plan, input.media.files)
  const about: BundleAbout = {
    platform: adapter.id,
    merchant: merchantName(draft),
    title: draft.title,
    draftId: draft.id,
    revision: draft.revision,
    created: created.toISOString(),
    appVersion: input.appVersion,
    notes: adapter.notes ?? []
  }

  const entries = new Map<string, ZipInput>()
  const addText = (path: string, text: string): void => {
    entries.set(path, { data: encoder.encode(text), store: false })
  }
  for (const call of plan.calls) addText(call.path, payloadJson(call))
  for (const [path, { data }] of media) entries.set(path, { data, store: true })
  const pictures = adapter.mediaUses(draft.content).map((use) => ({
    file: input.media.resolved.file(use.slot, use.source).path,
    path: use.path
  }))
  addText(
    'summary.html',
    renderSummary({
      about,
      plan,
      content: draft.content,
      requirements: adapter.requirements(draft.content),
      pictures: pictures.filter((picture) => media.has(picture.file)),
      thumbnails: input.media.thumbnails ?? new Map(),
      warnings: input.issues
    })
  )
  addText('README.txt', renderReadme(about, plan))

  const files: BundleFileRecord[] = [...entries.keys()].sort().map((path) => {
    const data = entries.get(path)?.data ?? new Uint8Array()
    // A picture's hash was just checked against its name: hashing it again would only cost.
    return { path, bytes: data.length, sha256: media.get(path)?.sha256 ?? sha256Hex(data) }
  })
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    appVersion: input.appVersion,
    platform: adapter.id,
    draftId: draft.id,
    revision: draft.revision,
    created: about.created,
    files,
    calls: plan.calls.map((call) => call.path),
    encrypted: plan.encrypted,
    toEncrypt: plan.toEncrypt,
    mediaToUpload: plan.mediaToUpload,
    fromResponses: plan.fromResponses
  }
  addText(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`)

  return {
    bytes: writeZip(entries, created),
    manifest,
    fileName: bundleFileName(about.merchant, adapter.id, created)
  }
}

/** The name a merchant knows the case by: the registered name, else the short name, else the title. */
export function merchantName(draft: Pick<BundleDraft, 'title' | 'content'>): string {
  const { licence, business } = draft.content.merchant
  return licence.registeredName.trim() || business.shortName.trim() || draft.title
}

/**
 * A zone-less time would be read in the machine's zone and break determinism; a zip's DOS
 * date holds only 1980–2099 as fflate writes it.
 */
function revisionTime(iso: string): Date {
  const time = new Date(iso)
  const year = time.getUTCFullYear()
  if (!z.iso.datetime({ offset: true }).safeParse(iso).success || year < 1980 || year > 2099) {
    throw new BundleError('bundle.invalid_revision_time', { value: iso })
  }
  return time
}

/** The media files the calls refer to, each checked against the hash in its name. */
function packMedia(
  plan: BundlePlan,
  files: ReadonlyMap<string, Uint8Array>
): Map<string, { data: Uint8Array; sha256: string }> {
  const packed = new Map<string, { data: Uint8Array; sha256: string }>()
  for (const { path, call } of plan.media) {
    const hash = MEDIA_PATH.exec(path)?.[1]
    if (!hash) throw new BundleError('bundle.media_mismatch', { file: path })
    const data = files.get(path)
    if (!data) throw new BundleError('bundle.media_missing', { call, file: path })
    if (sha256Hex(data) !== hash) throw new BundleError('bundle.media_mismatch', { file: path })
    packed.set(path, { data, sha256: hash })
  }
  return packed
}
