import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import type { Router } from '../api/router'

/**
 * The router served over loopback HTTP so the real renderer can be driven in a real
 * browser by e2e tests. Bound to 127.0.0.1 on a random port; API calls need the random
 * token. Also serves the built renderer (and nothing outside its folder).
 */
export interface HarnessOptions {
  router: Router
  /** The built renderer (`out/renderer`). */
  staticDir: string
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number
  /** Serves `/media/<sha256>?harness=<token>` (img tags cannot send the token header). */
  thumbnail?: (sha256: string) => Promise<{ bytes: Uint8Array; mime: string } | null>
}

export interface Harness {
  url: string
  token: string
  /** Page URL that makes the renderer use this harness as its transport. */
  appUrl: string
  close(): Promise<void>
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf'
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given || given.length !== token.length) return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(token))
}

async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > limit) throw new Error('body too large')
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * DNS rebinding and cross-site requests: a page on another site can point a name at
 * 127.0.0.1 or post to our port, so the Host must be our loopback address and an Origin,
 * when a browser sends one, must be ours. The token alone would not show in such a page,
 * but the static renderer would.
 */
function fromOurOrigin(request: IncomingMessage, port: number): boolean {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  if (!allowedHosts.includes(request.headers.host ?? '')) return false
  const origin = request.headers.origin
  return origin === undefined || allowedHosts.some((host) => origin === `http://${host}`)
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' })
  response.end(body)
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = randomBytes(24).toString('hex')
  const limit = options.maxBodyBytes ?? 32 * 1024 * 1024
  const root = normalize(options.staticDir)

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string) {
    if (request.method !== 'POST') return send(response, 405, 'text/plain', 'POST only')
    if (!sameToken(request.headers['x-kaitong-token'] as string | undefined, token)) {
      return send(response, 403, 'text/plain', 'bad token')
    }
    let raw: unknown
    try {
      const text = await readBody(request, limit)
      raw = text ? JSON.parse(text) : {}
    } catch {
      const error = { ok: false, error: { code: 'api.invalid_json' } }
      return send(response, 400, 'application/json', JSON.stringify(error))
    }
    const result = await options.router.dispatch(method, raw)
    send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result))
  }

  async function handleStatic(response: ServerResponse, pathname: string) {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1))
    const file = normalize(join(root, relative))
    if (!file.startsWith(root + sep)) return send(response, 403, 'text/plain', 'forbidden')
    try {
      const body = await readFile(file)
      send(response, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body)
    } catch {
      send(response, 404, 'text/plain', 'not found')
    }
  }

  async function handleMedia(response: ServerResponse, url: URL) {
    if (!options.thumbnail || !sameToken(url.searchParams.get('harness') ?? undefined, token)) {
      return send(response, 403, 'text/plain', 'forbidden')
    }
    const found = await options.thumbnail(url.pathname.slice('/media/'.length))
    if (!found) return send(response, 404, 'text/plain', 'not found')
    send(response, 200, found.mime, Buffer.from(found.bytes))
  }

  let port = 0
  const server = createServer((request, response) => {
    if (!fromOurOrigin(request, port)) return send(response, 403, 'text/plain', 'forbidden')
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const work = url.pathname.startsWith('/api/')
      ? handleApi(request, response, url.pathname.slice('/api/'.length))
      : url.pathname.startsWith('/media/')
        ? handleMedia(response, url)
        : handleStatic(response, url.pathname)
    work.catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain', 'internal error')
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('harness has no port')
  port = address.port
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    token,
    appUrl: `${url}/?harness=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
