import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { sha256Hex } from '../store/content-hash'
import { BundleError, type BundleErrorCode } from './errors'

/** The two steps that touch the disk; a caller may swap one to simulate a failure. */
export interface BundleWriteSteps {
  /** Creates `path` (it must not exist yet) holding `bytes`, flushed to disk. */
  write(path: string, bytes: Uint8Array): Promise<void>
  rename(from: string, to: string): Promise<void>
}

export interface WrittenBundle {
  path: string
  bytes: number
  sha256: string
}

async function writeNewFile(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

const NODE_STEPS: BundleWriteSteps = { write: writeNewFile, rename }

const ERRNO_CODES: Readonly<Record<string, BundleErrorCode>> = {
  ENOSPC: 'bundle.disk_full',
  EDQUOT: 'bundle.disk_full',
  EACCES: 'bundle.no_permission',
  EPERM: 'bundle.no_permission',
  EROFS: 'bundle.no_permission',
  ENOENT: 'bundle.folder_missing',
  ENOTDIR: 'bundle.folder_missing',
  EBUSY: 'bundle.file_in_use',
  ETXTBSY: 'bundle.file_in_use'
}

/**
 * Writes the bundle to a temp file in the target folder, then renames it into place, so a
 * reader never sees a partial bundle; on any failure the temp file is removed and the
 * error says what happened. Renaming over an older bundle of the same name replaces it.
 */
export async function writeBundleFile(
  bytes: Uint8Array,
  targetDir: string,
  fileName: string,
  steps: Partial<BundleWriteSteps> = {}
): Promise<WrittenBundle> {
  const { write, rename: move } = { ...NODE_STEPS, ...steps }
  const target = join(targetDir, fileName)
  if (!fileName || fileName !== basename(fileName) || fileName.startsWith('.')) {
    throw new BundleError('bundle.write_failed', { path: target, reason: 'EINVAL' })
  }
  // Same folder as the target: a rename across file systems would not be atomic.
  const temp = join(targetDir, `.${fileName}.${randomBytes(6).toString('hex')}.partial`)
  try {
    await write(temp, bytes)
    await move(temp, target)
  } catch (cause) {
    // Best effort: the original failure is what the user needs to hear about.
    await rm(temp, { force: true }).catch(() => undefined)
    throw writeError(cause, target)
  }
  return { path: target, bytes: bytes.length, sha256: sha256Hex(bytes) }
}

function writeError(cause: unknown, path: string): BundleError {
  const errno =
    cause instanceof Error && 'code' in cause && typeof cause.code === 'string'
      ? cause.code
      : 'unknown'
  const code = ERRNO_CODES[errno] ?? 'bundle.write_failed'
  return new BundleError(code, { path, reason: errno }, undefined, cause)
}
