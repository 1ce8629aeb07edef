import {
  constants,
  createSign,
  createVerify,
  generateKeyPairSync,
  privateDecrypt,
  randomBytes,
  type KeyObject
} from 'node:crypto'
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { statusAnswer } from './status-answers'

/**
 * A WeChat Pay APIv3 double on 127.0.0.1, built from the platform's documents
 * (payment-onboarding.md §3) and the recorded query answers in test/fixtures/status: it
 * verifies each request's signature with the merchant's public key, decrypts sensitive
 * fields with the platform private key, issues media ids and checks the application names
 * only ids it issued, signs every answer with the platform key, and plays the applyment
 * state machine. It never echoes what it was sent.
 */
export interface WechatPayKeys {
  mchid: string
  merchantSerial: string
  merchantPrivateKeyPem: string
  merchantPublicKey: KeyObject
  platformKeyId: string
  platformPublicKeyPem: string
  platformPrivateKey: KeyObject
}

export function wechatPayKeys(): WechatPayKeys {
  const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const platform = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return {
    mchid: '1900013511',
    merchantSerial: randomBytes(20).toString('hex').toUpperCase(),
    merchantPrivateKeyPem: merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    merchantPublicKey: merchant.publicKey,
    platformKeyId: 'PUB_KEY_ID_0119000135112025112800000000000001',
    platformPublicKeyPem: platform.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    platformPrivateKey: platform.privateKey
  }
}

/** A fault to play once on the next request to a path: a status with an error body, or no answer. */
export type Fault = { status: 429 | 500 } | { hang: true }

export interface ApplymentRecord {
  body: Record<string, unknown>
  /** Every ciphertext in the body, decrypted with the platform private key. */
  decrypted: string[]
  /** Strings that should have been media ids and were not issued here. */
  unknownMedia: string[]
}

export interface FakeWechatPay {
  url: string
  server: Server
  /** Successful uploads by file name. */
  uploads: Map<string, number>
  applyments: ApplymentRecord[]
  /** Requests whose signature did not verify (answered 401). */
  refusedSignatures: number
  faults: Map<string, Fault[]>
  /** Seconds added to the time in each answer's signature header. */
  clockOffsetSeconds: number
  /** A documented error body (§3.4) the next application is refused with. */
  rejectNext?: { code: string; message: string; field: string }
  /** The recorded answer the query gives next (a file in test/fixtures/status). */
  queryAnswer: string
  close(): Promise<void>
}

const MEDIA_ID_FIELDS = /(_copy|_pic|_photo|_media_id|pics|_pic_list|_photos|letter)$/

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function authorization(header: string | undefined): Record<string, string> | undefined {
  const match = /^WECHATPAY2-SHA256-RSA2048 (.*)$/.exec(header ?? '')
  if (!match?.[1]) return undefined
  return Object.fromEntries(
    [...match[1].matchAll(/(\w+)="([^"]*)"/g)].map((found): [string, string] => [
      found[1] ?? '',
      found[2] ?? ''
    ])
  )
}

function walk(value: unknown, key: string, visit: (key: string, text: string) => void): void {
  if (typeof value === 'string') visit(key, value)
  else if (Array.isArray(value)) value.forEach((item) => walk(item, key, visit))
  else if (value && typeof value === 'object') {
    for (const [name, child] of Object.entries(value)) walk(child, name, visit)
  }
}

export async function startFakeWechatPay(keys: WechatPayKeys): Promise<FakeWechatPay> {
  const issued = new Set<string>()
  const codes = new Map<string, string>()
  const fake: Omit<FakeWechatPay, 'url' | 'close'> & { server: Server } = {
    server: createServer(),
    uploads: new Map(),
    applyments: [],
    refusedSignatures: 0,
    faults: new Map(),
    clockOffsetSeconds: 0,
    queryAnswer: 'wechat-pay-to-be-signed'
  }

  function answer(response: ServerResponse, status: number, body: unknown): void {
    const text = body === undefined ? '' : JSON.stringify(body)
    const timestamp = String(Math.floor(Date.now() / 1000) + fake.clockOffsetSeconds)
    const nonce = randomBytes(16).toString('hex')
    const signature = createSign('RSA-SHA256')
      .update(`${timestamp}\n${nonce}\n${text}\n`)
      .sign(keys.platformPrivateKey, 'base64')
    response.writeHead(status, {
      'content-type': 'application/json',
      'request-id': `08F0${randomBytes(8).toString('hex').toUpperCase()}`,
      'wechatpay-timestamp': timestamp,
      'wechatpay-nonce': nonce,
      'wechatpay-serial': keys.platformKeyId,
      'wechatpay-signature': signature
    })
    response.end(text)
  }

  fake.server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const raw = await readBody(request)
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      const fault = fake.faults.get(url.pathname)?.shift()
      if (fault && 'hang' in fault) return // the client's timeout ends it
      if (fault) {
        const code = fault.status === 429 ? 'FREQUENCY_LIMITED' : 'SYSTEM_ERROR'
        return answer(response, fault.status, { code, message: '系统繁忙，请稍后重试' })
      }
      const contentType = request.headers['content-type'] ?? ''
      const form = contentType.startsWith('multipart/')
        ? await new Request(url, {
            method: 'POST',
            headers: { 'content-type': contentType },
            body: new Uint8Array(raw)
          }).formData()
        : undefined
      // §2.2: the signed body of an upload is its `meta` part, otherwise the body as sent.
      const signedBody = form ? (form.get('meta') as string) : raw.toString('utf8')
      const auth = authorization(request.headers.authorization)
      const message = `${request.method}\n${url.pathname}${url.search}\n${auth?.timestamp}\n${auth?.nonce_str}\n${signedBody}\n`
      const verified =
        auth?.mchid === keys.mchid &&
        auth.serial_no === keys.merchantSerial &&
        createVerify('RSA-SHA256')
          .update(message)
          .verify(keys.merchantPublicKey, auth.signature ?? '', 'base64')
      if (!verified) {
        fake.refusedSignatures += 1
        return answer(response, 401, { code: 'SIGN_ERROR', message: '签名错误' })
      }
      if (url.pathname === '/v3/merchant/media/upload' && form) {
        const file = form.get('file')
        const meta = JSON.parse(form.get('meta') as string) as { filename: string; sha256: string }
        const bytes = file instanceof Blob ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0)
        if (createHash('sha256').update(bytes).digest('hex') !== meta.sha256) {
          return answer(response, 400, { code: 'PARAM_ERROR', message: '文件摘要不一致' })
        }
        const mediaId = `V1_${randomBytes(12).toString('base64url')}`
        issued.add(mediaId)
        fake.uploads.set(meta.filename, (fake.uploads.get(meta.filename) ?? 0) + 1)
        return answer(response, 200, { media_id: mediaId })
      }
      if (url.pathname === '/v3/applyment4sub/applyment/' && request.method === 'POST') {
        if (request.headers['wechatpay-serial'] !== keys.platformKeyId) {
          return answer(response, 400, { code: 'PARAM_ERROR', message: 'Wechatpay-Serial 有误' })
        }
        const body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>
        const record: ApplymentRecord = { body, decrypted: [], unknownMedia: [] }
        walk(body, '', (key, text) => {
          if (text.length === 344 && /^[A-Za-z0-9+/]+=*$/.test(text)) {
            record.decrypted.push(
              privateDecrypt(
                {
                  key: keys.platformPrivateKey,
                  padding: constants.RSA_PKCS1_OAEP_PADDING,
                  oaepHash: 'sha1'
                },
                Buffer.from(text, 'base64')
              ).toString('utf8')
            )
          } else if (MEDIA_ID_FIELDS.test(key) && !issued.has(text)) {
            record.unknownMedia.push(`${key}=${text}`)
          }
        })
        fake.applyments.push(record)
        if (fake.rejectNext) {
          const { code, message, field } = fake.rejectNext
          delete fake.rejectNext
          return answer(response, 400, { code, message, detail: { field, issue: message } })
        }
        const code = String(body['business_code'])
        if (codes.has(code)) {
          return answer(response, 400, { code: 'PROCESSING', message: '业务处理中，请稍后' })
        }
        const applymentId = String(2000002124775691 + codes.size)
        codes.set(code, applymentId)
        return answer(response, 200, { applyment_id: Number(applymentId) })
      }
      const byCode = /^\/v3\/applyment4sub\/applyment\/business_code\/(.+)$/.exec(url.pathname)
      const byId = /^\/v3\/applyment4sub\/applyment\/applyment_id\/(\d+)$/.exec(url.pathname)
      const code = byCode?.[1]
        ? decodeURIComponent(byCode[1])
        : ([...codes].find(([, id]) => id === byId?.[1])?.[0] ?? '')
      if ((byCode || byId) && request.method === 'GET') {
        if (!codes.has(code)) {
          return answer(response, 404, { code: 'RESOURCE_NOT_EXISTS', message: '申请单不存在' })
        }
        const recorded = statusAnswer(fake.queryAnswer) as Record<string, unknown>
        // The recorded answer, about this application.
        return answer(response, 200, {
          ...recorded,
          business_code: code,
          applyment_id: Number(codes.get(code))
        })
      }
      return answer(response, 404, { code: 'NOT_FOUND', message: '' })
    })()
  })
  await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve))
  const { port } = fake.server.address() as AddressInfo
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        fake.server.closeAllConnections()
        fake.server.close(() => resolve())
      })
  })
}
