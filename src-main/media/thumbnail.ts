import { Sha256Hex } from '../domain/media-ref'
import type { MediaStore } from './store'

export interface Thumbnail {
  bytes: Uint8Array
  mime: string
}

/**
 * What the renderer's <img> gets for a picture: a small WebP of a known original, or
 * null for anything that is not a stored hash (no paths ever reach this).
 */
export async function readThumbnail(store: MediaStore, sha256: string): Promise<Thumbnail | null> {
  if (!Sha256Hex.safeParse(sha256).success) return null
  try {
    store.get(sha256)
    const variant = await store.thumbnail(sha256)
    return { bytes: await store.read(variant.sha256), mime: variant.mime }
  } catch {
    return null
  }
}
