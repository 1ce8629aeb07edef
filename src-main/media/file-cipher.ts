import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { MediaError } from './media-error'

/**
 * A media file at rest: `KTM1` ‖ 12-byte nonce ‖ AES-256-GCM ciphertext ‖ 16-byte tag. The
 * file's name (its plaintext SHA-256) is the associated data, so a file moved under another
 * name fails to open instead of showing the wrong picture.
 */
const MAGIC = Buffer.from('KTM1')
const NONCE_BYTES = 12
const TAG_BYTES = 16

export function isEncryptedFile(data: Uint8Array): boolean {
  return data.length >= MAGIC.length && MAGIC.equals(data.subarray(0, MAGIC.length))
}

export function encryptFile(key: Uint8Array, name: string, plaintext: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, nonce)
  cipher.setAAD(Buffer.from(name))
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return Buffer.concat([MAGIC, nonce, body, cipher.getAuthTag()])
}

export function decryptFile(key: Uint8Array, name: string, data: Uint8Array): Buffer {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  if (!isEncryptedFile(bytes) || bytes.length < MAGIC.length + NONCE_BYTES + TAG_BYTES) {
    throw new MediaError('media.unreadable', { sha256: name })
  }
  const nonce = bytes.subarray(MAGIC.length, MAGIC.length + NONCE_BYTES)
  const decipher = createDecipheriv('aes-256-gcm', key, nonce)
  decipher.setAAD(Buffer.from(name))
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES))
  try {
    const body = decipher.update(
      bytes.subarray(MAGIC.length + NONCE_BYTES, bytes.length - TAG_BYTES)
    )
    const rest = decipher.final()
    // GCM is a stream cipher: `final` only checks the tag, so the copy of a concat is spared.
    return rest.length === 0 ? body : Buffer.concat([body, rest])
  } catch {
    throw new MediaError('media.unreadable', { sha256: name })
  }
}
