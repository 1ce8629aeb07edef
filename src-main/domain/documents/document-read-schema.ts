import { z } from 'zod'
import { Sha256Hex } from '../media-ref'

/**
 * What Kaitong read from the merchant's document photos, kept in the profile beside what was
 * typed (document-reads.ts fills and cross-checks with it).
 */
export const DocumentKind = z.enum(['licence', 'idFront', 'idBack'])
export type DocumentKind = z.output<typeof DocumentKind>

export const ReadValueSchema = z.object({
  value: z.string().max(512),
  confidence: z.number().min(0).max(1),
  /** Where on the photo it was read: corner points in the upright photo's pixels. */
  box: z.array(z.tuple([z.number().finite(), z.number().finite()])).max(8)
})

/** Sharpness and exposure of the photo, measured on its pixels (media/ocr/quality.ts). */
export const PhotoQuality = z.object({
  sharpness: z.number(),
  brightness: z.number(),
  glare: z.number(),
  verdict: z.enum(['ok', 'blurred', 'dark', 'glare'])
})
export type PhotoQuality = z.output<typeof PhotoQuality>

export const DocumentRead = z.object({
  /** The photo this was read from: a read of a replaced photo is ignored. */
  sha256: Sha256Hex,
  kind: DocumentKind,
  fields: z.record(z.string().max(64), ReadValueSchema),
  quality: PhotoQuality,
  /** How many lines of text the OCR found at all. */
  lines: z.number().int().nonnegative()
})
export type DocumentRead = z.output<typeof DocumentRead>

export const DocumentReads = z.object({
  licence: DocumentRead.nullable().default(null),
  idFront: DocumentRead.nullable().default(null),
  idBack: DocumentRead.nullable().default(null)
})
export type DocumentReads = z.output<typeof DocumentReads>
