import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { MerchantProfile } from '../../src-main/domain/merchant-profile'
import { launchBrowser, type Browser } from '../helpers/browser'
import { useHarness } from '../helpers/harness'
import { licenceText, renderLicence } from '../helpers/documents'

const startApp = useHarness()
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

describe('reading a licence photo in the real renderer (Chromium)', () => {
  it('fills an empty draft from the licence photo and marks each filled field for checking', async () => {
    const { harness, app } = await startApp()
    const created = await app.router.dispatch('drafts.create', { title: '照片读取' })
    if (!created.ok) throw new Error(created.error.code)
    const { id } = created.value as { id: string }
    const text = licenceText()
    const folder = mkdtempSync(join(tmpdir(), 'kaitong-licence-'))
    const file = join(folder, '营业执照.jpg')
    writeFileSync(file, await renderLicence(text, { rotate: 2, skew: 0.03 }))

    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/drafts/${id}/merchant?section=subject`)
    await page.getByTestId('media-merchant.licence.photo-input').setInputFiles(file)

    const panel = page.getByTestId('document-read-licence')
    await expect.poll(() => panel.getAttribute('data-state'), { timeout: 60_000 }).toBe('done')
    await expect
      .poll(() => page.getByTestId('merchant-registered-name').inputValue())
      .toBe(text.name)
    expect(await page.getByTestId('merchant-credit-code').inputValue()).toBe(text.creditCode)
    expect(await page.getByTestId('issue-licence.registeredName').textContent()).toContain(
      '从照片读取 — 请核对'
    )

    // Saved like typing: the filled values and their marks reach the database.
    await expect
      .poll(
        async () => {
          const saved = await app.router.dispatch('drafts.get', { id })
          const merchant = saved.ok
            ? (saved.value as { content: { merchant: MerchantProfile } }).content.merchant
            : null
          return merchant && [merchant.licence.registeredName, merchant.readFromPhoto.length > 0]
        },
        { timeout: 10_000 }
      )
      .toEqual([text.name, true])

    await page.getByTestId('document-read-confirm').click()
    await expect.poll(() => page.getByTestId('issue-licence.registeredName').count()).toBe(0)
  })
})
