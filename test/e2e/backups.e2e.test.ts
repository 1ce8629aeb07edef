import { existsSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type Browser } from '../helpers/browser'
import { useHarness } from '../helpers/harness'

const startApp = useHarness()
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

describe('backups in Settings (Chromium)', () => {
  it('backs up now, then stages that backup to restore at the next start', async () => {
    const { harness, app, dbPath } = await startApp()
    await app.router.dispatch('drafts.create', { title: '杭州小笼包' })
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/settings`)

    await page.getByTestId('back-up-now').click()
    await expect.poll(() => page.getByTestId('restore-backup').count()).toBe(1)
    await page.getByTestId('restore-backup').click()
    await page.getByRole('button', { name: '恢复' }).last().click()

    await page.getByTestId('restore-pending').waitFor()
    expect(existsSync(`${dbPath}.restore`)).toBe(true)
  })
})
