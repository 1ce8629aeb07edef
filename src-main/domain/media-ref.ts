import { z } from 'zod'

/** A picture in a draft is a reference to a content-addressed original, never a path. */
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'sha256')

export const MediaRef = z.object({ sha256: Sha256Hex }).nullable().default(null)
export type MediaRef = z.output<typeof MediaRef>

/** Every picture a draft's content refers to, once each, in the order first met. */
export function pictureHashes(content: unknown): string[] {
  const found = new Set<string>()
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') {
      const sha256 = (value as { sha256?: unknown }).sha256
      if (typeof sha256 === 'string' && Sha256Hex.safeParse(sha256).success) found.add(sha256)
      Object.values(value).forEach(visit)
    }
  }
  visit(content)
  return [...found]
}
