import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DraftContent } from '../../../src-main/domain/draft'
import type { BundlePart, ResolvedMedia } from '../../../src-main/platforms/adapter'

/**
 * The complete drafts of test/fixtures/drafts (one per subject type) and the recorded
 * request examples of test/fixtures/platforms, for the payment adapters' tests.
 */
export const SUBJECTS = [
  'enterprise',
  'individual',
  'government',
  'institution',
  'social',
  'other'
] as const
export type Subject = (typeof SUBJECTS)[number]

const FIXTURES = join(import.meta.dirname, '../../fixtures')

export function loadDraft(subject: Subject): DraftContent {
  const raw: unknown = JSON.parse(readFileSync(join(FIXTURES, 'drafts', `${subject}.json`), 'utf8'))
  return DraftContent.parse(raw)
}

/** A copy of a fixture draft with some fields changed. */
export function draftWith(subject: Subject, change: (draft: DraftContent) => void): DraftContent {
  const draft = structuredClone(loadDraft(subject))
  change(draft)
  return DraftContent.parse(draft)
}

export function loadExample(platform: 'wechat-pay' | 'alipay', name: string): BundlePart[] {
  const path = join(FIXTURES, 'platforms', platform, `${name}.json`)
  return JSON.parse(readFileSync(path, 'utf8')) as BundlePart[]
}

/** Each normalised picture as `media/<original sha256>.jpg`, as a bundle would name a JPEG. */
export const fakeMedia: ResolvedMedia = {
  file: (_slot, source) => ({ path: `media/${source}.jpg`, sha256: source, bytes: 204_800 })
}

/** Every leaf with its JSON pointer, in document order: a diff then names the field. */
export function fields(value: unknown, pointer = ''): Array<[string, unknown]> {
  if (Array.isArray(value)) {
    return value.flatMap((child: unknown, index) => fields(child, `${pointer}/${index}`))
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => fields(child, `${pointer}/${key}`))
  }
  return [[pointer, value]]
}

/** The value a JSON pointer names (tokens in our bodies need no unescaping). */
export function valueAt(root: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>(
      (current, token) =>
        current !== null && typeof current === 'object'
          ? (current as Record<string, unknown>)[token]
          : undefined,
      root
    )
}
