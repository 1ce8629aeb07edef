import { z } from 'zod'
import { Sha256Hex } from './media-ref'

/**
 * Field builders every draft area uses. Text is empty until typed and unbounded in the
 * schema, so a draft always saves whatever was typed; its length limit is recorded beside
 * the schema (TEXT_LIMIT) and checked as a rule (field-limits.ts), so an over-long value is
 * an issue on its field, never a refused save.
 */
export const TEXT_LIMIT = z.registry<{ maxLength: number; picked?: boolean }>()

export function text(max: number) {
  return z.string().register(TEXT_LIMIT, { maxLength: max }).default('')
}

/** Text chosen from a list (a region, a date): limited like typed text, with no counter shown. */
export function picked(max: number) {
  return z.string().register(TEXT_LIMIT, { maxLength: max, picked: true }).default('')
}

/** A picture in a list: lists hold only pictures actually given, never null slots. */
export const Picture = z.object({ sha256: Sha256Hex })
export type Picture = z.output<typeof Picture>

export function pictures(max: number) {
  return z.array(Picture).max(max).default([])
}
