import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp } from '../src-main/api'
import { startHarness } from '../src-main/harness/http'
import { readThumbnail } from '../src-main/media'
import { launchBrowser } from '../test/helpers/browser'
import { createCompleteDraft } from '../test/helpers/complete-draft'
import { startFakeWechatPay, wechatPayKeys } from '../test/helpers/fake-wechat-pay'
import { exportedDraft } from '../test/helpers/submit'

const root = join(import.meta.dirname, '..')
const out = '/tmp/submit-shots'
const dataDir = mkdtempSync(join(tmpdir(), 'kaitong-shots-'))
const app = openApp({ dataDir, version: 'shots' })
const keys = wechatPayKeys()
const fake = await startFakeWechatPay(keys)
const harness = await startHarness({
  router: app.router,
  staticDir: join(root, 'out', 'renderer'),
  thumbnail: (sha256) => readThumbnail(app.media, sha256)
})
const id = await exportedDraft(app, 'wechat-pay')
const second = await createCompleteDraft(app, { addProvider: 'wechat-pay', title: '杭州小笼包' })
await app.router.dispatch('submit.storeProfile', {
  name: 'default',
  environment: 'production',
  wechatPay: {
    mchid: keys.mchid,
    merchantSerial: keys.merchantSerial,
    merchantPrivateKey: keys.merchantPrivateKeyPem,
    platformKey: keys.platformPublicKeyPem,
    platformKeyId: keys.platformKeyId,
    apiV3Key: 'a'.repeat(32),
    baseUrl: fake.url
  }
})
await app.router.dispatch('submit.storeProfile', {
  name: 'sandbox',
  environment: 'sandbox',
  alipay: { appId: '2021000000000001', appPrivateKey: '', alipayPublicKey: '' }
})
void second
const browser = await launchBrowser()
const { page } = browser
const settle = () => page.waitForTimeout(600)
let sent = false
for (const lang of ['zh-CN', 'en'] as const) {
  for (const width of [960, 1280]) {
    console.log(lang, width)
    const tag = `${lang}-${width}`
    await page.setViewportSize({ width, height: 900 })
    await page.goto(`${harness.appUrl}#/settings`)
    await page.getByTestId('language').selectOption(lang)
    await page.getByTestId('settings-profiles').scrollIntoViewIfNeeded()
    await settle()
    await page.getByTestId('settings-profiles').screenshot({ path: join(out, `profiles-${tag}.png`) })
    await page.getByTestId('settings-polling').screenshot({ path: join(out, `polling-${tag}.png`) })
    await page.getByTestId('profile-new').click()
    await page.getByTestId('profile-name').fill('default')
    await page.getByTestId('profile-wechatPay.mchid').fill('19000')
    await page.getByTestId('profile-wechatPay.merchantPrivateKey').fill(keys.platformPublicKeyPem)
    await page.getByTestId('profile-wechatPay.merchantSerial').click()
    await page.getByTestId('profile-save').click()
    await settle()
    await page.screenshot({ path: join(out, `editor-${tag}.png`), fullPage: true })
    await page.keyboard.press('Escape')
    await page.goto(`${harness.appUrl}#/drafts/${id}/export`)
    await page.getByTestId('submit-panel').scrollIntoViewIfNeeded()
    if (!sent) {
      await page.getByTestId('submit-dry-run').click()
      await page.getByTestId('submit-preview').waitFor()
      await settle()
      await page.getByTestId('submit-panel').screenshot({ path: join(out, `panel-preview-${tag}.png`) })
      await page.getByTestId('submit-send').click()
      await settle()
      await page.screenshot({ path: join(out, `confirm-${tag}.png`) })
      const box = page.locator('.el-message-box').first()
      await box.locator('input').fill('深圳市山海咖啡餐饮管理有限公司')
      await box.locator('.el-button--primary').click()
      await page.waitForTimeout(500)
      await page.locator('.el-message-box').last().locator('.el-button--primary').click()
      await page.locator('[data-testid="ledger-attempt-wechat-pay-1"][data-lifecycle="submitted"]').waitFor({ timeout: 60_000 })
      sent = true
      fake.queryAnswer = 'wechat-pay-to-be-signed'
      console.log(JSON.stringify(await app.router.dispatch('submit.pollNow', {})))
    }
    await page.goto(`${harness.appUrl}#/drafts/${id}/export`)
    await page.reload()
    await page.getByTestId('submit-panel').scrollIntoViewIfNeeded()
    await page.waitForTimeout(2500)
    await page.screenshot({ path: join(out, `export-${tag}.png`) })
    await page.goto(`${harness.appUrl}#/`)
    await page.getByTestId('select-all').click()
    await page.getByTestId('bulk-submit').click()
    await page.getByTestId('bulk-submit-dry-run').click()
    await page.getByTestId('bulk-submit-plan').waitFor()
    await settle()
    await page.screenshot({ path: join(out, `bulk-${tag}.png`) })
    await page.keyboard.press('Escape')
  }
}
await browser.close()
await harness.close()
await fake.close()
app.close()
