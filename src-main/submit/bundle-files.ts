import { readFile } from 'node:fs/promises'
import { KaitongError } from '../api/result'
import { verifyBundle, type BundleManifest } from '../bundle'
import { listZipEntries, readZipEntry } from '../bundle/zip-read'
import type { BundlePart, CallTransport } from '../platforms/adapter'

/** One payload file as the bundle wrote it (bundle/plan.ts `payloadJson`). */
export interface PayloadFile {
  call: string
  contentType: BundlePart['contentType']
  transport?: CallTransport
  body: Record<string, unknown>
  files?: Record<string, string>
  waitFor?: string
  encryption?: BundlePart['encryption']
  alternative?: BundlePart['alternative']
}

export interface BundleFiles {
  manifest: BundleManifest
  /** A verified entry's bytes; throws for a path the manifest does not list. */
  bytes(path: string): Uint8Array
  payload(path: string): PayloadFile
}

/**
 * The exported bundle, read back and checked against its own manifest before anything of it
 * is sent: what goes out is exactly what the export wrote and the merchant could inspect.
 */
export async function readBundleFiles(path: string): Promise<BundleFiles> {
  let zip: Uint8Array
  try {
    zip = await readFile(path)
  } catch {
    throw new KaitongError('submit.bundle_missing', { path })
  }
  const verification = verifyBundle(zip)
  if (!verification.ok || !verification.manifest) {
    throw new KaitongError('submit.bundle_damaged', { path })
  }
  const manifest = verification.manifest
  const entries = new Map(listZipEntries(zip).map((entry) => [entry.name, entry]))
  const sizes = new Map(manifest.files.map((file) => [file.path, file.bytes]))
  const bytes = (entryPath: string): Uint8Array => {
    const entry = entries.get(entryPath)
    const size = sizes.get(entryPath)
    const read = entry && size !== undefined ? readZipEntry(zip, entry, size) : undefined
    if (!read?.ok) throw new KaitongError('submit.bundle_damaged', { path })
    return read.data
  }
  return {
    manifest,
    bytes,
    payload: (entryPath) => JSON.parse(new TextDecoder().decode(bytes(entryPath))) as PayloadFile
  }
}
