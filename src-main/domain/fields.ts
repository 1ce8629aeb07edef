import { z } from 'zod'
import { Sha256Hex } from './media-ref'

/**
 * Field builders every draft area uses. Text is bounded in size only, and empty until
 * typed, so a half-filled draft always saves; formats are rules, not schema.
 */
export function text(max: number) {
  return z.string().max(max).default('')
}

/** A picture in a list: lists hold only pictures actually given, never null slots. */
export const Picture = z.object({ sha256: Sha256Hex })
export type Picture = z.output<typeof Picture>

export function pictures(max: number) {
  return z.array(Picture).max(max).default([])
}
