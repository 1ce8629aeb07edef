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

  it('offers the business number after a WeChat Pay rejection, the same one by default, and keeps a new one chosen', async () => {
    const { harness, app } = await startApp()
    const id = await createCompleteDraft(app)
    const exported = await app.router.dispatch('bundles.export', { id, platforms: ['wechat-pay'] })
    if (!exported.ok) throw new Error(JSON.stringify(exported.error))
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/drafts/${id}/export`)
    await page.getByTestId('ledger-panel').waitFor()
    expect(await page.getByTestId('ledger-business-code').count()).toBe(0)
    // Recorded by hand, as an operator does after reading the rejection in the console.
    await page.getByTestId('ledger-mark-state').click()
    await page.getByRole('option', { name: '已驳回' }).click()
    await page.getByTestId('ledger-mark-save').click()

    const same = page.getByTestId('ledger-business-code-sameCode')
    const fresh = page.getByTestId('ledger-business-code-newCode')
    await same.waitFor()
    expect(await same.getAttribute('class')).toContain('is-checked')
    expect(await same.textContent()).toContain('1900012345_91440305MA5G7K2L8A_1')
    expect(await same.textContent()).toContain('接口文档')
    expect(await fresh.textContent()).toContain('1900012345_91440305MA5G7K2L8A_2')
    expect(await fresh.textContent()).toContain('常见问题')

    await fresh.click()
    await expect.poll(() => fresh.getAttribute('class')).toContain('is-checked')
    await page.reload()
    await expect
      .poll(() => page.getByTestId('ledger-business-code-newCode').getAttribute('class'))
      .toContain('is-checked')
    const saved = await app.router.dispatch('drafts.get', { id })
    if (!saved.ok) throw new Error('no draft')
    const { content } = saved.value as { content: { payment: { wechat: { attempt: number } } } }
    expect(content.payment.wechat.attempt).toBe(2)
  })

  it('shows the month’s audit quota on the board once WeChat’s quota answer is pasted', async () => {
    const { harness } = await startApp()
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/submissions`)
    const card = page.getByTestId('board-quota-wechat-mp')
    await card.waitFor()
    expect(await card.textContent()).toContain('queryquota')
    await page.getByTestId('board-quota-answer').fill(answer('wechat-mp-quota'))
    await page.getByTestId('board-quota-import').click()
    await expect.poll(() => card.textContent()).toContain('平台额度 27 次，现剩余 8 次')
  })

  it('warns in the Review that a changed mini-program name uses one of WeChat’s renames, and leads to the name', async () => {
    const { harness, app } = await startApp()
    const id = await createCompleteDraft(app)
    const exported = await app.router.dispatch('bundles.export', { id, platforms: ['wechat-mp'] })
    if (!exported.ok) throw new Error(JSON.stringify(exported.error))
    await app.router.dispatch('submissions.mark', {
      draftId: id,
      platform: 'wechat-mp',
      lifecycle: 'rejected'
    })
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/drafts/${id}/listing`)
    await page.getByTestId('listing-name').fill('西湖小笼包')
    await page.getByText('已保存').waitFor()
    await page.goto(`${harness.appUrl}#/drafts/${id}/review`)
    const card = page.getByTestId('review-card-wechat-mp')
    const warning = card.getByTestId('review-item').filter({ hasText: '修改小程序名称' })
    await warning.waitFor()
    expect(await warning.textContent()).toContain('今年第 1 次，每个自然年最多 2 次')
    await warning.getByTestId('review-item-link').click()
    await expect.poll(() => page.url()).toContain('/listing')
  })
})
