import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import { isAxiosError, type AxiosResponse } from 'axios'
import { Multipart, Wechatpay } from 'wechatpay-axios-plugin'
import { KaitongError } from '../api/result'
import { createWechatPayEncryptor } from '../keys/wechat-pay-encryptor'
import type { WechatPayCredentials } from './credentials'
import { createRateLimiter } from './rate-limit'
import { GatewayFailure, type PlatformGateway, type StepAnswer } from './gateway'

/** WeChat Pay APIv3's host (payment-onboarding.md §1); tests point it at 127.0.0.1. */
export const WECHAT_PAY_BASE_URL = 'https://api.mch.weixin.qq.com/'
const MEDIA_UPLOAD = '/v3/merchant/media/upload'
const QUERY_BY_BUSINESS_CODE = '/v3/applyment4sub/applyment/business_code/'
const QUERY_BY_APPLYMENT_ID = '/v3/applyment4sub/applyment/applyment_id/'

/** The SDK's own codes for answers it refuses (decorator.js). */
const ANSWER_FAILURES: Record<string, GatewayFailure['kind']> = {
  EV3_RES_HEADER_TIMESTAMP_OFFSET: 'clock',
  EV3_RES_HEADER_PLATFORM_SERIAL: 'answerKeyUnknown',
  EV3_RES_HEADER_SIGNATURE_DIGEST: 'answerSignature',
  EV3_RES_HEADERS_INCOMPLATE: 'answerSignature'
}

/**
 * WeChat Pay allows 10 media uploads a second per merchant number (issue 15): one limiter
 * for the whole process, so concurrent sends (bulk submit) share the allowance.
 */
const UPLOAD_SLOTS = createRateLimiter(10, 1000)

const TRANSPORT_ERRORS = ['ECONNABORTED', 'ETIMEDOUT', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE']

interface ErrorBody {
  code?: string
  message?: string
  detail?: { field?: string; issue?: string }
}

/** An APIv3 failure in the runner's terms (payment-onboarding.md §3.4: the error body). */
export function wechatPayFailure(error: unknown): unknown {
  // Not the SDK's: a fault of ours, which a retry would only repeat.
  if (!isAxiosError(error)) return error
  const answerKind = error.code ? ANSWER_FAILURES[error.code] : undefined
  const requestId = String(error.response?.headers['request-id'] ?? '')
  if (answerKind) return new GatewayFailure(answerKind, error.code ?? '', error.message, requestId)
  const status = error.response?.status
  if (!status) {
    return new GatewayFailure('transient', error.code ?? 'NETWORK', error.message)
  }
  const body = (error.response?.data ?? {}) as ErrorBody
  const code = body.code ?? String(status)
  const text = body.message ?? error.message
  if (status === 429 || status >= 500 || TRANSPORT_ERRORS.includes(error.code ?? '')) {
    return new GatewayFailure('transient', code, text, requestId)
  }
  if (status === 401) return new GatewayFailure('signature', code, text, requestId)
  return new GatewayFailure('business', code, text, requestId, body.detail?.field)
}

function answerOf(response: AxiosResponse): StepAnswer {
  const data: unknown = response.data
  return {
    requestId: String(response.headers['request-id'] ?? ''),
    answer: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}
  }
}

/** `POST /v3/…` as the bundle writes an endpoint: the verb and the path below the host. */
function endpointParts(endpoint: string): { method: string; path: string } {
  const [method = 'POST', target = ''] = endpoint.split(' ')
  return { method: method.toLowerCase(), path: new URL(target, WECHAT_PAY_BASE_URL).pathname }
}

export interface WechatPayGatewayOptions {
  credentials: WechatPayCredentials
  baseUrl?: string
  timeoutMs?: number
  /** Waits for an upload slot of a merchant number; the process-wide limiter unless given. */
  uploadSlot?: (mchid: string) => Promise<void>
}

/**
 * WeChat Pay APIv3 through wechatpay-axios-plugin: it signs every request with the
 * merchant's key and serial and verifies every answer's signature and time with the
 * platform key, so Kaitong holds no signing code of its own.
 */
export function createWechatPayGateway(options: WechatPayGatewayOptions): PlatformGateway {
  const { credentials } = options
  const platformKey = credentials.platformKey
  const wxpay = new Wechatpay({
    mchid: credentials.mchid,
    serial: credentials.merchantSerial,
    privateKey: credentials.merchantPrivateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certs: {
      [platformKey.keyId]: platformKey.key.export({ type: 'spki', format: 'pem' }).toString()
    },
    baseURL: options.baseUrl ?? WECHAT_PAY_BASE_URL,
    timeout: options.timeoutMs ?? 30_000
  })
  const client = wxpay.client as unknown as {
    request(path: string, method: string, data?: unknown, config?: object): Promise<AxiosResponse>
  }
  async function call(path: string, method: string, data?: unknown, config?: object) {
    try {
      return answerOf(await client.request(path, method, data, config))
    } catch (error) {
      throw wechatPayFailure(error)
    }
  }
  return {
    encryptor: createWechatPayEncryptor(platformKey),
    mediaIdOf: (answer) => answer['media_id'],
    async upload({ path, bytes }) {
      await (options.uploadSlot ?? UPLOAD_SLOTS)(credentials.mchid)
      const filename = basename(path)
      const meta = { filename, sha256: createHash('sha256').update(bytes).digest('hex') }
      const form = new Multipart()
      form.append('file', Buffer.from(bytes), filename)
      form.append('meta', JSON.stringify(meta))
      // The signature covers `meta`, not the multipart body (§3.1). The body goes as bytes:
      // axios would re-encode a form object and drop the file part's filename.
      return call(MEDIA_UPLOAD, 'post', form.getBuffer(), { meta, headers: form.getHeaders() })
    },
    async send(ready) {
      const { method, path } = endpointParts(ready.payload.call)
      const headers = ready.keyId ? { 'Wechatpay-Serial': ready.keyId } : {}
      try {
        return await call(path, method, ready.body, { headers })
      } catch (error) {
        // The same business_code sent again (a run resumed after the answer was lost) is
        // refused as PROCESSING: the application exists, so its query answers for it.
        const code = ready.body['business_code']
        if (!(error instanceof GatewayFailure) || error.code !== 'PROCESSING') throw error
        if (typeof code !== 'string') throw error
        return call(`${QUERY_BY_BUSINESS_CODE}${encodeURIComponent(code)}`, 'get')
      }
    },
    async query(ids) {
      if (ids.applymentId) return call(`${QUERY_BY_APPLYMENT_ID}${ids.applymentId}`, 'get')
      if (ids.businessCode) {
        return call(`${QUERY_BY_BUSINESS_CODE}${encodeURIComponent(ids.businessCode)}`, 'get')
      }
      throw new KaitongError('submit.nothing_to_query')
    }
  }
}
