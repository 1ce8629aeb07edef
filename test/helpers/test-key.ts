import { KEY_ENV } from '../../src-main/keys/key-source'
import { deriveKey, rootKeyFromHex, type RootKey } from '../../src-main/keys/root-key'

/** The run's root key, from `KAITONG_KEY` as the CLI reads it (vitest.config.ts sets it). */
export function testRootKey(): RootKey {
  const hex = process.env[KEY_ENV]
  if (!hex) throw new Error(`${KEY_ENV} is not set: run the tests through vitest.config.ts`)
  return rootKeyFromHex(hex)
}

export function testDatabaseKey(): Buffer {
  return deriveKey(testRootKey(), 'database')
}

export function testMediaKey(): Buffer {
  return deriveKey(testRootKey(), 'media')
}
