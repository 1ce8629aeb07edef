import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type Browser } from '../helpers/browser'
import { createCompleteDraft } from '../helpers/complete-draft'
import { useHarness } from '../helpers/harness'

const startApp = useHarness()
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

const answer = (name: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures/status', `${name}.json`), 'utf8')

describe('the submission ledger in the real renderer (Chromium)', () => {
  it('imports a pasted rejection, links a reason to its field and shows the reason there', async () => {
    const { harness, app } = await startApp()
    const id = await createCompleteDraft(app)
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/drafts/${id}/export`)
    await page.getByTestId('ledger-panel').waitFor()
    await page.getByTestId('ledger-paste-answer').fill(answer('wechat-pay-rejected'))
    await page.getByTestId('ledger-paste-import').click()

    const attempt = page.getByTestId('ledger-attempt-wechat-pay-1')
    await expect.poll(() => attempt.getAttribute('data-lifecycle')).toBe('rejected')
    expect(await page.getByTestId('ledger-reason').count()).toBe(3)
    expect(await attempt.textContent()).toContain('未识别对应的填写项')

    await page.getByTestId('ledger-fix-merchant.legalRep.frontPhoto').click()
    await expect.poll(() => page.url()).toContain('/merchant?section=')
    expect(page.url()).toContain('field=merchant.legalRep.frontPhoto')
    await expect
      .poll(() => page.getByTestId('ledger-notice').textContent())
      .toContain('身份证照片识别失败')
  })

  it('shows a to-be-signed answer’s sign link as a QR code', async () => {
    const { harness, app } = await startApp()
    const id = await createCompleteDraft(app)
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/drafts/${id}/export`)
    await page.getByTestId('ledger-paste-answer').fill(answer('wechat-pay-to-be-signed'))
    await page.getByTestId('ledger-paste-import').click()
    const qr = page.getByTestId('ledger-qr').locator('svg')
    await qr.waitFor()
    expect(await page.getByTestId('ledger-link').textContent()).toContain('请商户用微信扫码')
  })

  it('filters the board to rejected applications and counts them per platform', async () => {
    const { harness, app } = await startApp()
    const id = await createCompleteDraft(app)
    for (const [platform, file] of [
      ['wechat-pay', 'wechat-pay-rejected'],
      ['alipay', 'alipay-agent-confirm']
    ] as const) {
      const done = await app.router.dispatch('submissions.importAnswer', {
        draftId: id,
        platform,
        answer: answer(file)
      })
      if (!done.ok) throw new Error(JSON.stringify(done.error))
    }
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/submissions`)
    await expect.poll(() => page.getByTestId('board-total').textContent()).toContain('2')
    await page.getByTestId('board-filter-rejected').click()
    await expect.poll(() => page.getByTestId('board-total').textContent()).toContain('1')
    expect(await page.getByTestId('board-row').textContent()).toContain('身份证照片识别失败')
    expect(await page.getByTestId('board-count-alipay').textContent()).toContain('1')
  })
})
