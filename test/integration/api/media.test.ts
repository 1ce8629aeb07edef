import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../../../src-main/harness/http'
import { readThumbnail } from '../../../src-main/media'
import { useTempApp } from '../../helpers/app'

const openTempApp = useTempApp()
const FIXTURES = join(import.meta.dirname, '../../fixtures/images')
const running: Harness[] = []
afterEach(async () => {
  for (const harness of running.splice(0)) await harness.close()
})

function fixtureBase64(name: string): string {
  return readFileSync(join(FIXTURES, name)).toString('base64')
}

async function draftIn(app: ReturnType<typeof openTempApp>['app']): Promise<string> {
  const result = await app.router.dispatch('drafts.create', { title: '图片' })
  if (!result.ok) throw new Error('create failed')
  return (result.value as { id: string }).id
}

type Imported = { sha256: string; width: number; height: number }

/** A new draft with one fixture picture imported into it (under `name`). */
async function importFixture(
  app: ReturnType<typeof openTempApp>['app'],
  fixture: string,
  name: string
): Promise<{ draftId: string; picture: Imported }> {
  const draftId = await draftIn(app)
  const imported = await app.router.dispatch('media.import', {
    draftId,
    name,
    dataBase64: fixtureBase64(fixture)
  })
  if (!imported.ok) throw new Error(`import failed: ${JSON.stringify(imported.error)}`)
  return { draftId, picture: imported.value as Imported }
}

describe('media.import', () => {
  it('stores a picture sent as base64 and describes it from its bytes', async () => {
    const { app } = openTempApp()
    const draftId = await draftIn(app)
    const result = await app.router.dispatch('media.import', {
      draftId,
      name: 'logo.jpg',
      dataBase64: fixtureBase64('logo-transparent.png')
    })
    expect(result).toMatchObject({
      ok: true,
      value: { mime: 'image/png', originalName: 'logo.jpg' }
    })
  })

  it('refuses an SVG with media.unsupported_type naming the kind', async () => {
    const { app } = openTempApp()
    const draftId = await draftIn(app)
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')
    const result = await app.router.dispatch('media.import', {
      draftId,
      name: 'a.png',
      dataBase64: svg
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'media.unsupported_type', params: { kind: 'svg' } }
    })
  })

  it('refuses a damaged upload with media.bad_upload', async () => {
    const { app } = openTempApp()
    const draftId = await draftIn(app)
    const result = await app.router.dispatch('media.import', {
      draftId,
      name: 'x',
      dataBase64: '%%%'
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'media.bad_upload' } })
  })

  it('deletes the files of a deleted draft that no other draft uses', async () => {
    const { app, dataDir } = openTempApp()
    const { draftId, picture } = await importFixture(app, 'logo-transparent.png', 'logo.png')
    const { sha256 } = picture
    const file = join(dataDir, 'media', sha256.slice(0, 2), sha256)
    expect(existsSync(file)).toBe(true)
    await app.router.dispatch('drafts.delete', { id: draftId })
    expect(existsSync(file)).toBe(false)
    expect(await app.router.dispatch('media.get', { sha256 })).toMatchObject({
      ok: false,
      error: { code: 'media.not_found' }
    })
  })
})

describe('thumbnails over the harness', () => {
  it('serves a known picture as WebP to the token holder only', async () => {
    const { app } = openTempApp()
    const { picture } = await importFixture(app, 'logo-transparent.png', 'logo.png')
    const { sha256 } = picture
    const harness = await startHarness({
      router: app.router,
      staticDir: join(FIXTURES),
      thumbnail: (sha) => readThumbnail(app.media, sha)
    })
    running.push(harness)
    const ok = await fetch(`${harness.url}/media/${sha256}?harness=${harness.token}`)
    expect(ok.headers.get('content-type')).toBe('image/webp')
    expect((await fetch(`${harness.url}/media/${sha256}`)).status).toBe(403)
    const unknown = `${harness.url}/media/${'0'.repeat(64)}?harness=${harness.token}`
    expect((await fetch(unknown)).status).toBe(404)
    const path = `${harness.url}/media/..%2f..%2fkaitong.sqlite?harness=${harness.token}`
    expect((await fetch(path)).status).toBe(404)
  })
})

describe('media.verdicts', () => {
  it('says per platform slot whether the picture fits as it is and what export makes of it', async () => {
    const { app } = openTempApp()
    const { picture } = await importFixture(app, 'photo.jpg', 'photo.jpg')
    const { sha256, width, height } = picture
    const result = await app.router.dispatch('media.verdicts', {
      sha256,
      targets: [
        { platform: 'alipay-mp', slot: 'logo' },
        { platform: 'wechat-pay', slot: 'licence' }
      ]
    })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    const [logo, licence] = result.value as {
      ok: boolean
      problems: { code: string }[]
      export: { ok: boolean; width: number; height: number; mime: string }
    }[]
    expect(width === height).toBe(false)
    expect(logo?.ok).toBe(false)
    expect(logo?.problems.map((p) => p.code)).toContain('media.spec_square')
    expect(logo?.export).toMatchObject({ ok: true })
    expect(logo?.export.width).toBe(logo?.export.height)
    expect(licence?.export).toMatchObject({ ok: true, mime: 'image/jpeg' })
  })

  it('refuses a slot the platform does not have with media.unknown_slot', async () => {
    const { app } = openTempApp()
    const { picture } = await importFixture(app, 'photo.jpg', 'photo.jpg')
    const { sha256 } = picture
    const result = await app.router.dispatch('media.verdicts', {
      sha256,
      targets: [{ platform: 'douyin-mp', slot: 'storefront' }]
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'media.unknown_slot' } })
  })
})
