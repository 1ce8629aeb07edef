import { createHash, generateKeyPairSync } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { AlipayFormData, AlipaySdk } from 'alipay-sdk'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../../src-main/api/contract'
import { BundleManifest } from '../../../src-main/bundle'
import type { CallTransport } from '../../../src-main/platforms/adapter'
import { useTempApp } from '../../helpers/app'
import { createCompleteDraft } from '../../helpers/complete-draft'

/**
 * The Alipay bundles of the complete fixture, sent as their plan says by Alipay's own Node
 * SDK to a gateway on 127.0.0.1: the gateway checks what arrives against the bundle, so the
 * plan's transport, placeholders and files are what the real gateway would be handed.
 */

const openTempApp = useTempApp()
const decoder = new TextDecoder()

interface PayloadFile {
  call: string
  transport?: CallTransport
  body: Record<string, unknown>
  files?: Record<string, string>
}

interface Received {
  query: URLSearchParams
  contentType: string
  /** Text parameters of the body: form fields or multipart text parts. */
  fields: Record<string, string>
  files: Record<string, Uint8Array>
}

/** An Alipay gateway double: records each request and answers with the ids later calls need. */
async function startGateway(): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = []
  let uploads = 0
  const server = createServer((request, response) => {
    void readRequest(request).then((entry) => {
      received.push(entry)
      const method = entry.query.get('method') ?? ''
      const answer: Record<string, string> = { code: '10000', msg: 'Success' }
      if (method === 'ant.merchant.expand.indirect.image.upload') {
        answer.image_id = `oss-key-${++uploads}`
      }
      if (method === 'alipay.open.agent.create') answer.batch_no = '2026120610000000000000001'
      response.setHeader('content-type', 'application/json; charset=utf-8')
      response.end(JSON.stringify({ [`${method.replaceAll('.', '_')}_response`]: answer }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/gateway.do`, received, server }
}

async function readRequest(request: IncomingMessage): Promise<Received> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const contentType = request.headers['content-type'] ?? ''
  const url = new URL(request.url ?? '/', 'http://127.0.0.1')
  // The platform's own parsers: URL-encoded forms and multipart bodies as fetch reads them.
  const form = await new Request(url, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: Buffer.concat(chunks)
  }).formData()
  const fields: Record<string, string> = {}
  const files: Record<string, Uint8Array> = {}
  for (const [name, value] of form) {
    if (typeof value === 'string') fields[name] = value
    else files[name] = new Uint8Array(await value.arrayBuffer())
  }
  return { query: url.searchParams, contentType, fields, files }
}

function sha256(bytes: Uint8Array | undefined): string {
  return createHash('sha256')
    .update(bytes ?? new Uint8Array())
    .digest('hex')
}

function testKeys(): { privateKey: string; publicKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' }
  })
}

async function exportAlipay(route: 'zft' | 'agent'): Promise<Record<string, Uint8Array>> {
  const { app } = openTempApp()
  const id = await createCompleteDraft(app, { addProvider: 'alipay' })
  const draft = (await app.router.dispatch('drafts.get', { id })) as {
    ok: true
    value: { content: { payment: { alipay: { route: string } } } }
  }
  draft.value.content.payment.alipay.route = route
  await app.router.dispatch('drafts.save', { id, content: draft.value.content })
  const result = (await app.router.dispatch('bundles.export', { id, platforms: ['alipay'] })) as {
    ok: true
    value: MethodOutput<'bundles.export'>
  }
  const [entry] = result.value
  if (!entry?.ok) throw new Error(JSON.stringify(entry))
  return unzipSync(readFileSync(entry.export.path))
}

/** A JSON pointer's parent object and key (tokens in these bodies need no unescaping). */
function setAt(root: Record<string, unknown>, pointer: string, value: string): void {
  const tokens = pointer.split('/').slice(1)
  const last = tokens.pop() ?? ''
  const parent = tokens.reduce<Record<string, unknown>>(
    (node, token) => node[token] as Record<string, unknown>,
    root
  )
  parent[last] = value
}

/**
 * Follows the bundle literally: each call in order, only the listed placeholders filled from
 * the answers of the calls they name, sent by alipay-sdk as the call's transport says.
 */
async function sendBundle(entries: Record<string, Uint8Array>, gateway: string) {
  const manifest = BundleManifest.parse(JSON.parse(decoder.decode(entries['manifest.json'])))
  const keys = testKeys()
  const sdk = new AlipaySdk({
    appId: '2021000000000001',
    privateKey: keys.privateKey,
    gateway
  })
  const answers = new Map<string, Record<string, unknown>>()
  const sent: { file: string; payload: PayloadFile; body: Record<string, unknown> }[] = []
  for (const file of manifest.calls) {
    const payload = JSON.parse(decoder.decode(entries[file])) as PayloadFile
    const body = structuredClone(payload.body)
    for (const entry of [...manifest.mediaToUpload, ...manifest.fromResponses]) {
      if (entry.file !== file) continue
      const source = entry.source
      if (!source?.callFile) throw new Error(`${file} ${entry.pointer}: no source call`)
      const value = answers.get(source.callFile)?.[source.field]
      if (typeof value !== 'string') throw new Error(`${source.callFile} gave no ${source.field}`)
      setAt(body, entry.pointer, value)
    }
    const transport = payload.transport
    if (!transport) throw new Error(`${file} has no transport`)
    let answer: Record<string, unknown>
    if (transport.body === 'multipart') {
      const form = new AlipayFormData()
      for (const [name, value] of Object.entries(body)) form.addField(name, value)
      for (const [name, media] of Object.entries(payload.files ?? {})) {
        const bytes = entries[media]
        if (!bytes) throw new Error(`${media} not in the bundle`)
        form.addFile(name, media.slice(media.lastIndexOf('/') + 1), Buffer.from(bytes))
      }
      answer = await sdk.exec(transport.method, {}, { formData: form })
    } else {
      answer = await sdk.exec(transport.method, { bizContent: body })
    }
    // The SDK answers in camelCase; the plan names the platform's snake_case fields.
    answers.set(file, {
      image_id: answer.imageId,
      batch_no: answer.batchNo
    })
    sent.push({ file, payload, body })
  }
  return { manifest, sent, keys }
}

describe.each(['zft', 'agent'] as const)('the %s Alipay bundle sent by alipay-sdk', (route) => {
  let entries: Record<string, Uint8Array>
  let gateway: Awaited<ReturnType<typeof startGateway>>
  let result: Awaited<ReturnType<typeof sendBundle>>

  // One export and one sending per route: normalising the fixture's photos is the slow part.
  beforeAll(async () => {
    entries = await exportAlipay(route)
    gateway = await startGateway()
    result = await sendBundle(entries, gateway.url)
  }, 180_000)
  afterAll(() => gateway.server.close())

  /** Each sent call with the request the gateway received for it. */
  function exchanges() {
    return result.sent.map((call, index) => ({
      ...call,
      transport: call.payload.transport!,
      request: gateway.received[index]!
    }))
  }

  it('sends every call to the gateway with its method and the common parameters listed', () => {
    expect(gateway.received).toHaveLength(result.sent.length)
    for (const { payload, transport, request } of exchanges()) {
      expect(transport.method).toBe(payload.call)
      expect(request.query.get('method')).toBe(payload.call)
      expect(request.contentType.split(';')[0]).toBe(transport.contentType.split(';')[0])
      for (const { name, value } of transport.commonParameters) {
        const arrived = request.query.get(name)
        expect(arrived, name).toBeTruthy()
        expect(arrived, name).toBe(value ?? arrived)
      }
    }
  })

  it('sends each JSON call’s body as the biz_content form parameter, unchanged', () => {
    const json = exchanges().filter(({ transport }) => transport.body === 'biz_content')
    expect(json.length).toBeGreaterThan(0)
    for (const { body, request } of json) {
      expect(Object.keys(request.fields)).toEqual(['biz_content'])
      expect(JSON.parse(request.fields.biz_content ?? '')).toEqual(body)
    }
  })

  it('sends each call with files as multipart: text fields as parts, files byte for byte', () => {
    const multipart = exchanges().filter(({ transport }) => transport.body === 'multipart')
    expect(multipart.length).toBeGreaterThan(0)
    for (const { payload, body, request } of multipart) {
      expect(request.fields).toEqual(
        Object.fromEntries(Object.entries(body).map(([key, value]) => [key, String(value)]))
      )
      const files = payload.files ?? {}
      expect(Object.keys(request.files).sort()).toEqual(Object.keys(files).sort())
      for (const [name, media] of Object.entries(files)) {
        // Hashes: a deep comparison of megabytes is slow and its diff unreadable.
        expect(sha256(request.files[name]), name).toBe(sha256(entries[media]))
      }
    }
  })

  it('signs the common parameters and text fields with RSA2, never the files', () => {
    const verifier = new AlipaySdk({
      appId: '2021000000000001',
      privateKey: result.keys.privateKey,
      alipayPublicKey: result.keys.publicKey
    })
    for (const { request } of exchanges()) {
      const signed = Object.fromEntries([...request.query, ...Object.entries(request.fields)])
      expect(verifier.checkNotifySignV2(signed)).toBe(true)
    }
  })

  it('leaves no stand-in in any call once the listed placeholders are filled', () => {
    for (const { file, body } of result.sent) {
      const text = JSON.stringify(body)
      expect(text, file).not.toMatch(/<[^>]*>/)
      expect(text, file).not.toMatch(/media\//)
    }
  })

  it('makes every call of the route, in the plan’s order', () => {
    const methods = gateway.received.map((request) => request.query.get('method'))
    expect(methods).toEqual(
      route === 'zft'
        ? [
            ...methods.slice(0, -1).map(() => 'ant.merchant.expand.indirect.image.upload'),
            'ant.merchant.expand.indirect.zft.create'
          ]
        : [
            'alipay.open.agent.create',
            'alipay.open.agent.facetoface.sign',
            'alipay.open.agent.mobilepay.sign',
            'alipay.open.agent.confirm'
          ]
    )
  })
})
