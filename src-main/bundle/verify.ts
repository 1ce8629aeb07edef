import type { IssueParams } from '../domain/issue'
import { sha256Hex } from '../store/content-hash'
import { BUNDLE_FORMAT_VERSION, BundleManifest, isUnsafeEntryPath, MANIFEST_PATH } from './manifest'
import type { BundleMessageCode } from '../domain/bundle-messages'
import { listZipEntries, readZipEntry, type ZipEntryInfo } from './zip-read'

export type BundleProblemCode = Extract<
  BundleMessageCode,
  | 'bundle.not_a_zip'
  | 'bundle.manifest_missing'
  | 'bundle.manifest_invalid'
  | 'bundle.format_unsupported'
  | 'bundle.entry_tampered'
  | 'bundle.entry_missing'
  | 'bundle.entry_extra'
  | 'bundle.entry_duplicate'
  | 'bundle.entry_unsafe_path'
  | 'bundle.entry_too_large'
  | 'bundle.entry_not_a_file'
  | 'bundle.entry_crc_mismatch'
  | 'bundle.entry_inflates_past_size'
>

export interface BundleProblem {
  code: BundleProblemCode
  /** The entry concerned; empty when the problem is the whole file. */
  path: string
  params: IssueParams
}

export interface BundleVerification {
  ok: boolean
  problems: BundleProblem[]
  /** Present whenever manifest.json could be read. */
  manifest?: BundleManifest
}

/** No bundle entry comes near this; a larger claim is a zip bomb, not a picture. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024

function problem(code: BundleProblemCode, path = '', params: IssueParams = {}): BundleProblem {
  return { code, path, params: { path, ...params } }
}

/**
 * Checks a bundle against its own manifest: every listed file present with its size,
 * CRC-32 and SHA-256, nothing unlisted, no path that escapes the folder it is unpacked into,
 * nothing that unzip would create as a symlink, device or folder. Reads untrusted bytes, so
 * it never unpacks an unsafe, duplicate or oversized entry, and stops inflating an entry
 * once it passes the size the manifest declares.
 */
export function verifyBundle(bytes: Uint8Array): BundleVerification {
  let entries: ZipEntryInfo[]
  try {
    entries = listZipEntries(bytes)
  } catch {
    return { ok: false, problems: [problem('bundle.not_a_zip')] }
  }

  const problems: BundleProblem[] = []
  const readable = new Map<string, ZipEntryInfo>()
  const seen = new Set<string>()
  for (const entry of entries) {
    if (isUnsafeEntryPath(entry.name)) {
      problems.push(problem('bundle.entry_unsafe_path', entry.name))
    } else if (entry.kind !== 'file') {
      problems.push(problem('bundle.entry_not_a_file', entry.name, { kind: entry.kind }))
    } else if (seen.has(entry.name)) {
      problems.push(problem('bundle.entry_duplicate', entry.name))
      readable.delete(entry.name)
    } else if (entry.originalSize > MAX_ENTRY_BYTES) {
      problems.push(
        problem('bundle.entry_too_large', entry.name, {
          bytes: entry.originalSize,
          max: MAX_ENTRY_BYTES
        })
      )
    } else {
      readable.set(entry.name, entry)
    }
    seen.add(entry.name)
  }

  /** The entry's bytes, or why they cannot be trusted. `sha256` when the manifest has one. */
  const read = (
    entry: ZipEntryInfo,
    maxBytes: number,
    sha256?: string
  ): Uint8Array | BundleProblem => {
    const found = readZipEntry(bytes, entry, maxBytes)
    if (!found.ok) {
      return found.reason === 'inflates_past_size'
        ? problem('bundle.entry_inflates_past_size', entry.name, { declared: maxBytes })
        : problem('bundle.entry_tampered', entry.name)
    }
    // Changed content is tampering; content that matches but not its CRC is a damaged zip.
    if (
      sha256 !== undefined &&
      (found.data.length !== maxBytes || sha256Hex(found.data) !== sha256)
    )
      return problem('bundle.entry_tampered', entry.name)
    if (!found.crcMatches) return problem('bundle.entry_crc_mismatch', entry.name)
    return found.data
  }

  const manifestEntry = readable.get(MANIFEST_PATH)
  if (!manifestEntry) {
    if (!seen.has(MANIFEST_PATH)) problems.push(problem('bundle.manifest_missing', MANIFEST_PATH))
    return { ok: false, problems }
  }
  const manifestData = read(manifestEntry, MAX_ENTRY_BYTES)
  if (!(manifestData instanceof Uint8Array))
    return { ok: false, problems: [...problems, manifestData] }
  const parsed = parseManifest(manifestData)
  if ('problem' in parsed) return { ok: false, problems: [...problems, parsed.problem] }
  const { manifest } = parsed

  for (const file of manifest.files) {
    const entry = readable.get(file.path)
    if (!entry) {
      // A duplicate or oversized entry is already reported under its own code.
      if (!seen.has(file.path)) problems.push(problem('bundle.entry_missing', file.path))
      continue
    }
    const data = read(entry, file.bytes, file.sha256)
    if (!(data instanceof Uint8Array)) problems.push(data)
  }
  const listed = new Set(manifest.files.map((file) => file.path))
  for (const name of readable.keys()) {
    if (name !== MANIFEST_PATH && !listed.has(name)) {
      problems.push(problem('bundle.entry_extra', name))
    }
  }
  return { ok: problems.length === 0, problems, manifest }
}

type ParsedManifest = { manifest: BundleManifest } | { problem: BundleProblem }

function parseManifest(data: Uint8Array): ParsedManifest {
  const invalid = (detail: string): ParsedManifest => ({
    problem: problem('bundle.manifest_invalid', MANIFEST_PATH, { detail })
  })
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data))
  } catch {
    return invalid('not JSON')
  }
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion
  if (typeof version === 'number' && version > BUNDLE_FORMAT_VERSION) {
    return { problem: problem('bundle.format_unsupported', MANIFEST_PATH, { version }) }
  }
  const result = BundleManifest.safeParse(raw)
  if (!result.success) {
    const first = result.error.issues[0]
    return invalid(first ? `${first.path.join('.')}: ${first.message}` : 'schema')
  }
  const manifest = result.data
  // Every reference must name a listed file, or the uploader's plan points at nothing.
  const listed = new Set(manifest.files.map((file) => file.path))
  const references = [
    ...manifest.calls,
    ...[...manifest.encrypted, ...manifest.toEncrypt].map((entry) => entry.file),
    ...manifest.mediaToUpload.flatMap((entry) => [entry.file, entry.media]),
    ...manifest.fromResponses.map((entry) => entry.file),
    ...[...manifest.mediaToUpload, ...manifest.fromResponses].flatMap((entry) =>
      entry.source?.callFile ? [entry.source.callFile] : []
    )
  ]
  const dangling = references.find((path) => !listed.has(path))
  if (dangling) return invalid(`${dangling} is not in files`)
  if (listed.size !== manifest.files.length) return invalid('files lists a path twice')
  return { manifest }
}
