import type { MediaMessageCode } from '../domain/media-messages'
import { KaitongError } from '../api/result'
import type { SpecProblemCode } from './spec-check'

/** Why a picture was refused or could not be made to fit; each has a message in MEDIA_MESSAGES. */
export type MediaErrorCode =
  | 'media.empty'
  | 'media.unsupported_type'
  | 'media.truncated'
  | 'media.decode_failed'
  | 'media.too_large_bytes'
  | 'media.too_many_pixels'
  | 'media.invalid_crop'
  | 'media.cannot_fit'
  | 'media.below_min_bytes'
  | 'media.no_writable_format'
  | 'media.not_found'
  | 'media.unreadable'

/** A failure the user can act on; the router turns it into `{ ok: false, error }` like any KaitongError. */
export class MediaError extends KaitongError {
  declare readonly code: MediaErrorCode

  constructor(code: MediaErrorCode, params?: Record<string, string | number>) {
    super(code, params)
    this.name = 'MediaError'
  }
}

/** Byte counts for messages: platforms state limits in MB (1 MB = 1024 × 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimDecimal(bytes / (1024 * 1024))} MB`
  if (bytes >= 1024) return `${trimDecimal(bytes / 1024)} KB`
  return `${bytes} B`
}

function trimDecimal(value: number): string {
  return String(Math.round(value * 10) / 10)
}

/** Compile-time check that every media code has a message in both languages. */
type HasMessage<T extends MediaMessageCode> = T
export type MediaCodesWithMessages = HasMessage<MediaErrorCode | SpecProblemCode>
