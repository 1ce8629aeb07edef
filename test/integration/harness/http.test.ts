import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../../../src-main/harness/http'
import { useTempApp } from '../../helpers/app'

const openTempApp = useTempApp()
const running: Harness[] = []
afterEach(async () => {
  for (const harness of running.splice(0)) await harness.close()
})

async function start() {
  const { app, dataDir } = openTempApp()
  const staticDir = join(dataDir, 'renderer')
  mkdirSync(staticDir)
  writeFileSync(join(staticDir, 'index.html'), '<h1>ok</h1>')
  writeFileSync(join(dataDir, 'secret.txt'), 'secret')
  const harness = await startHarness({ router: app.router, staticDir })
  running.push(harness)
  return { harness, app }
}

function call(harness: Harness, method: string, body: unknown, token = harness.token) {
  return fetch(`${harness.url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kaitong-token': token },
    body: JSON.stringify(body)
  })
}

/**
 * fetch() normalises `..` away and sets its own Host; a raw request sends the path and
 * headers as an attacker would.
 */
function rawStatus(
  harness: Harness,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {}
): Promise<number | undefined> {
  const { hostname, port } = new URL(harness.url)
  return new Promise((resolve, reject) => {
    request({ host: hostname, port, path, ...options }, (response) => {
      response.resume()
      resolve(response.statusCode)
    })
      .on('error', reject)
      .end()
  })
}

describe('loopback harness', () => {
  it('listens on 127.0.0.1 only', async () => {
    const { harness } = await start()
    expect(new URL(harness.url).hostname).toBe('127.0.0.1')
  })

  it('serves the router to a caller with the token', async () => {
    const { harness } = await start()
    const response = await call(harness, 'drafts.create', { title: '网店' })
    expect(await response.json()).toMatchObject({ ok: true, value: { title: '网店' } })
  })

  it('refuses a caller without the right token', async () => {
    const { harness, app } = await start()
    const response = await call(harness, 'drafts.create', { title: '网店' }, 'x'.repeat(48))
    expect(response.status).toBe(403)
    expect(await app.router.dispatch('drafts.list', {})).toEqual({ ok: true, value: [] })
  })

  it('answers a wrong-typed call with api.invalid_input and stores nothing', async () => {
    const { harness, app } = await start()
    const response = await call(harness, 'drafts.create', { title: 12345 })
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { code: 'api.invalid_input', issues: [{ path: 'title', code: 'input.invalid_type' }] }
    })
    expect(await app.router.dispatch('drafts.list', {})).toEqual({ ok: true, value: [] })
  })

  it('answers a body that is not JSON with api.invalid_json', async () => {
    const { harness } = await start()
    const response = await fetch(`${harness.url}/api/drafts.list`, {
      method: 'POST',
      headers: { 'x-kaitong-token': harness.token },
      body: '{not json'
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ ok: false, error: { code: 'api.invalid_json' } })
  })

  it('serves the renderer but nothing outside its folder', async () => {
    const { harness } = await start()
    expect(await (await fetch(`${harness.url}/`)).text()).toBe('<h1>ok</h1>')
    expect(await rawStatus(harness, '/%2e%2e%2fsecret.txt')).toBe(403)
    expect(await rawStatus(harness, '/..%2f..%2fetc%2fpasswd')).toBe(403)
  })

  it('refuses a request whose Host is not its loopback address (DNS rebinding)', async () => {
    const { harness, app } = await start()
    const status = await rawStatus(harness, '/api/drafts.create', {
      method: 'POST',
      headers: { host: 'attacker.example:80', 'x-kaitong-token': harness.token }
    })
    expect(status).toBe(403)
    expect(await rawStatus(harness, '/', { headers: { host: 'attacker.example' } })).toBe(403)
    expect(await app.router.dispatch('drafts.list', {})).toEqual({ ok: true, value: [] })
  })

  it('refuses an API call sent from another origin, even with the token', async () => {
    const { harness, app } = await start()
    const response = await fetch(`${harness.url}/api/drafts.create`, {
      method: 'POST',
      headers: { 'x-kaitong-token': harness.token, origin: 'https://attacker.example' },
      body: JSON.stringify({ title: '网店' })
    })
    expect(response.status).toBe(403)
    expect(await app.router.dispatch('drafts.list', {})).toEqual({ ok: true, value: [] })
  })

  it('accepts an API call from its own page origin', async () => {
    const { harness } = await start()
    const response = await fetch(`${harness.url}/api/drafts.list`, {
      method: 'POST',
      headers: { 'x-kaitong-token': harness.token, origin: harness.url },
      body: '{}'
    })
    expect(response.status).toBe(200)
  })
})
