import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { KaitongError } from '../api/result'
import { formatBytes } from '../media/media-error'

/**
 * Reads a whole file only if its size is at most `maxBytes`; the size comes from the open
 * handle, so a 3 GB file is refused before a byte of it is read, and a file that grows
 * meanwhile is read no further than the limit.
 */
export function readFileBounded(file: string, maxBytes: number): Buffer {
  const fd = openSync(file, 'r')
  try {
    const stats = fstatSync(fd)
    if (stats.isDirectory())
      throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' })
    if (stats.size > maxBytes) {
      throw new KaitongError('input.too_large', {
        file,
        bytes: stats.size,
        size: formatBytes(stats.size),
        maxSize: formatBytes(maxBytes)
      })
    }
    const buffer = Buffer.alloc(stats.size)
    let read = 0
    while (read < buffer.length) {
      const got = readSync(fd, buffer, read, buffer.length - read, read)
      if (got === 0) break
      read += got
    }
    return buffer.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}
