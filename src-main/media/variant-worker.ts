/**
 * A worker of the variant pool: one stored original in, every requested slot's variant out,
 * from a single decode. Runs in a worker thread, so it only sees plain data; it reads and
 * decrypts the original itself, which keeps those megabytes off the main thread.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import sharp from 'sharp'
import type { DecodeLimits } from './decode'
import { decryptFile } from './file-cipher'
import { MediaError } from './media-error'
import { normalizeForSpecs, type VariantRequest } from './normalize'

export interface VariantTask {
  /** The encrypted original in the content store, named by its plaintext SHA-256. */
  source: { path: string; sha256: string; key: Uint8Array }
  requests: VariantRequest[]
  limits: DecodeLimits
  /** libvips threads per image, so the pool's workers together use each core once. */
  concurrency: number
}

export type VariantOutcome =
  | { ok: true; sha256: string; mime: string; width: number; height: number; bytes: number }
  | { ok: false; code: MediaError['code']; params: MediaError['params'] }

export type VariantResult =
  | {
      outcomes: VariantOutcome[]
      /** Each distinct picture once, by SHA-256: slots often take the same one. */
      files: Map<string, Uint8Array>
    }
  /** The original could not be read (gone, or damaged): nothing about the slots is known. */
  | { unreadable: { code: MediaError['code']; params: MediaError['params'] } }

export default async function makeVariants(task: VariantTask): Promise<VariantResult> {
  sharp.concurrency(task.concurrency)
  let original: Buffer
  try {
    const { path, sha256, key } = task.source
    original = decryptFile(key, sha256, await readFile(path))
  } catch (error) {
    const found =
      error instanceof MediaError
        ? error
        : new MediaError('media.not_found', { sha256: task.source.sha256 })
    return { unreadable: { code: found.code, params: found.params } }
  }
  const results = await normalizeForSpecs(original, task.requests, task.limits).catch(
    (error: unknown) => {
      // A source that cannot be decoded fails every slot the same way.
      if (error instanceof MediaError) return task.requests.map(() => error)
      throw error
    }
  )
  const files = new Map<string, Uint8Array>()
  const outcomes = results.map((result): VariantOutcome => {
    if (result instanceof MediaError) return { ok: false, code: result.code, params: result.params }
    const sha256 = createHash('sha256').update(result.data).digest('hex')
    files.set(sha256, result.data)
    const { mime, width, height, bytes } = result
    return { ok: true, sha256, mime, width, height, bytes }
  })
  return { outcomes, files }
}
