import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { statusAnswer } from './status-answers'

/**
 * A double of the WeChat, Douyin and Baidu third-party APIs on 127.0.0.1 (miniprogram-listing.md
 * §1, §3), answering with the recorded examples in test/fixtures/listing-answers: it checks the
 * authorizer token the way each platform carries it, issues media ids / paths / URLs for
 * uploads and checks later calls name only ones it issued, plays the name, category and
 * privacy-detection reviews, and serves an agency token service. It never echoes what it was sent.
 */
export type TokenPlatform = 'wechat-mp' | 'douyin-mp' | 'baidu-mp'

export function recordedAnswer(name: string): Record<string, unknown> {
  const path = join(import.meta.dirname, '../fixtures/listing-answers', `${name}.json`)
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
}

export interface ListingCall {
  platform: TokenPlatform
  path: string
  /** The JSON or form body as received (form fields as strings). */
  body: Record<string, unknown>
}

export interface FakeListing {
  url: string
  /** The token each platform accepts, and the token service hands out for a merchant. */
  tokens: Record<TokenPlatform, string>
  /** Successful calls, uploads included, in order. */
  calls: ListingCall[]
  /** Media references in a call that this double never issued. */
  unknownMedia: string[]
  /** Douyin `material_type` per upload, in order. */
  materialTypes: string[]
  refusedTokens: number
  /** The state the reviews are in (recorded values): 1 in review, 2 failed, 3 approved. */
  nicknameAuditStat: number
  categoryAuditStatus: number
  /** Douyin `category_audit_state`: 2 = passed. */
  douyinCategoryState: number
  privacyDetectionDone: boolean
  /** Baidu validates the category list under the other documented name (50062 otherwise). */
  baiduWantsCategories: boolean
  /** What to answer once on the next request to a path: a status (429, 500) or a recorded answer's name. */
  faults: Map<string, (number | string)[]>
  /** The recorded status answer queries give (a file in test/fixtures/status). */
  queryAnswers: Record<TokenPlatform, string>
  /** Requests the token service answered, with the merchant asked for. */
  tokenRequests: string[]
  tokenServiceSecret: string
  close(): Promise<void>
}

const MEDIA_FIELDS =
  /^(license|naming_other_stuff_\d|head_img_media_id|value|pic_id_list|material_file_path|new_icon_path|path_list|image_url|app_name_material|addr)$/

function walk(value: unknown, key: string, visit: (key: string, text: string) => void): void {
  if (typeof value === 'string') visit(key, value)
  else if (Array.isArray(value)) value.forEach((item) => walk(item, key, visit))
  else if (value && typeof value === 'object') {
    for (const [name, child] of Object.entries(value)) walk(child, name, visit)
  }
}

function platformOf(path: string): TokenPlatform | undefined {
  if (path.startsWith('/api/apps/')) return 'douyin-mp'
  if (path.startsWith('/rest/2.0/smartapp/') || path.startsWith('/file/2.0/smartapp/')) {
    return 'baidu-mp'
  }
  if (path.startsWith('/wxa/') || path.startsWith('/cgi-bin/')) return 'wechat-mp'
  return undefined
}

async function readBody(request: IncomingMessage, url: URL) {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const raw = Buffer.concat(chunks)
  const type = request.headers['content-type'] ?? ''
  const fields: Record<string, unknown> = {}
  const files: Record<string, Blob> = {}
  if (type.startsWith('application/json')) {
    return { fields: JSON.parse(raw.toString('utf8')) as Record<string, unknown>, files }
  }
  if (type.startsWith('multipart/') || type.startsWith('application/x-www-form-urlencoded')) {
    const form = await new Request(url, {
      method: 'POST',
      headers: { 'content-type': type },
      body: new Uint8Array(raw)
    }).formData()
    for (const [name, value] of form) {
      if (typeof value === 'string') fields[name] = value
      else files[name] = value
    }
  }
  return { fields, files }
}

export async function startFakeListing(): Promise<FakeListing> {
  const issued = new Set<string>()
  const server: Server = createServer()
  const fake: Omit<FakeListing, 'url' | 'close'> = {
    tokens: {
      'wechat-mp': `wx-${randomBytes(8).toString('hex')}`,
      'douyin-mp': `clt.${randomBytes(8).toString('hex')}`,
      'baidu-mp': `24.${randomBytes(8).toString('hex')}`
    },
    calls: [],
    unknownMedia: [],
    materialTypes: [],
    refusedTokens: 0,
    nicknameAuditStat: 3,
    categoryAuditStatus: 3,
    douyinCategoryState: 2,
    privacyDetectionDone: true,
    baiduWantsCategories: false,
    faults: new Map(),
    queryAnswers: {
      'wechat-mp': 'wechat-mp-rejected',
      'douyin-mp': 'douyin-mp-rejected',
      'baidu-mp': 'baidu-mp-rejected'
    },
    tokenRequests: [],
    tokenServiceSecret: randomBytes(8).toString('hex')
  }
  const issue = (value: string) => {
    issued.add(value)
    return value
  }

  function send(response: ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    response.end(JSON.stringify(body))
  }

  /** The recorded answer for a call, with the ids this double issues put in. */
  function answerFor(platform: TokenPlatform, path: string): Record<string, unknown> {
    const ok = recordedAnswer(`${platform}-ok`)
    switch (platform) {
      case 'wechat-mp': {
        if (path === '/cgi-bin/media/upload') {
          return { ...recordedAnswer('wechat-mp-media-upload'), media_id: issue(`M${rand()}`) }
        }
        if (path === '/wxa/uploadmedia') {
          return { ...recordedAnswer('wechat-mp-uploadmedia'), mediaid: issue(`A${rand()}`) }
        }
        if (path === '/wxa/setnickname') return recordedAnswer('wechat-mp-setnickname')
        if (path === '/wxa/api_wxa_querynickname') {
          return {
            ...recordedAnswer('wechat-mp-querynickname'),
            audit_stat: fake.nicknameAuditStat
          }
        }
        if (path === '/cgi-bin/wxopen/getcategory') {
          const recorded = recordedAnswer('wechat-mp-getcategory')
          const categories = (recorded['categories'] as Record<string, unknown>[]).map((item) => ({
            ...item,
            audit_status: fake.categoryAuditStatus
          }))
          return { ...recorded, categories }
        }
        if (path === '/wxa/security/get_code_privacy_info') {
          return fake.privacyDetectionDone
            ? recordedAnswer('wechat-mp-get-code-privacy-info')
            : recordedAnswer('wechat-mp-privacy-pending')
        }
        if (path === '/wxa/submit_audit') return recordedAnswer('wechat-mp-submit-audit')
        if (path === '/wxa/get_latest_auditstatus') {
          return statusAnswer(fake.queryAnswers['wechat-mp']) as Record<string, unknown>
        }
        return ok
      }
      case 'douyin-mp': {
        if (path === '/api/apps/v2/file/upload_material/') {
          const recorded = recordedAnswer('douyin-mp-upload-material')
          return { ...recorded, data: { path: issue(`tos-cn-i/${rand()}`) } }
        }
        if (path === '/api/apps/v1/category/get_audit_categories/') {
          const recorded = recordedAnswer('douyin-mp-get-audit-categories')
          const data = recorded['data'] as Record<string, unknown>
          const infos = (data['app_category_audit_info'] as Record<string, unknown>[]).map(
            (item) => ({ ...item, category_audit_state: fake.douyinCategoryState })
          )
          return { ...recorded, data: { ...data, app_category_audit_info: infos } }
        }
        if (path === '/api/apps/v1/package_version/versions/') {
          return statusAnswer(fake.queryAnswers['douyin-mp']) as Record<string, unknown>
        }
        return ok
      }
      case 'baidu-mp': {
        if (path === '/file/2.0/smartapp/upload/image') {
          const recorded = recordedAnswer('baidu-mp-upload-image')
          const url = new URL(String(recorded['data']))
          url.pathname = url.pathname.replace(/[^/]+$/, `${rand()}.png`)
          return { ...recorded, data: issue(url.toString()) }
        }
        if (path === '/rest/2.0/smartapp/package/get') {
          return statusAnswer(fake.queryAnswers['baidu-mp']) as Record<string, unknown>
        }
        return ok
      }
    }
  }

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      if (url.pathname === '/token') {
        if (request.headers.authorization !== `Bearer ${fake.tokenServiceSecret}`) {
          return send(response, 401, { error: 'unauthorized' })
        }
        const platform = url.searchParams.get('platform') as TokenPlatform
        fake.tokenRequests.push(url.searchParams.get('merchant') ?? '')
        return send(response, 200, { access_token: fake.tokens[platform], expires_in: 7200 })
      }
      const platform = platformOf(url.pathname)
      if (!platform) return send(response, 404, {})
      const fault = fake.faults.get(url.pathname)?.shift()
      if (typeof fault === 'number') return send(response, fault, {})
      if (fault) return send(response, 200, recordedAnswer(fault))
      const token =
        platform === 'douyin-mp'
          ? request.headers['access-token']
          : url.searchParams.get('access_token')
      if (token !== fake.tokens[platform]) {
        fake.refusedTokens += 1
        return send(response, 200, recordedAnswer(`${platform}-invalid-token`))
      }
      const { fields, files } = await readBody(request, url)
      if (fake.baiduWantsCategories && fields['categorys'] !== undefined) {
        return send(response, 200, recordedAnswer('baidu-mp-category-format'))
      }
      if (platform === 'douyin-mp' && files['material_file']) {
        fake.materialTypes.push(String(fields['material_type']))
      }
      // Baidu's category list travels as a JSON string inside the form.
      const checked = { ...fields }
      for (const name of ['categorys', 'categories']) {
        if (typeof checked[name] === 'string') checked[name] = JSON.parse(checked[name])
      }
      walk(checked, '', (key, text) => {
        if (!MEDIA_FIELDS.test(key)) return
        const references = key === 'app_name_material' ? text.split(',') : [text]
        for (const reference of references) {
          if (!issued.has(reference)) fake.unknownMedia.push(`${key}=${reference}`)
        }
      })
      fake.calls.push({ platform, path: url.pathname, body: fields })
      return send(response, 200, answerFor(platform, url.pathname))
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  })
}

function rand(): string {
  return randomBytes(9).toString('base64url')
}
