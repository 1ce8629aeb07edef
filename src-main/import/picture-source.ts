import { realpathSync, readFileSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import { KaitongError } from '../api/result'
import { listZipEntries } from '../bundle/zip-read'
import { relativePicturePath } from '../domain/import-row'
import { DEFAULT_DECODE_LIMITS } from '../media'
import { MAX_UPLOADED_PICTURES_BYTES } from './limits'
import { readZipFile } from './zip-file'

/**
 * Where a sheet's pictures come from: a folder (CLI), a zip (CLI and app) or files uploaded
 * with their relative paths (the app's folder picker). `read` gets a path already made
 * relative by relativePicturePath; undefined means the picture is not there.
 */
export interface PictureSource {
  read(file: string): Uint8Array | undefined
}

export const NO_PICTURES: PictureSource = { read: () => undefined }

/** A folder on disk; a path (or a link) that resolves outside it is treated as missing. */
export function folderPictures(root: string): PictureSource {
  let base: string
  try {
    base = realpathSync(root)
  } catch {
    throw new KaitongError('import.pictures_unreadable', { file: root })
  }
  return {
    read(file) {
      try {
        const real = realpathSync(resolve(base, file))
        const inside = relative(base, real)
        if (inside.startsWith('..') || isAbsolute(inside)) return undefined
        if (statSync(real).size > DEFAULT_DECODE_LIMITS.maxBytes) return undefined
        return readFileSync(real)
      } catch {
        return undefined
      }
    }
  }
}

/** Entries by their relative path; entries whose names leave the archive are never offered. */
function byRelativePath(files: Iterable<[string, Uint8Array]>): PictureSource {
  const map = new Map<string, Uint8Array>()
  for (const [name, data] of files) {
    const path = relativePicturePath(name)
    if (path !== null && !map.has(path)) map.set(path, data)
  }
  // A zip made of a folder holds `folder/a.jpg`; the sheet may say `a.jpg` or `folder/a.jpg`.
  const roots = new Set([...map.keys()].map((path) => path.split('/')[0]))
  const single = roots.size === 1 && [...map.keys()].every((path) => path.includes('/'))
  const prefix = single ? `${[...roots][0]}/` : undefined
  return {
    read: (file) => map.get(file) ?? (prefix ? map.get(prefix + file) : undefined)
  }
}

export function zipPictures(zip: Uint8Array, fileName: string): PictureSource {
  let entries
  try {
    // Links and devices are never offered: only plain files can be pictures.
    entries = listZipEntries(zip).filter((entry) => entry.kind === 'file')
  } catch {
    throw new KaitongError('import.pictures_unreadable', { file: fileName })
  }
  const total = entries.reduce((sum, entry) => sum + entry.originalSize, 0)
  if (total > MAX_UPLOADED_PICTURES_BYTES) {
    throw new KaitongError('import.pictures_too_large', {
      bytes: total,
      max: MAX_UPLOADED_PICTURES_BYTES
    })
  }
  const files: [string, Uint8Array][] = []
  for (const entry of entries) {
    // A damaged entry is a missing picture: the rows that use it say so.
    const data = readZipFile(zip, entry)
    if (data) files.push([entry.name, data])
  }
  return byRelativePath(files)
}

export function uploadedPictures(files: readonly { path: string; data: Uint8Array }[]) {
  return byRelativePath(files.map((file) => [file.path, file.data] as [string, Uint8Array]))
}

/** A `--images` argument: a zip file or a folder. */
export function picturesAt(path: string): PictureSource {
  let stats
  try {
    stats = statSync(path)
  } catch {
    throw new KaitongError('import.pictures_unreadable', { file: path })
  }
  if (!stats.isFile()) return folderPictures(path)
  if (stats.size > MAX_UPLOADED_PICTURES_BYTES) {
    throw new KaitongError('import.pictures_too_large', {
      bytes: stats.size,
      max: MAX_UPLOADED_PICTURES_BYTES
    })
  }
  return zipPictures(readFileSync(path), path)
}
