import type { RejectionReason } from '../../domain/ledger'
import { fieldForReason } from './reason-fields'

/** Status answers arrive as parsed JSON of unknown shape: these read it defensively. */
export type Json = Record<string, unknown>

export function object(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined
}

export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return undefined
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/** A reason with the field it names, or none recognised. */
export function reason(text: string, platformField?: string): RejectionReason {
  const path = fieldForReason(`${platformField ?? ''} ${text}`, platformField)
  return {
    text,
    ...(platformField ? { platformField } : {}),
    ...(path ? { path } : {})
  }
}

/**
 * Prose that lists several reasons in one string (WeChat's "1:…<br>2:…", Douyin's "a;b"):
 * one reason each, so each can point at its own field.
 */
export function splitReasons(prose: string): string[] {
  return prose
    .split(/<br\s*\/?>|[\n;；]/)
    .map((part) => part.replace(/^\s*(\d+|\(\d+\))[:：.、)]\s*/, '').trim())
    .filter((part) => part.length > 0)
}

/** Thrown when an answer is not one this platform gives: the user pasted the wrong thing. */
export class UnrecognisedAnswer extends Error {
  constructor(readonly platform: string) {
    super(`not a ${platform} status answer`)
    this.name = 'UnrecognisedAnswer'
  }
}
