import { join } from 'node:path'
import type { ImageSpec } from '../platforms/adapter'
import type { MediaRecord, MediaRepo, MediaVariantRecord } from '../store/media'
import { createContentStore, hashBytes } from './content-store'
import {
  DEFAULT_DECODE_LIMITS,
  inspectImage,
  readImageHeader,
  type DecodeLimits,
  type ImageHeader
} from './decode'
import type { CropBox } from './geometry'
import { MediaError } from './media-error'
import { specKey, THUMBNAIL_SPEC, type VariantRequest } from './normalize'
import { checkAgainstSpec, type SpecVerdict } from './spec-check'
import { stripMetadata } from './strip-metadata'
import { createRecentBytes } from './recent-bytes'
import { sharedVariantPool, type VariantPool } from './variant-pool'

/**
 * Variants just made, kept decrypted for the bundles that pack them next: a bulk export has
 * a few drafts in flight, each with some 20 MB of pictures for all its platforms.
 */
const RECENT_BYTES = 96 * 1024 * 1024

/** A staged file older than this was left by a process that died mid-import. */
const STALE_STAGING_MS = 60 * 60 * 1000

export interface MediaStoreOptions {
  repo: MediaRepo
  /** The app's data folder; originals and variants live under `<dataDir>/media/`. */
  dataDir: string
  /** The media key (derived from the root key): every stored file is encrypted with it. */
  key: Uint8Array
  limits?: DecodeLimits
  /** Where variants are made; one shared pool per process by default. */
  pool?: VariantPool
}

/** A source picture as one slot uses it. */
export interface SourceUse {
  source: string
  spec: ImageSpec
  crop?: CropBox
}

export interface ImportRequest {
  bytes: Uint8Array
  /** Shown to the user only; the type always comes from the bytes. */
  originalName: string
  draftId: string
}

/**
 * The media library: originals kept once by SHA-256 and tracked in SQLite, which drafts
 * use them, and their normalised variants per (spec, crop), cached the same way.
 *
 * File and row changes happen in one synchronous step (rename, then transaction) after
 * all asynchronous work, so an import and a garbage collection can never interleave into
 * a row without its file or a file deleted under a new row.
 */
export function createMediaStore(options: MediaStoreOptions) {
  const { repo } = options
  const limits = options.limits ?? DEFAULT_DECODE_LIMITS
  const content = createContentStore(join(options.dataDir, 'media'), options.key)
  content.sweepStaging(STALE_STAGING_MS)
  const recent = createRecentBytes(RECENT_BYTES)
  const pool = options.pool ?? sharedVariantPool()
  const inFlight = new Map<string, Promise<MediaVariantRecord>>()
  const failures = new Map<string, MediaError>()
  // Content never changes under a hash, so a header read once stays true.
  const headers = new Map<string, ImageHeader>()

  /** Type, upright size and colour space of an original, from its header only (cached). */
  async function header(sha256: string): Promise<ImageHeader> {
    get(sha256)
    let found = headers.get(sha256)
    if (!found) {
      found = await readImageHeader(await read(sha256), limits)
      headers.set(sha256, found)
    }
    return found
  }

  function get(sha256: string): MediaRecord {
    const record = repo.get(sha256)
    if (!record) throw new MediaError('media.not_found', { sha256 })
    return record
  }

  function storeFile<T>(sha256: string, bytes: Uint8Array, record: () => T): Promise<T> {
    return storeFiles(new Map([[sha256, bytes]]), record)
  }

  /**
   * Puts the files under their hashes and records the rows. From the file check (or the
   * end of staging) to the rename, everything is synchronous, so a garbage collection cannot
   * slip in between; rows that fail (unknown draft, source collected) leave no file.
   */
  async function storeFiles<T>(files: ReadonlyMap<string, Uint8Array>, record: () => T) {
    const staged = new Map<string, string>()
    const discard = () => Promise.all([...staged.values()].map((temp) => content.discard(temp)))
    let result: T
    try {
      // Until, at one synchronous moment, every file is staged or already in place.
      for (;;) {
        const missing = [...files].filter(([sha256]) => !staged.has(sha256) && !content.has(sha256))
        if (missing.length === 0) break
        const stages = await Promise.allSettled(
          missing.map(async ([sha256, bytes]) => {
            staged.set(sha256, await content.stage(sha256, bytes))
          })
        )
        const failed = stages.find((stage) => stage.status === 'rejected')
        if (failed) throw failed.reason
      }
      result = record()
    } catch (error) {
      await discard()
      throw error
    }
    for (const [sha256, temp] of staged) content.commit(temp, sha256)
    return result
  }

  async function read(sha256: string): Promise<Buffer> {
    const held = recent.get(sha256)
    if (held) return Buffer.from(held.buffer, held.byteOffset, held.byteLength)
    return content.read(sha256).catch((error: unknown) => {
      throw error instanceof MediaError ? error : new MediaError('media.not_found', { sha256 })
    })
  }

  function deleteFiles(sha256s: readonly string[]): string[] {
    for (const sha256 of sha256s) {
      content.remove(sha256)
      recent.delete(sha256)
      headers.delete(sha256)
    }
    return [...sha256s]
  }

  /** A slot's variant not yet cached: where its answer will land. */
  interface Wanted {
    request: VariantRequest
    key: string
    settle: (outcome: Promise<MediaVariantRecord>) => void
  }

  /**
   * Makes the missing variants of one source in one worker task (one decode), then stores
   * each distinct file once and every row in one transaction (slots often share a picture).
   * Failures are remembered: the same bytes and rule fail the same way.
   */
  async function makeVariants(source: MediaRecord, wanted: Wanted[], signal?: AbortSignal) {
    const made = makeAndStore(source, wanted, signal)
    wanted.forEach((want, index) => {
      want.settle(
        made.then((all) => {
          const one = all[index]!
          if (one instanceof MediaError) throw one
          return one
        })
      )
    })
    await made.catch(() => undefined)
  }

  async function makeAndStore(
    source: MediaRecord,
    wanted: Wanted[],
    signal?: AbortSignal
  ): Promise<(MediaVariantRecord | MediaError)[]> {
    const { sha256 } = source
    const result = await pool.run(
      {
        source: { path: content.pathOf(sha256), sha256, key: options.key },
        requests: wanted.map((want) => want.request),
        limits
      },
      signal
    )
    if ('unreadable' in result)
      throw new MediaError(result.unreadable.code, result.unreadable.params)
    const made = result.outcomes.map((outcome, index): MediaVariantRecord | MediaError => {
      const { key } = wanted[index]!
      if (outcome.ok) {
        const { mime, width, height, bytes } = outcome
        return {
          sourceSha256: sha256,
          specKey: key,
          sha256: outcome.sha256,
          mime,
          width,
          height,
          bytes
        }
      }
      const error = new MediaError(outcome.code, outcome.params)
      failures.set(`${sha256}:${key}`, error)
      return error
    })
    return storeFiles(result.files, () => {
      // The source may have been collected while this was encoding.
      get(sha256)
      repo.putVariants(
        made.filter((one): one is MediaVariantRecord => !(one instanceof MediaError))
      )
      // The bundles about to be written read these next.
      for (const [file, data] of result.files) recent.set(file, data)
      return made
    })
  }

  /** The cached variant, the one being made, or a slot for a new one. */
  function lookup(
    sha256: string,
    request: VariantRequest
  ):
    | { ready: Promise<MediaVariantRecord> }
    | { wanted: Wanted; ready: Promise<MediaVariantRecord> } {
    const key = specKey(request.spec, request.crop)
    const cacheKey = `${sha256}:${key}`
    const failed = failures.get(cacheKey)
    if (failed) return { ready: Promise.reject(failed) }
    const cached = repo.getVariant(sha256, key)
    if (cached && content.has(cached.sha256)) return { ready: Promise.resolve(cached) }
    const pending = inFlight.get(cacheKey)
    if (pending) return { ready: pending }
    let settle!: Wanted['settle']
    const ready = new Promise<MediaVariantRecord>((resolve) => {
      settle = resolve
    }).finally(() => inFlight.delete(cacheKey))
    inFlight.set(cacheKey, ready)
    return { wanted: { request, key, settle }, ready }
  }

  /** Starts the variants one source lacks, as one task; resolves when each has an answer. */
  async function makeFor(
    sha256: string,
    requests: readonly VariantRequest[],
    signal?: AbortSignal
  ): Promise<Promise<MediaVariantRecord>[]> {
    const source = get(sha256)
    const found = requests.map((request) => lookup(sha256, request))
    const wanted = found.flatMap((entry) => ('wanted' in entry ? [entry.wanted] : []))
    if (wanted.length > 0) await makeVariants(source, wanted, signal)
    return found.map((entry) => entry.ready)
  }

  async function variantFor(
    sha256: string,
    spec: ImageSpec,
    crop?: CropBox
  ): Promise<MediaVariantRecord> {
    const [ready] = await makeFor(sha256, [{ spec, ...(crop ? { crop } : {}) }])
    return ready!
  }

  /**
   * Makes every missing variant these uses need, each source decoded once for all its
   * slots, a pool's width of sources at a time. Failures stay for `variantFor` to report.
   */
  async function prepare(uses: readonly SourceUse[], signal?: AbortSignal): Promise<void> {
    const bySource = new Map<string, VariantRequest[]>()
    for (const use of uses) {
      const requests = bySource.get(use.source) ?? []
      requests.push({ spec: use.spec, ...(use.crop ? { crop: use.crop } : {}) })
      bySource.set(use.source, requests)
    }
    const queue = [...bySource]
    const lane = async () => {
      for (let next = queue.shift(); next && !signal?.aborted; next = queue.shift()) {
        const [sha256, requests] = next
        // Unknown sources are for variantFor to report where the picture is used.
        if (!repo.get(sha256)) continue
        const made = await makeFor(sha256, requests, signal)
        await Promise.allSettled(made)
      }
    }
    await Promise.all(Array.from({ length: pool.width }, lane))
  }

  return {
    get,
    /** Checks, stores and links a picture to a draft; the same bytes are stored once. */
    async importMedia(request: ImportRequest): Promise<MediaRecord> {
      const header = await inspectImage(request.bytes, limits)
      // What is kept (and hashed) is the picture without its EXIF/GPS, pixels untouched.
      const stored = stripMetadata(header.kind, request.bytes)
      const sha256 = await hashBytes(stored)
      const record: MediaRecord = {
        sha256,
        mime: header.mime,
        width: header.width,
        height: header.height,
        bytes: stored.byteLength,
        originalName: request.originalName,
        createdAt: new Date().toISOString()
      }
      return storeFile(sha256, stored, () => repo.addToDraft(record, request.draftId))
    },

    /** Whether an original is in the library (a draft may name one that is gone). */
    has(sha256: string): boolean {
      return repo.get(sha256) !== undefined
    },

    listForDraft(draftId: string): MediaRecord[] {
      return repo.listForDraft(draftId)
    },

    /** The bytes of an original or a variant, by content hash. */
    read,

    header,

    /** The slot badge: does the original meet the spec as it is? Decodes no pixels. */
    async verdict(sha256: string, spec: ImageSpec): Promise<SpecVerdict> {
      const found = await header(sha256)
      return checkAgainstSpec({ ...found, format: found.kind }, spec)
    },

    /** The original normalised for a spec (and crop), made once and then served from the cache. */
    variantFor,

    prepare,

    /** A small WebP preview for the renderer, cached like any variant. */
    thumbnail(sha256: string): Promise<MediaVariantRecord> {
      return variantFor(sha256, THUMBNAIL_SPEC)
    },

    /**
     * Unlinks a picture from a draft and deletes it if no other draft uses it. Only for a
     * picture no revision of the draft still needs (undo would restore a dangling hash).
     */
    removeDraftMedia(draftId: string, sha256: string): string[] {
      repo.unlink(draftId, sha256)
      return deleteFiles(repo.removeUnused())
    },

    /**
     * Deletes originals no draft uses, their variants, and files nothing refers to; call it
     * after deleting a draft (draft_media rows go with the draft). Returns the deleted hashes.
     */
    collectOrphans(): string[] {
      return deleteFiles(repo.removeUnused())
    },

    /** An original's bytes arriving with their row from another store (`team pull`). */
    hasFile: (sha256: string): boolean => content.has(sha256),
    putFile: (sha256: string, bytes: Uint8Array): Promise<void> =>
      storeFile(sha256, bytes, () => undefined)
  }
}

export type MediaStore = ReturnType<typeof createMediaStore>
