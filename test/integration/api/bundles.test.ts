import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../../src-main/api/contract'
import { verifyBundle } from '../../../src-main/bundle'
import { useTempApp } from '../../helpers/app'
import { createCompleteDraft } from '../../helpers/complete-draft'

const openTempApp = useTempApp()
const LISTING_PLATFORMS = ['wechat-mp', 'alipay-mp', 'douyin-mp', 'baidu-mp'] as const

type ExportResults = MethodOutput<'bundles.export'>

describe('bundles.export', () => {
  it('writes a verifiable bundle for every listing platform and records each in the history', async () => {
    const { app, dataDir } = openTempApp()
    const id = await createCompleteDraft(app)
    const result = await app.router.dispatch('bundles.export', {
      id,
      platforms: [...LISTING_PLATFORMS]
    })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    const results = result.value as ExportResults
    for (const entry of results) {
      if (!entry.ok) throw new Error(`${entry.platform}: ${JSON.stringify(entry.error)}`)
      expect(verifyBundle(readFileSync(entry.export.path))).toMatchObject({
        ok: true,
        problems: []
      })
    }
    expect(readdirSync(join(dataDir, 'bundles'))).toHaveLength(4)
    const history = (await app.router.dispatch('bundles.history', { id })) as {
      value: MethodOutput<'bundles.history'>
    }
    expect(history.value.map((record) => record.platform).sort()).toEqual(
      [...LISTING_PLATFORMS].sort()
    )
  })

  it('re-exports the same revision byte for byte', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    const first = (await app.router.dispatch('bundles.export', {
      id,
      platforms: ['alipay-mp']
    })) as {
      ok: true
      value: ExportResults
    }
    const second = (await app.router.dispatch('bundles.export', {
      id,
      platforms: ['alipay-mp']
    })) as {
      ok: true
      value: ExportResults
    }
    const [a] = first.value
    const [b] = second.value
    if (!a?.ok || !b?.ok) throw new Error('export failed')
    expect(b.export.sha256).toBe(a.export.sha256)
  })

  it('refuses a platform with precheck errors, naming them, and writes nothing for it', async () => {
    const { app, dataDir } = openTempApp()
    const id = await createCompleteDraft(app)
    const draft = (await app.router.dispatch('drafts.get', { id })) as {
      ok: true
      value: { content: { listing: { name: string } } }
    }
    draft.value.content.listing.name = '最好的官方小程序旗舰店第一名超长名字超长名字超长名字'
    await app.router.dispatch('drafts.save', { id, content: draft.value.content })
    const result = (await app.router.dispatch('bundles.export', {
      id,
      platforms: ['douyin-mp']
    })) as {
      ok: true
      value: ExportResults
    }
    const [entry] = result.value
    expect(entry).toMatchObject({ ok: false, error: { code: 'bundle.precheck_errors' } })
    expect(entry && !entry.ok && entry.error.issues?.length).toBeGreaterThan(0)
    expect(readdirSync(join(dataDir, 'bundles'))).toEqual([])
  })
})

describe('bundle summary', () => {
  it('tells the uploader how each uncertain platform fact was read', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    const result = (await app.router.dispatch('bundles.export', {
      id,
      platforms: ['baidu-mp']
    })) as {
      value: ExportResults
    }
    const [entry] = result.value
    if (!entry?.ok) throw new Error('export failed')
    const summary = new TextDecoder().decode(
      unzipSync(readFileSync(entry.export.path))['summary.html']
    )
    expect(summary).toContain('按 URL 编码的表单字段发送')
    expect(summary).toContain('sent as URL-encoded form fields')
  })
})

describe('summary.html of the complete draft', () => {
  it('stays under 1 MB with labelled thumbnails and no API path or JSON pointer outside its small print', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    const result = (await app.router.dispatch('bundles.export', {
      id,
      platforms: ['wechat-pay', ...LISTING_PLATFORMS]
    })) as { value: ExportResults }
    expect(result.value).toHaveLength(5)
    for (const entry of result.value) {
      if (!entry.ok) throw new Error(`export failed: ${JSON.stringify(entry)}`)
      const data = unzipSync(readFileSync(entry.export.path))['summary.html']
      if (!data) throw new Error('summary.html not in the zip')
      const html = new TextDecoder().decode(data)
      const shown = html
        .replace(/<details class="small-print">[\s\S]*?<\/details>/g, '')
        .replace(/data:image\/jpeg;base64,[A-Za-z0-9+/=]+/g, '')

      expect(data.length).toBeLessThan(1024 * 1024)
      expect(html).toContain('<img src="data:image/jpeg;base64,')
      expect(shown).not.toMatch(/\/[a-z0-9_]+\/[a-z0-9_]/i)
      expect(shown).not.toMatch(/applyment4sub|business_code|PUB_KEY_ID|Wechatpay-Serial|openid/)
    }
  })
})

describe('review.draft', () => {
  it('reviews the draft’s target platforms with their issues and requirements', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    const result = await app.router.dispatch('review.draft', { id })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    const reviews = result.value as MethodOutput<'review.draft'>
    expect(reviews.map((review) => review.platform)).toEqual(['wechat-pay', ...LISTING_PLATFORMS])
    for (const review of reviews) {
      expect(review.issues.filter((found) => found.severity === 'error')).toEqual([])
    }
  })
})

describe('bundles for every platform', () => {
  it('writes verifiable WeChat Pay and Alipay bundles (each as the provider to add)', async () => {
    const { app } = openTempApp()
    for (const provider of ['wechat-pay', 'alipay'] as const) {
      const id = await createCompleteDraft(app, { addProvider: provider })
      const result = (await app.router.dispatch('bundles.export', {
        id,
        platforms: [provider]
      })) as {
        value: ExportResults
      }
      const [entry] = result.value
      if (!entry?.ok) throw new Error(`${provider}: ${JSON.stringify(entry)}`)
      const zip = unzipSync(readFileSync(entry.export.path))
      expect(Object.keys(zip).some((name) => name.startsWith('payload/01-'))).toBe(true)
      expect(verifyBundle(readFileSync(entry.export.path)).ok).toBe(true)
    }
  })
})
