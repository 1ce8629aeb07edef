import { readFileSync } from 'node:fs'
import jsQR from 'jsqr'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../../src-main/api/contract'
import type { OpenedApp } from '../../../src-main/api'
import { useTempApp } from '../../helpers/app'
import { createCompleteDraft } from '../../helpers/complete-draft'
import { statusAnswer } from '../../helpers/status-answers'

const openTempApp = useTempApp()

type View = MethodOutput<'submissions.forDraft'>[number]

async function call<T>(app: OpenedApp, method: string, input: unknown): Promise<T> {
  const result = await app.router.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

async function exportWechatPay(app: OpenedApp, id: string) {
  const results = await call<MethodOutput<'bundles.export'>>(app, 'bundles.export', {
    id,
    platforms: ['wechat-pay']
  })
  if (!results[0]?.ok) throw new Error(JSON.stringify(results[0]))
  return results[0].export
}

function answer(name: string): string {
  return JSON.stringify(statusAnswer(name))
}

/** Decodes the QR code's SVG back to the text it carries, as a phone camera would. */
async function decodeQr(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg))
    .resize(400, 400)
    .flatten({ background: '#fff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data
}

describe('the submission ledger', () => {
  it('opens an attempt when a bundle is exported', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    const written = await exportWechatPay(app, id)
    const [attempt] = await call<View[]>(app, 'submissions.forDraft', { id })
    expect(attempt).toMatchObject({
      platform: 'wechat-pay',
      attempt: 1,
      lifecycle: 'exported',
      bundleSha256: written.sha256
    })
  })

  it('marks an imported rejection and shows each recognised reason on its field in the Review', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    await exportWechatPay(app, id)
    const rejected = await call<View>(app, 'submissions.importAnswer', {
      draftId: id,
      platform: 'wechat-pay',
      answer: answer('wechat-pay-rejected')
    })
    expect(rejected.lifecycle).toBe('rejected')
    expect(rejected.events.map((event) => event.source)).toEqual(['export', 'import'])
    const reviews = await call<MethodOutput<'review.draft'>>(app, 'review.draft', {
      id,
      platforms: ['wechat-pay']
    })
    const ledger = reviews[0]!.issues.filter((found) => found.code.startsWith('ledger.'))
    expect(ledger.map((found) => [found.code, found.path])).toEqual([
      ['ledger.rejected_field', 'merchant.legalRep.frontPhoto'],
      ['ledger.rejected_field', 'merchant.settlement.accountName'],
      ['ledger.rejected_unmatched', '']
    ])
  })

  it('starts the next attempt when the draft is exported again after a rejection', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    await exportWechatPay(app, id)
    await call(app, 'submissions.importAnswer', {
      draftId: id,
      platform: 'wechat-pay',
      answer: answer('wechat-pay-rejected')
    })
    await exportWechatPay(app, id)
    const attempts = await call<View[]>(app, 'submissions.forDraft', { id })
    expect(attempts.map((item) => [item.attempt, item.lifecycle])).toEqual([
      [2, 'exported'],
      [1, 'rejected']
    ])
  })

  it('keeps one attempt while it is in flight and warns against sending again', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    await exportWechatPay(app, id)
    await call(app, 'submissions.mark', {
      draftId: id,
      platform: 'wechat-pay',
      lifecycle: 'submitted',
      ids: { applymentId: '2000002124775691' }
    })
    await exportWechatPay(app, id)
    const attempts = await call<View[]>(app, 'submissions.forDraft', { id })
    expect(attempts).toHaveLength(1)
    expect(attempts[0]).toMatchObject({
      lifecycle: 'submitted',
      ids: { applymentId: '2000002124775691' }
    })
    const reviews = await call<MethodOutput<'review.draft'>>(app, 'review.draft', {
      id,
      platforms: ['wechat-pay']
    })
    expect(reviews[0]!.issues.map((found) => found.code)).toContain('ledger.in_flight')
  })

  it('shows a to-be-signed answer’s link as a QR code that scans back to the link', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    const signing = await call<View>(app, 'submissions.importAnswer', {
      draftId: id,
      platform: 'wechat-pay',
      answer: answer('wechat-pay-to-be-signed')
    })
    expect(signing).toMatchObject({ lifecycle: 'actionNeeded', action: 'sign' })
    const link = signing.links[0]!
    expect(await decodeQr(link.qrSvg)).toBe(link.url)
  })

  it('refuses an answer that is not JSON or not the platform’s, and stores nothing', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    const notJson = await app.router.dispatch('submissions.importAnswer', {
      draftId: id,
      platform: 'wechat-pay',
      answer: '申请单已驳回'
    })
    expect(notJson).toMatchObject({ ok: false, error: { code: 'ledger.answer_not_json' } })
    const wrong = await app.router.dispatch('submissions.importAnswer', {
      draftId: id,
      platform: 'wechat-pay',
      answer: answer('douyin-mp-rejected')
    })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'ledger.unrecognised_answer' } })
    expect(await call<View[]>(app, 'submissions.forDraft', { id })).toEqual([])
  })

  it('reads every platform’s recorded rejection through the app', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    const cases = [
      ['alipay', 'alipay-zft-rejected'],
      ['wechat-mp', 'wechat-mp-rejected'],
      ['alipay-mp', 'alipay-mp-rejected'],
      ['douyin-mp', 'douyin-mp-rejected'],
      ['baidu-mp', 'baidu-mp-rejected']
    ] as const
    for (const [platform, file] of cases) {
      const view = await call<View>(app, 'submissions.importAnswer', {
        draftId: id,
        platform,
        answer: readFileSync(new URL(`../../fixtures/status/${file}.json`, import.meta.url), 'utf8')
      })
      expect(view.lifecycle, platform).toBe('rejected')
    }
  })
})
