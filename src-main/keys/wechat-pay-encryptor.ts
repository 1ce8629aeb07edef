import { constants, publicEncrypt } from 'node:crypto'
import { KaitongError } from '../api/result'
import type { PayloadOptions } from '../platforms/adapter'
import type { WechatPayPublicKey } from './platform-key'

export type PayloadEncryptor = NonNullable<PayloadOptions['encrypt']>

/**
 * WeChat Pay APIv3 sensitive-field encryption (payment-onboarding.md §6):
 * RSA/ECB/OAEPWithSHA-1AndMGF1Padding over the UTF-8 plaintext, standard base64 out.
 * OAEP is randomised, so the same value encrypts differently each time.
 */
export function createWechatPayEncryptor(key: WechatPayPublicKey): PayloadEncryptor {
  return {
    keyId: key.keyId,
    encrypt(plaintext: string): string {
      const data = Buffer.from(plaintext, 'utf8')
      if (data.length > key.maxPlaintextBytes) {
        throw new KaitongError('keys.plaintext_too_long', { max: key.maxPlaintextBytes })
      }
      return publicEncrypt(
        { key: key.key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
        data
      ).toString('base64')
    }
  }
}
