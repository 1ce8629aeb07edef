/**
 * `npm run screenshots`: drives the built renderer in Debian's Chromium through the
 * loopback harness (a temp database) and writes the README's PNGs to docs/screenshots/.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp } from '../src-main/api'
import { startHarness } from '../src-main/harness/http'
import { readThumbnail } from '../src-main/media'
import { launchBrowser } from '../test/helpers/browser'

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
  await page.screenshot({ path: join(out, 'wizard-merchant.png') })

  await page.getByTestId('merchant-section-settlement').click()
  await page.getByTestId('merchant-account-type-corporate').click()
  await page.getByTestId('merchant-account-fill-name').click()
  const bank = page.getByTestId('merchant-bank').locator('input')
  await bank.click()
  await bank.pressSequentially('zsyh')
  await page.getByTestId('bank-option-招商银行').waitFor()
  await page.waitForTimeout(400) // the list's fade-in
  await page.screenshot({ path: join(out, 'merchant-settlement.png') })
  console.log(`screenshots written to ${out}`)
} finally {
  await browser.close()
  await harness.close()
  app.close()
  rmSync(dataDir, { recursive: true, force: true })
}
