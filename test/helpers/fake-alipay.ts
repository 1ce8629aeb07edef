import { execFileSync } from 'node:child_process'
import { createSign, generateKeyPairSync } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { AlipaySdk } from 'alipay-sdk'
import { recordedAnswer } from './fake-listing'
import { statusAnswer } from './status-answers'

/**
 * An Alipay open gateway double on 127.0.0.1 (payment-onboarding.md §8, §12, §13): it checks
 * each request's RSA2 signature with the app's public key, issues image ids and batch
 * numbers and checks later calls name only ones it issued, signs its answers with the Alipay
 * private key the way the gateway does, and answers queries with the recorded examples.
 */
export interface AlipayKeys {
  appId: string
  appPrivateKeyPem: string
  appPublicKeyPem: string
  alipayPrivateKeyPem: string
  alipayPublicKeyPem: string
}

export function alipayKeys(): AlipayKeys {
  const pair = () =>
    generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
    })
  const app = pair()
  const alipay = pair()
  return {
    appId: '2021000000000001',
    appPrivateKeyPem: app.privateKey,
    appPublicKeyPem: app.publicKey,
    alipayPrivateKeyPem: alipay.privateKey,
    alipayPublicKeyPem: alipay.publicKey
  }
}

export interface FakeAlipay {
  url: string
  server: Server
  /** Methods called, in order, with a verified signature. */
  methods: string[]
  badSignatures: number
  /** Ids a call named that this gateway never issued. */
  unknownIds: string[]
  /** The recorded answer the next query gives (a file in test/fixtures/status). */
  queryAnswer: string
  /** A recorded refusal (test/fixtures/listing-answers) the next call of a method gets. */
  refuseNext: Map<string, string>
  /** `app_auth_token` of each signed call made on a merchant's behalf (mini programs). */
  appAuthTokens: string[]
  /** Files of multipart calls, by field name. */
  files: string[]
  /** `app_cert_sn` and `alipay_root_cert_sn` of each signed call (certificate mode), if sent. */
  certSns: string[]
  close(): Promise<void>
}

const IMAGE_FIELDS = /(_image|_pic|_pics|image_id|_photo|cert_image|license_auth_letter_image)$/

async function readRequest(request: IncomingMessage) {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const url = new URL(request.url ?? '/', 'http://127.0.0.1')
  const form = await new Request(url, {
    method: 'POST',
    headers: { 'content-type': request.headers['content-type'] ?? '' },
    body: new Uint8Array(Buffer.concat(chunks))
  }).formData()
  const fields: Record<string, string> = {}
  const files: string[] = []
  for (const [name, value] of form) {
    if (typeof value === 'string') fields[name] = value
    else files.push(name)
  }
  return { query: url.searchParams, fields, files }
}

export async function startFakeAlipay(keys: AlipayKeys): Promise<FakeAlipay> {
  const verifier = new AlipaySdk({
    appId: keys.appId,
    privateKey: keys.appPrivateKeyPem,
    keyType: 'PKCS8',
    alipayPublicKey: keys.appPublicKeyPem
  })
  const issued = new Set<string>()
  let counter = 0
  const server = createServer()
  const fake: Omit<FakeAlipay, 'url' | 'close'> = {
    server,
    methods: [],
    badSignatures: 0,
    unknownIds: [],
    queryAnswer: 'alipay-zft-rejected',
    refuseNext: new Map(),
    appAuthTokens: [],
    files: [],
    certSns: []
  }
  const id = (prefix: string) => {
    const value = `${prefix}${Date.now()}${String(++counter).padStart(6, '0')}`
    issued.add(value)
    return value
  }
  server.on('request', (request: IncomingMessage, response) => {
    void (async () => {
      const { query, fields, files } = await readRequest(request)
      const method = query.get('method') ?? ''
      const key = `${method.replaceAll('.', '_')}_response`
      const signed = Object.fromEntries([...query, ...Object.entries(fields)])
      let inner: Record<string, unknown> = { code: '10000', msg: 'Success' }
      if (!verifier.checkNotifySignV2(signed)) {
        fake.badSignatures += 1
        inner = {
          code: '40002',
          msg: 'Invalid Arguments',
          sub_code: 'isv.invalid-signature',
          sub_msg: '验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配'
        }
      } else {
        fake.methods.push(method)
        fake.files.push(...files)
        fake.certSns.push(
          `${query.get('app_cert_sn') ?? ''}/${query.get('alipay_root_cert_sn') ?? ''}`
        )
        if (method.startsWith('alipay.open.mini.')) {
          fake.appAuthTokens.push(query.get('app_auth_token') ?? '')
        }
        const biz = fields['biz_content']
          ? (JSON.parse(fields['biz_content']) as Record<string, unknown>)
          : {}
        const visit = (value: unknown, name: string): void => {
          if (typeof value === 'string') {
            if ((IMAGE_FIELDS.test(name) || name === 'batch_no') && !issued.has(value)) {
              fake.unknownIds.push(`${name}=${value}`)
            }
          } else if (Array.isArray(value)) value.forEach((item) => visit(item, name))
          else if (value && typeof value === 'object') {
            for (const [child, item] of Object.entries(value)) visit(item, child)
          }
        }
        visit(biz, '')
        if (method === 'ant.merchant.expand.indirect.image.upload') inner.image_id = id('oss-')
        if (method === 'ant.merchant.expand.indirect.zft.create') inner.order_id = id('2017')
        if (method === 'alipay.open.agent.create') inner.batch_no = id('2026')
        if (method === 'alipay.open.agent.confirm') inner.order_no = id('2026')
        const refusal = fake.refuseNext.get(method)
        if (refusal) {
          fake.refuseNext.delete(method)
          inner = Object.values(recordedAnswer(refusal))[0] as Record<string, unknown>
        } else if (method.endsWith('.query')) {
          const recorded = statusAnswer(fake.queryAnswer) as Record<string, unknown>
          inner = Object.values(recorded)[0] as Record<string, unknown>
        }
      }
      const body = JSON.stringify(inner)
      const sign = createSign('RSA-SHA256').update(body).sign(keys.alipayPrivateKeyPem, 'base64')
      response.setHeader('content-type', 'application/json; charset=utf-8')
      response.end(`{"${key}":${body},"sign":"${sign}"}`)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}/gateway.do`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  })
}

/**
 * Certificate mode's three certificates, made with openssl as Alipay's console issues them:
 * a root, and the app's and Alipay's certificates for their keys, signed by it.
 */
export function alipayCertificates(keys: AlipayKeys, dir: string) {
  const file = (name: string, text: string) => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }
  const openssl = (args: string[]) => execFileSync('openssl', args, { encoding: 'utf8' })
  const rootKey = file(
    'root.key',
    generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
  )
  const root = openssl([
    'req',
    '-x509',
    '-new',
    '-key',
    rootKey,
    '-subj',
    '/C=CN/O=Ant Financial/CN=Ant Financial Certification Authority R1',
    '-days',
    '3650'
  ])
  const rootPath = file('root.crt', root)
  const issue = (name: string, privateKeyPem: string, subject: string, serial: string) => {
    const request = openssl([
      'req',
      '-new',
      '-key',
      file(`${name}.key`, privateKeyPem),
      '-subj',
      subject
    ])
    return execFileSync(
      'openssl',
      ['x509', '-req', '-CA', rootPath, '-CAkey', rootKey, '-set_serial', serial, '-days', '365'],
      { input: request, encoding: 'utf8' }
    )
  }
  return {
    app: issue('app', keys.appPrivateKeyPem, `/C=CN/O=Kaitong Test/CN=${keys.appId}`, '4097'),
    alipay: issue(
      'alipay',
      keys.alipayPrivateKeyPem,
      '/C=CN/O=Ant Financial/CN=支付宝(中国)网络技术有限公司',
      '8193'
    ),
    root
  }
}
