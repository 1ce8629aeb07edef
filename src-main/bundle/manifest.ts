import { z } from 'zod'
import { PLATFORM_IDS } from '../platforms/adapter'

export const BUNDLE_FORMAT = 'kaitong-bundle'
export const BUNDLE_FORMAT_VERSION = 1
export const MANIFEST_PATH = 'manifest.json'

/**
 * An entry path that would land outside the folder it is unpacked into (zip-slip), or
 * mean different things on Windows and elsewhere: absolute, a drive letter, a backslash,
 * a `.` or `..` segment, or control characters.
 */
export function isUnsafeEntryPath(path: string): boolean {
  return (
    path === '' ||
    path.startsWith('/') ||
    path.includes('\\') ||
    /^[A-Za-z]:/.test(path) ||
    /\p{Cc}/u.test(path) ||
    path.split('/').some((segment) => segment === '.' || segment === '..')
  )
}

const EntryPath = z.string().refine((path) => !isUnsafeEntryPath(path), 'unsafe path')
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/)

export const BundleFileRecord = z.object({
  path: EntryPath,
  bytes: z.number().int().nonnegative(),
  sha256: Sha256
})
export type BundleFileRecord = z.output<typeof BundleFileRecord>

/** Which earlier call's answer, and which field of it, fills a value; `callFile` when the bundle holds that call. */
const ValueSource = z.object({
  call: z.string(),
  field: z.string(),
  callFile: EntryPath.optional()
})

/** `manifest.json`: what the bundle holds and what the uploader must still do. */
export const BundleManifest = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  appVersion: z.string(),
  platform: z.enum(PLATFORM_IDS),
  draftId: z.string(),
  revision: z.number().int().nonnegative(),
  /** The revision's time, never the export's, so a re-export gives the same bytes. */
  created: z.iso.datetime(),
  /** Every entry but manifest.json itself, sorted by path. */
  files: z.array(BundleFileRecord),
  /** Payload files in the order the calls must be made. */
  calls: z.array(EntryPath),
  /** Values Kaitong encrypted: send `keyId` with that call (WeChat Pay: `Wechatpay-Serial`). */
  encrypted: z.array(z.object({ file: EntryPath, pointer: z.string(), keyId: z.string() })),
  /** Plaintext values the uploader must encrypt before sending. */
  toEncrypt: z.array(z.object({ file: EntryPath, pointer: z.string() })),
  /** Values to replace with the id the platform returns for uploading `media` (`source`: which call and field). */
  mediaToUpload: z.array(
    z.object({
      file: EntryPath,
      pointer: z.string(),
      media: EntryPath,
      source: ValueSource.optional()
    })
  ),
  /** Values (each `marker` now) to replace with a field of an earlier call's answer. */
  fromResponses: z
    .array(
      z.object({ file: EntryPath, pointer: z.string(), marker: z.string(), source: ValueSource })
    )
    .default([])
})
export type BundleManifest = z.output<typeof BundleManifest>
