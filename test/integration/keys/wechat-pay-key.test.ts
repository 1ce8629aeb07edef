import { constants, generateKeyPairSync, privateDecrypt, type KeyObject } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KaitongError } from '../../../src-main/api/result'
import { loadWechatPayKey, parseWechatPayKey } from '../../../src-main/keys/platform-key'
import { createWechatPayEncryptor } from '../../../src-main/keys/wechat-pay-encryptor'
import { wechatPayAdapter } from '../../../src-main/platforms/wechat-pay'
import { useTempDir } from '../../helpers/temp-dir'
import { fakeMedia, loadDraft, valueAt } from '../../unit/platforms/payment-fixtures'

const KEYS = join(import.meta.dirname, '../../fixtures/keys')
const KEY_ID = 'PUB_KEY_ID_0114232019292025011600388800000000'
const PUBLIC_KEY_FILE = join(KEYS, `${KEY_ID}.pem`)
const CERTIFICATE_FILE = join(KEYS, 'wechatpay-test-platform-cert.pem')
const PRIVATE_KEY_FILE = join(KEYS, 'wechatpay-test-private-key.pem')
const SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F7E4F1'
const NOW = new Date('2027-06-01T00:00:00Z')

function decrypt(privateKey: string | KeyObject, ciphertext: string): string {
  return privateDecrypt(
    { key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
    Buffer.from(ciphertext, 'base64')
  ).toString('utf8')
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; params?: object }> {
  try {
    await promise
  } catch (error) {
    if (error instanceof KaitongError) return { code: error.code, params: error.params }
    throw error
  }
  throw new Error('expected a KaitongError')
}

describe('loadWechatPayKey', () => {
  const tempDir = useTempDir('kaitong-keys-')

  it('loads a WeChat Pay public key and takes its id from the file name', async () => {
    const key = await loadWechatPayKey(PUBLIC_KEY_FILE)
    expect(key).toMatchObject({ keyId: KEY_ID, kind: 'public-key', maxPlaintextBytes: 214 })
  })

  it('takes the key id the user typed over the file name', async () => {
    const dir = tempDir()
    const file = join(dir, 'pub_key.pem')
    writeFileSync(file, readFileSync(PUBLIC_KEY_FILE))
    const key = await loadWechatPayKey(file, {
      keyId: ' PUB_KEY_ID_0114232019292025011600388800000001 '
    })
    expect(key.keyId).toBe('PUB_KEY_ID_0114232019292025011600388800000001')
  })

  it('asks for the key id when neither the user nor the file name gives one', async () => {
    const dir = tempDir()
    const file = join(dir, 'pub_key.pem')
    writeFileSync(file, readFileSync(PUBLIC_KEY_FILE))
    expect(await failure(loadWechatPayKey(file))).toEqual({
      code: 'keys.key_id_missing',
      params: { file: 'pub_key.pem' }
    })
    expect(await failure(loadWechatPayKey(file, { keyId: '0114232019' }))).toMatchObject({
      code: 'keys.key_id_format'
    })
  })

  it('loads a platform certificate and identifies it by its serial', async () => {
    const key = await loadWechatPayKey(CERTIFICATE_FILE, { now: NOW })
    expect(key).toMatchObject({ keyId: SERIAL, kind: 'certificate', maxPlaintextBytes: 214 })
    expect(key.validTo?.startsWith('2126-')).toBe(true)
    expect(
      (await loadWechatPayKey(CERTIFICATE_FILE, { keyId: SERIAL.toLowerCase(), now: NOW })).keyId
    ).toBe(SERIAL)
  })

  it('refuses a typed id that is not the certificate’s serial', async () => {
    expect(await failure(loadWechatPayKey(CERTIFICATE_FILE, { keyId: KEY_ID, now: NOW }))).toEqual({
      code: 'keys.key_id_mismatch',
      params: { keyId: KEY_ID, serial: SERIAL }
    })
  })

  it('refuses a certificate outside its validity', async () => {
    const expired = await failure(
      loadWechatPayKey(CERTIFICATE_FILE, { now: new Date('2200-01-01') })
    )
    expect(expired.code).toBe('keys.certificate_expired')
    const early = await failure(loadWechatPayKey(CERTIFICATE_FILE, { now: new Date('2000-01-01') }))
    expect(early.code).toBe('keys.certificate_not_yet_valid')
  })

  it('refuses a private key, so the merchant’s own key is never imported by mistake', async () => {
    expect(await failure(loadWechatPayKey(PRIVATE_KEY_FILE))).toEqual({
      code: 'keys.private_key',
      params: { file: 'wechatpay-test-private-key.pem' }
    })
  })

  it('refuses a file that is not a PEM key or certificate', async () => {
    const dir = tempDir()
    const file = join(dir, 'notes.txt')
    writeFileSync(file, 'not a key')
    expect((await failure(loadWechatPayKey(file))).code).toBe('keys.malformed_file')
    const broken = join(dir, 'broken.pem')
    writeFileSync(broken, '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n')
    expect((await failure(loadWechatPayKey(broken))).code).toBe('keys.malformed_file')
  })

  it('refuses keys WeChat Pay APIv3 cannot encrypt with: not RSA, or too small', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey
    const ecPem = ec.export({ type: 'spki', format: 'pem' }).toString()
    expect(() => parseWechatPayKey(ecPem, `${KEY_ID}.pem`)).toThrow(
      expect.objectContaining({ code: 'keys.wrong_key_type', params: { type: 'ec' } })
    )
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey
    const smallPem = small.export({ type: 'spki', format: 'pem' }).toString()
    expect(() => parseWechatPayKey(smallPem, `${KEY_ID}.pem`)).toThrow(
      expect.objectContaining({ code: 'keys.key_too_small', params: { bits: 1024 } })
    )
  })

  it('reports a file it cannot read', async () => {
    const missing = join(tempDir(), 'missing.pem')
    expect(await failure(loadWechatPayKey(missing))).toEqual({
      code: 'keys.file_unreadable',
      params: { file: 'missing.pem', reason: 'ENOENT' }
    })
  })
})

describe('createWechatPayEncryptor', () => {
  const tempDir = useTempDir('kaitong-keys-')
  const privateKey = readFileSync(PRIVATE_KEY_FILE, 'utf8')

  it('encrypts with RSA-OAEP (SHA-1, MGF1) to base64 that the matching private key decrypts', async () => {
    const encryptor = createWechatPayEncryptor(await loadWechatPayKey(PUBLIC_KEY_FILE))
    const sealed = encryptor.encrypt('陈建华')
    expect(encryptor.keyId).toBe(KEY_ID)
    expect(Buffer.from(sealed, 'base64')).toHaveLength(256)
    expect(decrypt(privateKey, sealed)).toBe('陈建华')
    expect(encryptor.encrypt('陈建华')).not.toBe(sealed)
  })

  it('encrypts with a key generated here and imported from a temp file', async () => {
    const pair = generateKeyPairSync('rsa', { modulusLength: 3072 })
    const file = join(tempDir(), 'PUB_KEY_ID_0114232019292025011600388800000777.pem')
    writeFileSync(file, pair.publicKey.export({ type: 'spki', format: 'pem' }))
    const key = await loadWechatPayKey(file)
    expect(key.maxPlaintextBytes).toBe(384 - 42)
    const sealed = createWechatPayEncryptor(key).encrypt('6222021202041234569')
    expect(decrypt(pair.privateKey, sealed)).toBe('6222021202041234569')
  })

  it('refuses plaintext longer than the key can take', async () => {
    const encryptor = createWechatPayEncryptor(
      await loadWechatPayKey(CERTIFICATE_FILE, { now: NOW })
    )
    expect(() => encryptor.encrypt('a'.repeat(215))).toThrow(
      expect.objectContaining({ code: 'keys.plaintext_too_long', params: { max: 214 } })
    )
    expect(decrypt(privateKey, encryptor.encrypt('a'.repeat(214)))).toBe('a'.repeat(214))
  })

  it('seals every sensitive field of an applyment so the private key recovers the plaintext', async () => {
    const encrypt = createWechatPayEncryptor(await loadWechatPayKey(CERTIFICATE_FILE, { now: NOW }))
    for (const subject of ['enterprise', 'social'] as const) {
      const draft = loadDraft(subject)
      const options = { now: NOW, attempt: 1 }
      const [plain] = wechatPayAdapter.buildPayload(draft, fakeMedia, options)
      const [sealed] = wechatPayAdapter.buildPayload(draft, fakeMedia, { ...options, encrypt })
      const marked = (plain?.placeholders ?? []).filter((entry) => entry.kind === 'encrypt')
      expect(sealed?.encryption?.keyId).toBe(SERIAL)
      expect(sealed?.encryption?.pointers).toEqual(marked.map((entry) => entry.pointer))
      for (const { pointer } of marked) {
        const ciphertext = String(valueAt(sealed?.body, pointer))
        expect(Buffer.from(ciphertext, 'base64')).toHaveLength(256)
        expect(decrypt(privateKey, ciphertext)).toBe(valueAt(plain?.body, pointer))
      }
    }
  })
})
