/**
 * `npm run screenshots`: drives the built renderer in Debian's Chromium through the
 * loopback harness (a temp database) and writes the README's PNGs to docs/screenshots/.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp } from '../src-main/api'
import type { MethodOutput } from '../src-main/api/contract'
import { startHarness } from '../src-main/harness/http'
import { readThumbnail } from '../src-main/media'
import { launchBrowser } from '../test/helpers/browser'
import { createCompleteDraft } from '../test/helpers/complete-draft'

const root = join(import.meta.dirname, '..')
const out = join(root, 'docs', 'screenshots')
const dataDir = mkdtempSync(join(tmpdir(), 'kaitong-shots-'))
const app = openApp({ dataDir, version: 'screenshots' })
const harness = await startHarness({
  router: app.router,
  staticDir: join(root, 'out', 'renderer'),
  thumbnail: (sha256) => readThumbnail(app.media, sha256)
})
const browser = await launchBrowser()
try {
  const { page } = browser
  // The step rail's states come from a status call: shown once it has answered.
  const railDrawn = () => page.locator('[data-testid="step-review"][data-state]').waitFor()
  for (const title of ['杭州小笼包 · 开通微信支付', '成都火锅 · 上架支付宝小程序']) {
    await app.router.dispatch('drafts.create', { title })
  }
  await page.goto(harness.appUrl)
  await page.getByTestId('draft-row').first().waitFor()
  await page.screenshot({ path: join(out, 'drafts.png') })

  await page.getByTestId('open-draft').first().click()
  // A mistyped check character, to show the inline error.
  await page.getByTestId('merchant-credit-code').fill('91330106MA2H3X7Q4A')
  await page.getByTestId('merchant-credit-code').press('Tab')
  await page.getByTestId('issue-licence.creditCode').waitFor()
  await page.getByTestId('merchant-registered-name').fill('杭州小笼包餐饮有限公司')
  await page.getByTestId('merchant-licence-legal-representative').fill('王小明')
  await page.getByText('已保存').waitFor()
  await railDrawn()
  await page.screenshot({ path: join(out, 'wizard-merchant.png') })

  await page.getByTestId('merchant-section-settlement').click()
  await page.getByTestId('merchant-account-type-corporate').click()
  await page.getByTestId('merchant-account-fill-name').click()
  const bank = page.getByTestId('merchant-bank').locator('input')
  await bank.click()
  await bank.pressSequentially('zsyh')
  await page.getByTestId('bank-option-招商银行').waitFor()
  await page.waitForTimeout(400) // the list's fade-in
  await railDrawn()
  await page.screenshot({ path: join(out, 'merchant-settlement.png') })
  // The listing: a name that fits WeChat but is too long for Douyin, a logo with each
  // platform's verdict, and Douyin's preview and precheck beside the form.
  await page.goto(harness.appUrl)
  await page.getByTestId('open-draft').filter({ hasText: '成都火锅' }).click()
  await page.getByTestId('step-listing').click()
  for (const platform of ['wechat-mp', 'alipay-mp', 'douyin-mp', 'baidu-mp']) {
    await page.getByTestId(`listing-target-${platform}`).click()
  }
  await page.getByTestId('listing-name').fill('蜀味老灶成都火锅外卖小铺')
  await page.getByTestId('listing-intro').fill('成都老火锅，牛油锅底现炒，在线排号点单')
  await page.getByTestId('listing-section-media').click()
  await page
    .getByTestId('media-listing.logo-input')
    .setInputFiles(join(root, 'test', 'fixtures', 'images', 'logo-transparent.png'))
  await page.locator('[data-testid="verdict-baidu-mp"][data-verdict="adjusted"]').waitFor()
  await page.getByTestId('listing-section-basics').click()
  await page.getByTestId('platform-tab-douyin-mp').click()
  await page.getByText('已保存').waitFor()
  await page.getByTestId('draft-title').scrollIntoViewIfNeeded()
  await railDrawn()
  await page.screenshot({ path: join(out, 'wizard-listing.png') })
  // The Payment step: an Alipay merchant adding WeChat Pay, with what is still due (on this
  // page and in the merchant profile) and a mistyped AppID listed beside the form.
  const payment = await createCompleteDraft(app, { title: '山海咖啡 · 开通微信支付' })
  const paymentDraft = await app.router.dispatch('drafts.get', { id: payment })
  if (!paymentDraft.ok) throw new Error(paymentDraft.error.code)
  const gaps = (paymentDraft.value as MethodOutput<'drafts.get'>).content
  gaps.merchant.business.industry.wechatSettlementId = ''
  gaps.merchant.business.store.interiorPhoto = null
  gaps.merchant.business.miniProgram.appId = 'wx5e8a3c1f7b9d204'
  gaps.merchant.contact.email = ''
  await app.router.dispatch('drafts.save', { id: payment, content: gaps })
  await page.setViewportSize({ width: 1280, height: 1100 })
  await page.goto(`${harness.appUrl}#/drafts/${payment}/payment`)
  await page.locator('[data-testid="payment-due"][data-due="3"]').waitFor()
  await railDrawn()
  await page.screenshot({ path: join(out, 'wizard-payment.png') })
  await page.setViewportSize({ width: 1280, height: 840 })
  // Review and Export: a draft complete for every target, but with a name WeChat refuses,
  // so one platform shows its error (with its link) and Export writes the other four.
  const complete = await createCompleteDraft(app, { title: '山海咖啡 · 全平台开通' })
  const opened = await app.router.dispatch('drafts.get', { id: complete })
  if (!opened.ok) throw new Error(opened.error.code)
  const { content } = opened.value as { content: { listing: { name: string } } }
  content.listing.name = '山海咖啡小程序'
  await app.router.dispatch('drafts.save', { id: complete, content })
  // A fresh load: a hash changed while the first screen is still starting would be lost.
  await page.goto('about:blank')
  await page.goto(`${harness.appUrl}#/drafts/${complete}/review`)
  await page.getByTestId('review-card-wechat-mp').waitFor()
  await railDrawn()
  await page.screenshot({ path: join(out, 'review.png') })
  await page.getByTestId('review-to-export').click()
  await page.getByTestId('export-platform-wechat-pay').waitFor()
  await page.getByTestId('export-run').click()
  await page.locator('[data-testid="history-douyin-mp"]').waitFor()
  await page.getByTestId('export-run').blur()
  await page.mouse.move(0, 0)
  await page.setViewportSize({ width: 1280, height: 1460 })
  await page.waitForTimeout(400) // the ticks' fade back from disabled while writing
  await railDrawn()
  await page.screenshot({ path: join(out, 'export.png') })
  console.log(`screenshots written to ${out}`)
} finally {
  await browser.close()
  await harness.close()
  app.close()
  rmSync(dataDir, { recursive: true, force: true })
}
