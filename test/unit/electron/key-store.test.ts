import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { KEY_FILE, SEALED_KEY_FILE } from '../../../src-main/keys/key-source'
import { useTempDir } from '../../helpers/temp-dir'

/** A keychain in memory: sealing is AES-GCM under a secret that a "new keychain" replaces. */
const keychain = { secret: randomBytes(32), available: true }
const safeStorage = {
  isEncryptionAvailable: () => keychain.available,
  encryptString(text: string): Buffer {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', keychain.secret, iv)
    const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
    return Buffer.concat([iv, cipher.getAuthTag(), body])
  },
  decryptString(sealed: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', keychain.secret, sealed.subarray(0, 12))
    decipher.setAuthTag(sealed.subarray(12, 28))
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString()
  }
}
vi.mock('electron', () => ({ safeStorage }))

const { loadRootKey } = await import('../../../src-main/electron/key-store')

describe('loadRootKey (the app, through safeStorage)', () => {
  const tempDir = useTempDir('kaitong-keystore-')
  const noEnv = {}

  beforeEach(() => {
    keychain.secret = randomBytes(32)
    keychain.available = true
  })

  it('makes a random 256-bit key on first start and keeps it sealed, never in the clear', () => {
    const dir = tempDir()
    const first = loadRootKey(dir, false, noEnv)
    if (!first.ok) throw new Error(first.reason)
    expect(first.key).toHaveLength(32)
    expect(first.source).toBe('keychain')
    const sealed = readFileSync(join(dir, SEALED_KEY_FILE))
    expect(sealed.includes(Buffer.from(first.key.toString('hex')))).toBe(false)
    expect(statSync(join(dir, SEALED_KEY_FILE)).mode & 0o777).toBe(0o600)
  })

  it('gives the same key on the next start', () => {
    const dir = tempDir()
    const first = loadRootKey(dir, false, noEnv)
    const again = loadRootKey(dir, true, noEnv)
    expect(again.ok && first.ok && again.key.equals(first.key)).toBe(true)
  })

  it('reports a changed keychain instead of making a new key', () => {
    const dir = tempDir()
    loadRootKey(dir, false, noEnv)
    const sealedBefore = readFileSync(join(dir, SEALED_KEY_FILE))
    keychain.secret = randomBytes(32)
    expect(loadRootKey(dir, true, noEnv)).toEqual({ ok: false, reason: 'unseal_failed' })
    expect(readFileSync(join(dir, SEALED_KEY_FILE)).equals(sealedBefore)).toBe(true)
  })

  it('reports a keychain that cannot be reached', () => {
    const dir = tempDir()
    loadRootKey(dir, false, noEnv)
    keychain.available = false
    expect(loadRootKey(dir, true, noEnv)).toEqual({ ok: false, reason: 'keychain_unavailable' })
  })

  it('reports an encrypted database whose sealed key is gone, without making a new one', () => {
    const dir = tempDir()
    expect(loadRootKey(dir, true, noEnv)).toEqual({ ok: false, reason: 'key_missing' })
  })

  it('uses the key file of a folder the command line encrypted first', () => {
    const dir = tempDir()
    const hex = randomBytes(32).toString('hex')
    writeFileSync(join(dir, KEY_FILE), hex)
    const found = loadRootKey(dir, true, noEnv)
    expect(found.ok && found.key.toString('hex')).toBe(hex)
  })

  it('takes KAITONG_KEY first, as the CLI does', () => {
    const hex = randomBytes(32).toString('hex')
    const found = loadRootKey(tempDir(), true, { KAITONG_KEY: hex })
    expect(found).toMatchObject({ ok: true, source: 'env' })
  })
})
