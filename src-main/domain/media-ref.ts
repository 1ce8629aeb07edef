import { z } from 'zod'

/** A picture in a draft is a reference to a content-addressed original, never a path. */
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'sha256')

export const MediaRef = z.object({ sha256: Sha256Hex }).nullable().default(null)
export type MediaRef = z.output<typeof MediaRef>
