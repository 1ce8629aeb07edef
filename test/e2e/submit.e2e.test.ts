import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { OpenedApp } from '../../src-main/api'
import { launchBrowser, type Browser } from '../helpers/browser'
import { createCompleteDraft } from '../helpers/complete-draft'
import { startFakeWechatPay, wechatPayKeys, type FakeWechatPay } from '../helpers/fake-wechat-pay'
import { useHarness } from '../helpers/harness'
import { call, exportedDraft } from '../helpers/submit'

/**
 * Sending from the app in Chromium, against the WeChat Pay double on 127.0.0.1: the profile
 * typed into Settings, the dry run, the confirmations, the live plan, the ledger's timeline,
 * a rejection found by polling as an in-app notice, and bulk submit from the drafts list.
 */

const startApp = useHarness()
const keys = wechatPayKeys()
const MERCHANT = '深圳市山海咖啡餐饮管理有限公司'
let browser: Browser | undefined
let fake: FakeWechatPay
beforeEach(async () => {
  fake = await startFakeWechatPay(keys)
})
afterEach(async () => {
  await browser?.close()
  browser = undefined
  await fake.close()
})

async function typeProfile(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}#/settings`)
  await page.getByTestId('profile-new').click()
  const field = (path: string) => page.getByTestId(`profile-wechatPay.${path}`)
  await page.getByTestId('profile-environment').getByText('正式环境').click()
  // A wrong merchant number is named under its field as soon as the field is left.
  await field('mchid').fill('19000')
  await field('merchantSerial').click()
  await expect
    .poll(() => page.getByTestId('profile-error-wechatPay.mchid').textContent())
    .toContain('8 到 10 位数字')
  await field('mchid').fill(keys.mchid)
  await field('merchantSerial').fill(keys.merchantSerial)
  await field('apiV3Key').fill('a'.repeat(32))
  await field('platformKeyId').fill(keys.platformKeyId)
  await field('merchantPrivateKey').fill(keys.merchantPrivateKeyPem)
  await field('platformKey').fill(keys.platformPublicKeyPem)
  await field('baseUrl').fill(fake.url)
  await page.getByTestId('profile-save').click()
  await page.getByTestId('profile-row-default').waitFor()
}

/** Answers the message box that shows `text`: types into it when asked, then OK. */
async function confirmBox(page: Page, text: string, typed?: string): Promise<void> {
  const box = page.locator('.el-message-box').filter({ hasText: text })
  await box.waitFor()
  if (typed !== undefined) await box.locator('input').fill(typed)
  await box.locator('.el-message-box__btns .el-button--primary').click()
  await box.waitFor({ state: 'hidden' })
}

/** Sends each applications' status the recorded rejection, asked from Settings. */
async function rejectByPolling(page: Page, appUrl: string): Promise<void> {
  fake.queryAnswer = 'wechat-pay-rejected'
  await page.goto(`${appUrl}#/settings`)
  await page.getByTestId('polling-now').click()
}

describe('sending from the app (Chromium)', () => {
  it('takes the profile from Settings, dry-runs, confirms, sends and shows the timeline, then a rejection by polling', async () => {
    const { harness, app } = await startApp()
    const id = await exportedDraft(app, 'wechat-pay')
    browser = await launchBrowser()
    const { page } = browser
    await typeProfile(page, harness.appUrl)
    // The stored key is never shown again: the form says it is saved.
    await page.getByTestId('profile-edit-default').click()
    const keyField = page.getByTestId('profile-wechatPay.merchantPrivateKey')
    expect(await keyField.inputValue()).toBe('')
    expect(await keyField.getAttribute('placeholder')).toContain('已保存')
    await page.keyboard.press('Escape')

    await page.goto(`${harness.appUrl}#/drafts/${id}/export`)
    await page.getByTestId('submit-panel').waitFor()
    await page.getByTestId('submit-dry-run').click()
    const preview = page.getByTestId('submit-preview')
    await expect.poll(() => preview.textContent()).toContain(MERCHANT)
    expect(await preview.textContent()).toContain('正式环境')
    expect(fake.uploads.size).toBe(0)

    await page.getByTestId('submit-send').click()
    await confirmBox(page, '请输入商户名称确认', MERCHANT)
    await confirmBox(page, '只有支付宝有沙箱')
    const attempt = page.getByTestId('ledger-attempt-wechat-pay-1')
    await expect
      .poll(() => attempt.getAttribute('data-lifecycle'), { timeout: 60_000 })
      .toBe('submitted')
    expect(fake.applyments).toHaveLength(1)
    expect(fake.applyments[0]?.unknownMedia).toEqual([])

    await rejectByPolling(page, harness.appUrl)
    const notice = page.locator('.submit-notice')
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain('驳回')
    await notice.click()
    await expect.poll(() => page.url()).toContain(`/drafts/${id}/export`)
    await expect
      .poll(() => page.getByTestId('ledger-attempt-wechat-pay-1').getAttribute('data-lifecycle'))
      .toBe('rejected')
  }, 240_000)

  it('bulk-submits the chosen drafts after a dry run and a typed count', async () => {
    const { harness, app } = await startApp()
    await draftFor(app, '1900012345', true)
    await draftFor(app, '1900012346', true)
    await draftFor(app, '1900012347', false)
    browser = await launchBrowser()
    const { page } = browser
    await typeProfile(page, harness.appUrl)
    await page.goto(`${harness.appUrl}#/`)
    await page.getByTestId('select-all').click()
    await page.getByTestId('bulk-submit').click()
    const dialog = page.getByTestId('bulk-submit-dialog')
    await dialog.getByTestId('bulk-submit-dry-run').click()
    await expect
      .poll(() => dialog.getByTestId('bulk-submit-ready').textContent())
      .toContain('3 份申请中 2 份')
    // The table lays its rows out a tick after the summary line under it.
    await expect
      .poll(() => dialog.getByTestId('bulk-submit-plan').textContent())
      .toContain('请先导出资料包')
    expect(await dialog.getByTestId('bulk-submit-start').isDisabled()).toBe(true)
    await dialog.getByTestId('bulk-submit-count').fill('2')
    await dialog.getByTestId('bulk-submit-production').click()
    await dialog.getByTestId('bulk-submit-start').click()
    const report = dialog.getByTestId('bulk-submit-report')
    await expect.poll(() => report.textContent(), { timeout: 90_000 }).toContain('已提交 2')
    expect(await report.textContent()).toContain('未提交 1')
    expect(fake.applyments).toHaveLength(2)
  }, 240_000)
})

/** A complete WeChat Pay draft with its own business_code prefix, exported or not. */
async function draftFor(app: OpenedApp, prefix: string, exported: boolean): Promise<string> {
  const id = await createCompleteDraft(app, { addProvider: 'wechat-pay', title: prefix })
  const loaded = (await call(app, 'drafts.get', { id })) as {
    content: { payment: { wechat: { businessCodePrefix: string } }; listing: { targets: string[] } }
  }
  loaded.content.payment.wechat.businessCodePrefix = prefix
  loaded.content.listing.targets = []
  await call(app, 'drafts.save', { id, content: loaded.content })
  if (exported) await call(app, 'bundles.export', { id, platforms: ['wechat-pay'] })
  return id
}
