import { createHash } from 'node:crypto'

// store/content-hash.ts has the same helper, but the layer rules keep bundle/ out of store/.
export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}
