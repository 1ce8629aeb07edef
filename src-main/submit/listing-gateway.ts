import { basename } from 'node:path'
import { KaitongError } from '../api/result'
import { list, object, text, type Json } from '../platforms/status/answers'
import { GatewayFailure, type Pending, type PlatformGateway, type StepAnswer } from './gateway'

/**
 * The mini-program platforms Kaitong reaches as a third party over plain HTTPS with the
 * merchant's authorizer access token (miniprogram-listing.md §1, §3): no SDK of theirs runs
 * in Node, and their calls are unsigned apart from the token.
 */
export type TokenPlatform = 'wechat-mp' | 'douyin-mp' | 'baidu-mp'

export const LISTING_HOSTS: Readonly<Record<TokenPlatform, string>> = {
  'wechat-mp': 'https://api.weixin.qq.com',
  'douyin-mp': 'https://open.douyin.com',
  'baidu-mp': 'https://openapi.baidu.com'
}

/** How one platform carries the token and says success or failure. */
interface Dialect {
  /** The access token as the platform takes it. */
  authorize(url: URL, headers: Record<string, string>, token: string): void
  /** The platform's error code in an answer, `undefined` on success. */
  errorOf(answer: Json): { code: string; text: string } | undefined
  requestIdOf(answer: Json, headers: Headers): string
  /** Codes that mean the token, not the content (expired, revoked, another app's). */
  tokenCodes: readonly string[]
  /** Codes that mean "busy, try again". */
  transientCodes: readonly string[]
}

const DIALECTS: Readonly<Record<TokenPlatform, Dialect>> = {
  // Global return codes: -1 busy, 45009 daily limit reached is not transient (tomorrow).
  'wechat-mp': {
    authorize: (url, _headers, token) => url.searchParams.set('access_token', token),
    errorOf: (answer) => {
      const code = text(answer['errcode'])
      return code && code !== '0' ? { code, text: text(answer['errmsg']) ?? code } : undefined
    },
    requestIdOf: (answer) => /rid: ([\w-]+)/.exec(text(answer['errmsg']) ?? '')?.[1] ?? '',
    tokenCodes: ['40001', '40014', '42001', '41001'],
    transientCodes: ['-1']
  },
  // V2 open API: `access-token` header; `err_no`, `err_msg`, `log_id` (SKIT ModelSamples).
  'douyin-mp': {
    authorize: (_url, headers, token) => {
      headers['access-token'] = token
    },
    errorOf: (answer) => {
      const code = text(answer['err_no'])
      return code && code !== '0' ? { code, text: text(answer['err_msg']) ?? code } : undefined
    },
    requestIdOf: (answer) => text(answer['log_id']) ?? '',
    // The open platform's common codes: 28001003 token invalid, 28001008 expired (an HTTP
    // 401 counts as the token too); 28001005 internal error and 28001006 network error say
    // "retry"; 11301 "too frequent" (audit, 10 s).
    tokenCodes: ['28001003', '28001008'],
    transientCodes: ['28001005', '28001006', '11301']
  },
  // Smart-program REST: `errno`/`msg`; the OpenAPI layer's own `error_code`/`error_msg`.
  'baidu-mp': {
    authorize: (url, _headers, token) => url.searchParams.set('access_token', token),
    errorOf: (answer) => {
      const gateway = text(answer['error_code'])
      if (gateway) return { code: gateway, text: text(answer['error_msg']) ?? gateway }
      const code = text(answer['errno'])
      return code && code !== '0' ? { code, text: text(answer['msg']) ?? code } : undefined
    },
    requestIdOf: (answer) => text(answer['request_id']) ?? text(answer['traceId']) ?? '',
    tokenCodes: ['110', '111'],
    transientCodes: ['18', '2']
  }
}

/** Douyin's upload-material `material_type`, from where the picture goes (§3.1). */
function douyinMaterialType(pointer: string): string {
  if (pointer === '/new_icon_path') return '1'
  if (pointer.includes('/category_cert/')) return '2'
  return '3'
}

export interface ListingGatewayOptions {
  platform: TokenPlatform
  token: string
  baseUrl?: string
  timeoutMs?: number
}

/** A bundle endpoint (`POST https://host/path?query`) moved onto the base URL in use. */
function endpointUrl(endpoint: string, base: string): { method: string; url: URL } {
  const [method = 'POST', target = ''] = endpoint.split(' ')
  const original = new URL(target)
  const url = new URL(`${original.pathname}${original.search}`, base)
  return { method, url }
}

export function createListingGateway(options: ListingGatewayOptions): PlatformGateway {
  const { platform, token } = options
  const dialect = DIALECTS[platform]
  const base = options.baseUrl ?? LISTING_HOSTS[platform]

  async function request(
    method: string,
    url: URL,
    body?: { json: unknown } | { form: Record<string, unknown> } | { multipart: FormData }
  ): Promise<StepAnswer> {
    const headers: Record<string, string> = {}
    dialect.authorize(url, headers, token)
    let payload: BodyInit | undefined
    if (body && 'json' in body) {
      headers['content-type'] = 'application/json; charset=utf-8'
      // JSON.stringify writes CJK as raw UTF-8: WeChat refuses \u escapes (61037, 91004).
      payload = JSON.stringify(body.json)
    } else if (body && 'form' in body) {
      payload = new URLSearchParams(
        Object.entries(body.form).map(([name, value]) => [
          name,
          typeof value === 'string' ? value : JSON.stringify(value)
        ])
      )
    } else if (body) {
      payload = body.multipart
    }
    let response: Response
    try {
      response = await fetch(url, {
        method,
        headers,
        ...(payload === undefined ? {} : { body: payload }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000)
      })
    } catch (error) {
      throw new GatewayFailure('transient', 'NETWORK', String(error))
    }
    const raw = await response.text().catch(() => '')
    if (response.status === 429 || response.status >= 500) {
      throw new GatewayFailure('transient', String(response.status), raw.slice(0, 200))
    }
    let answer: Json
    try {
      answer = object(JSON.parse(raw)) ?? {}
    } catch {
      throw new GatewayFailure('transient', String(response.status), raw.slice(0, 200))
    }
    const requestId = dialect.requestIdOf(answer, response.headers)
    const failure = dialect.errorOf(answer)
    if (failure) {
      const kind = dialect.tokenCodes.includes(failure.code)
        ? 'token'
        : dialect.transientCodes.includes(failure.code)
          ? 'transient'
          : 'business'
      throw new GatewayFailure(kind, failure.code, failure.text, requestId)
    }
    if (response.status === 401 || response.status === 403) {
      throw new GatewayFailure('token', String(response.status), raw.slice(0, 200), requestId)
    }
    return { requestId, answer }
  }

  const get = (path: string, query: Record<string, string> = {}) => {
    const url = new URL(path, base)
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value)
    return request('GET', url)
  }
  const postJson = (path: string, json: unknown) => request('POST', new URL(path, base), { json })

  /** WeChat (§1.9, §1.11): detection after commit, then name and category reviews. */
  async function wechatWait(
    callName: string,
    earlier: ReadonlyMap<string, StepAnswer>
  ): Promise<Pending | undefined> {
    if (callName.endsWith('/setprivacysetting')) {
      try {
        await get('/wxa/security/get_code_privacy_info')
      } catch (error) {
        if (error instanceof GatewayFailure && error.code === '61039') {
          return { code: '61039', text: error.text }
        }
        throw error
      }
      return undefined
    }
    const nickname = [...earlier.entries()].find(([key]) => key.endsWith('-setnickname.json'))
    const auditId = text(nickname?.[1].answer['audit_id'])
    if (auditId) {
      const { answer } = await postJson('/wxa/api_wxa_querynickname', { audit_id: Number(auditId) })
      const stat = text(answer['audit_stat'])
      if (stat === '2') {
        throw new GatewayFailure('business', 'nickname', text(answer['fail_reason']) ?? '')
      }
      if (stat !== '3') return { code: 'nickname', text: text(answer['nickname']) ?? '' }
    }
    const { answer } = await get('/cgi-bin/wxopen/getcategory')
    for (const category of list(answer['categories']).map(object)) {
      const status = text(category?.['audit_status'])
      const name = `${text(category?.['first_name']) ?? ''}-${text(category?.['second_name']) ?? ''}`
      if (status === '2') {
        throw new GatewayFailure('business', 'category', text(category?.['audit_reason']) ?? name)
      }
      // 3 = approved; a category needing no qualification is never reviewed (no status).
      if (status && status !== '3') return { code: 'category', text: name }
    }
    return undefined
  }

  /** Douyin (§3.1): categories are published once every one passed its review. */
  async function douyinWait(): Promise<Pending | undefined> {
    const { answer } = await get('/api/apps/v1/category/get_audit_categories/')
    const infos = list(object(answer['data'])?.['app_category_audit_info']).map(object)
    const waiting = infos.find((info) => text(info?.['category_audit_state']) !== '2')
    return waiting
      ? { code: 'category', text: text(waiting['category_name']) ?? text(waiting['reason']) ?? '' }
      : undefined
  }

  return {
    async upload({ path, bytes, uses }) {
      const file = new Blob([new Uint8Array(bytes)])
      const form = new FormData()
      if (platform === 'douyin-mp') {
        form.append('material_type', douyinMaterialType(uses[0]?.pointer ?? ''))
        form.append('material_file', file, basename(path))
        return request('POST', new URL('/api/apps/v2/file/upload_material/', base), {
          multipart: form
        })
      }
      if (platform === 'baidu-mp') {
        form.append('multipartFile', file, basename(path))
        return request('POST', new URL('/file/2.0/smartapp/upload/image', base), {
          multipart: form
        })
      }
      // WeChat bundles upload every picture with a call of their own.
      throw new KaitongError('submit.bundle_damaged', { path: 'mediaToUpload' })
    },
    mediaIdOf(answer) {
      // WeChat: media_id (cgi-bin/media/upload) or mediaid (wxa/uploadmedia); Douyin: a
      // path; Baidu: the picture's URL as `data`.
      const data = answer['data']
      return answer['media_id'] ?? answer['mediaid'] ?? object(data)?.['path'] ?? data
    },
    async send(ready) {
      const { method, url } = endpointUrl(ready.payload.call, base)
      const body = ready.body
      const attempt = (sent: Record<string, unknown>) => {
        if (ready.payload.contentType === 'json')
          return request(method, new URL(url), { json: sent })
        if (ready.payload.contentType === 'form')
          return request(method, new URL(url), { form: sent })
        const form = new FormData()
        for (const [name, value] of Object.entries(sent)) form.append(name, String(value))
        for (const file of ready.files) {
          form.append(file.field, new Blob([new Uint8Array(file.bytes)]), basename(file.path))
        }
        return request(method, new URL(url), { multipart: form })
      }
      try {
        return await attempt(body)
      } catch (error) {
        // A parameter the documents name two ways (Baidu categorys/categories, 50062).
        const alternative = ready.payload.alternative
        if (!(error instanceof GatewayFailure) || error.code !== alternative?.onError) throw error
        const renamed = Object.fromEntries(
          Object.entries(body).map(([name, value]) => [
            alternative.renameFields[name] ?? name,
            value
          ])
        )
        return attempt(renamed)
      }
    },
    async waitFor(ready, earlier) {
      if (platform === 'wechat-mp') return wechatWait(ready.payload.call, earlier)
      if (platform === 'douyin-mp') return douyinWait()
      return undefined
    },
    // The status readers take these answers as they come (test/fixtures/status).
    async query() {
      if (platform === 'wechat-mp') return get('/wxa/get_latest_auditstatus')
      if (platform === 'douyin-mp') return get('/api/apps/v1/package_version/versions/')
      return get('/rest/2.0/smartapp/package/get')
    }
  }
}
