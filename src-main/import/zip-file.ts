import type { ZipEntryInfo } from '../bundle/zip-read'
import { readZipEntry } from '../bundle/zip-read'
import { DEFAULT_DECODE_LIMITS } from '../media'

/**
 * One file of an untrusted zip (pictures, a draft package), inflated no further than it
 * declares and no further than a picture may be, with its CRC-32 checked; undefined if not.
 */
export function readZipFile(zip: Uint8Array, entry: ZipEntryInfo): Uint8Array | undefined {
  if (entry.originalSize > DEFAULT_DECODE_LIMITS.maxBytes) return undefined
  const read = readZipEntry(zip, entry, entry.originalSize)
  return read.ok && read.crcMatches ? read.data : undefined
}
