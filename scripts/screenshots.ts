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
  await page.getByTestId('merchant-registered-name').fill('杭州小笼包餐饮有限公司')
  await page.getByTestId('merchant-contact-name').fill('王小明')
  await page.getByTestId('merchant-contact-mobile').fill('13800138000')
  await page.getByText('已保存').waitFor()
  await page.screenshot({ path: join(out, 'wizard-merchant.png') })
  console.log(`screenshots written to ${out}`)
} finally {
  await browser.close()
  await harness.close()
  app.close()
  rmSync(dataDir, { recursive: true, force: true })
}
