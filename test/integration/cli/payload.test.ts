import { constants, privateDecrypt } from 'node:crypto'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DraftContent } from '../../../src-main/domain/draft'
import type { BundlePart } from '../../../src-main/platforms/adapter'
import { useTempDir } from '../../helpers/temp-dir'
import {
  draftWith,
  fields,
  loadDraft,
  loadExample,
  SUBJECTS,
  valueAt,
  type Subject
} from '../../unit/platforms/payment-fixtures'
import { runCli as run } from '../../helpers/cli'

const tempDir = useTempDir('kaitong-payload-')
const KEYS = join(import.meta.dirname, '../../fixtures/keys')
const KEY_ID = 'PUB_KEY_ID_0114232019292025011600388800000000'
const PUBLIC_KEY_FILE = join(KEYS, `${KEY_ID}.pem`)
const CERTIFICATE_FILE = join(KEYS, 'wechatpay-test-platform-cert.pem')
const PRIVATE_KEY = readFileSync(join(KEYS, 'wechatpay-test-private-key.pem'), 'utf8')
const SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F7E4F1'
const ZFT_SUBJECTS = SUBJECTS.filter((subject) => subject !== 'other')

/** A fixture draft wrapped as a draft file, as `kaitong draft export` writes one. */
function draftFile(content: DraftContent): string {
  const file = join(tempDir(), 'draft.kaitong.json')
  writeFileSync(file, JSON.stringify({ kaitongDraft: 1, title: '山海咖啡', content }))
  return file
}

function onRoute(subject: Subject, route: 'zft' | 'agent'): DraftContent {
  return draftWith(subject, (draft) => {
    draft.payment.alipay.route = route
  })
}

async function payload(file: string, ...args: string[]): Promise<BundlePart[]> {
  const result = await run(['payload', file, '--json', ...args])
  expect(result.code, result.err).toBe(0)
  return JSON.parse(result.out) as BundlePart[]
}

function decrypt(ciphertext: unknown): string {
  return privateDecrypt(
    { key: PRIVATE_KEY, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
    Buffer.from(String(ciphertext), 'base64')
  ).toString('utf8')
}

describe('kaitong payload', () => {
  it.each(SUBJECTS)('prints the %s WeChat Pay applyment as recorded', async (subject) => {
    const parts = await payload(draftFile(loadDraft(subject)), '--platform', 'wechat-pay')
    expect(fields(parts)).toEqual(fields(loadExample('wechat-pay', subject)))
  })

  it.each(ZFT_SUBJECTS)('prints the %s Alipay ZFT calls as recorded', async (subject) => {
    const parts = await payload(draftFile(onRoute(subject, 'zft')), '--platform', 'alipay')
    expect(fields(parts)).toEqual(fields(loadExample('alipay', `zft-${subject}`)))
  })

  it.each(SUBJECTS)('prints the %s Alipay 代签约 calls as recorded', async (subject) => {
    const parts = await payload(draftFile(onRoute(subject, 'agent')), '--platform', 'alipay')
    expect(fields(parts)).toEqual(fields(loadExample('alipay', `agent-${subject}`)))
  })

  it('references each picture by its original hash under media/, in the slot’s format', async () => {
    const draft = loadDraft('enterprise')
    const [applyment] = await payload(draftFile(draft), '--platform', 'wechat-pay')
    const files = (applyment?.placeholders ?? []).flatMap((entry) => entry.file ?? [])
    expect(files).toContain(`media/${draft.merchant.licence.photo?.sha256}.jpg`)
    for (const file of files) expect(file).toMatch(/^media\/[0-9a-f]{64}\.jpg$/)
  })

  it('encrypts with --cert so that the private key decrypts each field to its plaintext', async () => {
    const file = draftFile(loadDraft('enterprise'))
    const [plain] = await payload(file, '--platform', 'wechat-pay')
    const [sealed] = await payload(file, '--platform', 'wechat-pay', '--cert', CERTIFICATE_FILE)
    const marked = (plain?.placeholders ?? []).filter((entry) => entry.kind === 'encrypt')
    expect(marked.length).toBeGreaterThan(5)
    expect(sealed?.encryption).toEqual({
      keyId: SERIAL,
      pointers: marked.map((entry) => entry.pointer)
    })
    for (const { pointer } of marked) {
      const ciphertext = valueAt(sealed?.body, pointer)
      expect(ciphertext).not.toBe(valueAt(plain?.body, pointer))
      expect(decrypt(ciphertext)).toBe(valueAt(plain?.body, pointer))
    }
  })

  it('takes a public key’s id from its file name, or from --key-id', async () => {
    const file = draftFile(loadDraft('individual'))
    const [named] = await payload(file, '--platform', 'wechat-pay', '--cert', PUBLIC_KEY_FILE)
    expect(named?.encryption?.keyId).toBe(KEY_ID)
    expect(decrypt(valueAt(named?.body, '/contact_info/mobile_phone'))).toBe(
      loadDraft('individual').merchant.contact.mobile
    )
    const renamed = join(tempDir(), 'pub_key.pem')
    copyFileSync(PUBLIC_KEY_FILE, renamed)
    const [typed] = await payload(
      file,
      '--platform',
      'wechat-pay',
      '--cert',
      renamed,
      '--key-id',
      KEY_ID
    )
    expect(typed?.encryption?.keyId).toBe(KEY_ID)
  })

  it('says on stderr that fields are left for the uploader to encrypt without --cert', async () => {
    const result = await run([
      'payload',
      draftFile(loadDraft('enterprise')),
      '--platform',
      'wechat-pay',
      '--lang',
      'en'
    ])
    expect(result.code).toBe(0)
    expect(result.err).toContain('Sensitive fields are not encrypted')
    const alipay = await run([
      'payload',
      draftFile(loadDraft('enterprise')),
      '--platform',
      'alipay'
    ])
    expect(alipay.err).not.toContain('未加密')
  })

  it('prints precheck findings to stderr as warnings and still prints the requests', async () => {
    const draft = draftWith('enterprise', (d) => {
      d.merchant.licence.photo = null
      d.merchant.business.shortName = '特约商户'
    })
    const result = await run(['payload', draftFile(draft), '--platform', 'wechat-pay', '--json'])
    expect(result.code).toBe(0)
    expect(result.err).toMatch(/^警告 {2}merchant\.licence\.photo {2}.+\[merchant\.required\]$/m)
    expect(result.err).toContain('[wechat-pay.short_name_meaningless]')
    expect(result.err).toContain('kaitong bundle 会拒绝导出有错误的草稿')
    const [applyment] = JSON.parse(result.out) as BundlePart[]
    expect(valueAt(applyment?.body, '/business_info/merchant_shortname')).toBe('特约商户')
  })

  it('prints each call under a heading naming its step and method for people', async () => {
    const result = await run([
      'payload',
      draftFile(onRoute('enterprise', 'agent')),
      '--platform',
      'alipay',
      '--lang',
      'en'
    ])
    expect(result.code).toBe(0)
    const headings = result.out.split('\n').filter((line) => line.startsWith('# '))
    expect(headings).toEqual([
      '# Step 1: agent-create  alipay.open.agent.create  (json)',
      '# Step 2: facetoface-sign  alipay.open.agent.facetoface.sign  (multipart)',
      '# Step 3: mobilepay-sign  alipay.open.agent.mobilepay.sign  (multipart)',
      '# Step 4: agent-confirm  alipay.open.agent.confirm  (json)'
    ])
  })

  it('refuses an unknown platform, and --cert for Alipay, as usage errors', async () => {
    const file = draftFile(loadDraft('enterprise'))
    const unknown = await run(['payload', file, '--platform', 'unionpay', '--lang', 'en'])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toBe('--platform must be wechat-pay or alipay, got unionpay')
    const cert = await run(['payload', file, '--platform', 'alipay', '--cert', CERTIFICATE_FILE])
    expect(cert.code).toBe(2)
    const keyId = await run(['payload', file, '--platform', 'wechat-pay', '--key-id', KEY_ID])
    expect(keyId.code).toBe(2)
  })

  it('exits 1 with the key error when --cert names a private key', async () => {
    const result = await run([
      'payload',
      draftFile(loadDraft('enterprise')),
      '--platform',
      'wechat-pay',
      '--cert',
      join(KEYS, 'wechatpay-test-private-key.pem')
    ])
    expect(result.code).toBe(1)
    expect(result.out).toBe('')
    expect(result.err).toContain('是私钥')
  })

  it('exits 1 on a file that is not a draft file', async () => {
    const file = join(tempDir(), 'broken.json')
    writeFileSync(file, JSON.stringify({ kaitongDraft: 1 }))
    const result = await run(['payload', file, '--platform', 'alipay'])
    expect(result.code).toBe(1)
    expect(result.out).toBe('')
  })
})
