import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  KEY_FILE,
  PASSPHRASE_SALT_FILE,
  resolveRootKey,
  SEALED_KEY_FILE
} from '../../../src-main/keys/key-source'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir('kaitong-key-')
const HEX = 'ab'.repeat(32)

describe('resolveRootKey (CLI, tests, scripts)', () => {
  it('takes KAITONG_KEY first', () => {
    const found = resolveRootKey({
      dataDir: tempDir(),
      encryptedDatabaseExists: true,
      env: { KAITONG_KEY: HEX }
    })
    expect(found.source).toBe('env')
    expect(found.key.toString('hex')).toBe(HEX)
  })

  it('refuses a KAITONG_KEY that is not 256 bits of hex', () => {
    expect(() =>
      resolveRootKey({
        dataDir: tempDir(),
        encryptedDatabaseExists: false,
        env: { KAITONG_KEY: 'secret' }
      })
    ).toThrow(expect.objectContaining({ code: 'key.invalid_hex' }))
  })

  it('asks twice for a new passphrase at a terminal, and once on the next run', () => {
    const dir = tempDir()
    const asked: string[] = []
    const prompt = (kind: string) => {
      asked.push(kind)
      return '开通 口令 2026'
    }
    const first = resolveRootKey({ dataDir: dir, encryptedDatabaseExists: false, env: {}, prompt })
    const again = resolveRootKey({ dataDir: dir, encryptedDatabaseExists: true, env: {}, prompt })
    expect(asked).toEqual(['new-passphrase', 'confirm', 'passphrase'])
    expect(again.key.equals(first.key)).toBe(true)
    expect(statSync(join(dir, PASSPHRASE_SALT_FILE)).mode & 0o777).toBe(0o600)
  })

  it('creates nothing when the two passphrases differ', () => {
    const dir = tempDir()
    const answers = ['one', 'two']
    expect(() =>
      resolveRootKey({
        dataDir: dir,
        encryptedDatabaseExists: false,
        env: {},
        prompt: () => answers.shift()
      })
    ).toThrow(expect.objectContaining({ code: 'key.passphrase_mismatch' }))
    expect(() => statSync(join(dir, PASSPHRASE_SALT_FILE))).toThrow()
  })

  it('falls back to a 0600 key file without a terminal, and reuses it', () => {
    const dir = tempDir()
    const first = resolveRootKey({ dataDir: dir, encryptedDatabaseExists: false, env: {} })
    expect(first.source).toBe('new-key-file')
    expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600)
    expect(readFileSync(join(dir, KEY_FILE), 'utf8').trim()).toBe(first.key.toString('hex'))
    const again = resolveRootKey({ dataDir: dir, encryptedDatabaseExists: true, env: {} })
    expect(again).toMatchObject({ source: 'key-file' })
    expect(again.key.equals(first.key)).toBe(true)
  })

  it('never makes a new key for an encrypted database whose key is missing', () => {
    const dir = tempDir()
    expect(() => resolveRootKey({ dataDir: dir, encryptedDatabaseExists: true, env: {} })).toThrow(
      expect.objectContaining({ code: 'key.missing' })
    )
    expect(() => statSync(join(dir, KEY_FILE))).toThrow()
  })

  it('says the key is in the app’s keychain when the app sealed it', () => {
    const dir = tempDir()
    writeFileSync(join(dir, SEALED_KEY_FILE), 'sealed')
    expect(() => resolveRootKey({ dataDir: dir, encryptedDatabaseExists: true, env: {} })).toThrow(
      expect.objectContaining({ code: 'key.sealed_by_app' })
    )
  })
})
