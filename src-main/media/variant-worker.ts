/**
 * A worker of the variant pool: one source in, every requested slot's variant out, from a
 * single decode. Runs in a worker thread, so it only sees plain data.
 */
import { createHash } from 'node:crypto'
import sharp from 'sharp'
import type { DecodeLimits } from './decode'
import { MediaError } from './media-error'
import { normalizeForSpecs, type VariantRequest } from './normalize'

export interface VariantTask {
  source: Uint8Array
  requests: VariantRequest[]
  limits: DecodeLimits
  /** libvips threads per image, so the pool's workers together use each core once. */
  concurrency: number
}

export type VariantOutcome =
  | {
      ok: true
      data: Uint8Array
      sha256: string
      mime: string
      width: number
      height: number
      bytes: number
    }
  | { ok: false; code: MediaError['code']; params: MediaError['params'] }

export default async function makeVariants(task: VariantTask): Promise<VariantOutcome[]> {
  sharp.concurrency(task.concurrency)
  const results = await normalizeForSpecs(task.source, task.requests, task.limits).catch(
    (error: unknown) => {
      // A source that cannot be read fails every slot the same way.
      if (error instanceof MediaError) return task.requests.map(() => error)
      throw error
    }
  )
  return results.map((result) =>
    result instanceof MediaError
      ? { ok: false, code: result.code, params: result.params }
      : {
          ok: true,
          data: result.data,
          sha256: createHash('sha256').update(result.data).digest('hex'),
          mime: result.mime,
          width: result.width,
          height: result.height,
          bytes: result.bytes
        }
  )
}
