import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { launchBrowser, type Browser } from '../helpers/browser'
import { startFakeListing, type FakeListing } from '../helpers/fake-listing'
import { useHarness } from '../helpers/harness'
import { exportedDraft } from '../helpers/submit'

/**
 * A mini-program listing sent from the app in Chromium: the WeChat third-party section of a
 * sending profile typed into Settings (the agency's token service), then the Export step's
 * Submit panel against the WeChat double on 127.0.0.1, which answers with recorded examples.
 */

const startApp = useHarness()
const MERCHANT = '深圳市山海咖啡餐饮管理有限公司'
let browser: Browser | undefined
let fake: FakeListing
beforeEach(async () => {
  fake = await startFakeListing()
})
afterEach(async () => {
  await browser?.close()
  browser = undefined
  await fake.close()
})

describe('sending a mini-program listing from the app (Chromium)', () => {
  it('sends the WeChat listing through the token service typed in Settings and shows it submitted', async () => {
    const { harness, app } = await startApp()
    const id = await exportedDraft(app, 'wechat-mp')
    browser = await launchBrowser()
    const { page } = browser

    await page.goto(`${harness.appUrl}#/settings`)
    await page.getByTestId('profile-new').click()
    await page.getByTestId('profile-environment').getByText('正式环境').click()
    await page.getByTestId('profile-use-wechatPay').click()
    await page.getByTestId('profile-use-wechat-mp').click()
    const field = (key: string) => page.getByTestId(`profile-wechat-mp.${key}`)
    await field('tokenServiceUrl').fill(`${fake.url}/token`)
    await field('tokenServiceSecret').fill(fake.tokenServiceSecret)
    await field('baseUrl').fill(fake.url)
    await page.getByTestId('profile-save').click()
    await page.getByTestId('profile-row-default').waitFor()

    await page.goto(`${harness.appUrl}#/drafts/${id}/export`)
    await page.getByTestId('submit-panel').waitFor()
    await page.getByTestId('submit-platform').click()
    await page.getByRole('option', { name: '微信小程序', exact: true }).click()
    await page.getByTestId('submit-dry-run').click()
    const preview = page.getByTestId('submit-preview')
    await expect.poll(() => preview.textContent()).toContain(MERCHANT)
    expect(fake.calls).toEqual([])

    await page.getByTestId('submit-send').click()
    for (const prompt of ['请输入商户名称确认', '只有支付宝有沙箱']) {
      const box = page.locator('.el-message-box').filter({ hasText: prompt })
      await box.waitFor()
      if (prompt.startsWith('请输入')) await box.locator('input').fill(MERCHANT)
      await box.locator('.el-message-box__btns .el-button--primary').click()
      await box.waitFor({ state: 'hidden' })
    }
    await expect
      .poll(() => page.getByTestId('ledger-attempt-wechat-mp-1').getAttribute('data-lifecycle'), {
        timeout: 60_000
      })
      .toBe('submitted')
    // The merchant's token came from the agency's service, and every call carried it.
    expect(fake.tokenRequests.length).toBeGreaterThan(0)
    expect(fake.refusedTokens).toBe(0)
    expect(fake.unknownMedia).toEqual([])
    expect(fake.calls.map((sent) => sent.path)).toContain('/wxa/submit_audit')
  }, 240_000)
})
