import { existsSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { setAsideLockedData } from '../../src-main/api/data-folder'
import { createLockedRouter } from '../../src-main/api/locked'
import { startHarness, type Harness } from '../../src-main/harness/http'
import { useTempApp } from '../helpers/app'
import { launchBrowser, type Browser } from '../helpers/browser'
import { RENDERER_DIR } from '../helpers/harness'

const openTempApp = useTempApp()
let browser: Browser | undefined
let harness: Harness | undefined
afterEach(async () => {
  await browser?.close()
  await harness?.close()
  browser = undefined
  harness = undefined
})

describe('the key-lost screen (Chromium)', () => {
  it('explains that the keychain changed and starts over only when confirmed', async () => {
    const { app, dataDir, dbPath } = openTempApp()
    app.close()
    harness = await startHarness({
      router: createLockedRouter({
        reason: 'unseal_failed',
        dataDir,
        version: 'test',
        startOver: () => setAsideLockedData(dataDir, dbPath)
      }),
      staticDir: RENDERER_DIR
    })
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)

    await expect.poll(() => page.getByTestId('locked-reason').textContent()).toContain('钥匙串')
    expect(existsSync(dbPath)).toBe(true)

    await page.getByTestId('start-over').click()
    await page.getByRole('button', { name: '取消' }).click()
    expect(existsSync(dbPath)).toBe(true)

    await page.getByTestId('start-over').click()
    await page
      .locator('.el-message-box')
      .getByRole('button', { name: '从空白数据重新开始' })
      .click()
    await expect.poll(() => page.getByTestId('started-over').textContent()).toContain(dataDir)
    expect(existsSync(dbPath)).toBe(false)
  })
})
