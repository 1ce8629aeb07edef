import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../src-main/api/contract'
import { launchBrowser, type Browser } from '../helpers/browser'
import { useHarness } from '../helpers/harness'

const startApp = useHarness()
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

const IMAGES = join(import.meta.dirname, '../fixtures/images')
const SCREENSHOTS = 'media-listing.screenshots'

/** A fresh draft opened in Chromium at `hashPath` (e.g. `merchant?section=business`). */
async function openDraft(hashPath: string): Promise<{ page: Page; id: string }> {
  const { harness, app } = await startApp()
  const created = await app.router.dispatch('drafts.create', { title: '不丢内容' })
  if (!created.ok) throw new Error(created.error.code)
  const { id } = created.value as { id: string }
  browser = await launchBrowser()
  const { page } = browser
  await page.goto(`${harness.appUrl}#/drafts/${id}/${hashPath}`)
  return { page, id }
}

describe('nothing typed is lost (Chromium)', () => {
  it('keeps a too-long value with its counter and error, and what is typed after it, across a reload', async () => {
    const { page } = await openDraft('merchant?section=business')
    const description = page.getByTestId('merchant-industry-description')
    const tooLong = '手工小笼包、馄饨、面条'.repeat(12) + '堂'
    expect(tooLong).toHaveLength(133)
    await description.fill(tooLong)
    await description.press('Tab')

    const field = page.locator('[data-field="merchant.business.industry.description"]')
    await expect.poll(() => field.getByTestId('length-counter').textContent()).toBe('133/128')
    await expect
      .poll(() => field.locator('.base-field-message').getAttribute('data-code'))
      .toBe('draft.too_long')
    expect(await field.locator('.base-field-message').textContent()).toContain('最多 128 个字')

    const shortName = page.getByTestId('merchant-short-name')
    await shortName.fill('阿明小笼包')
    await expect
      .poll(() => page.getByTestId('save-status').getAttribute('data-status'))
      .toBe('saved')
    expect(await page.getByTestId('save-status').textContent()).not.toContain('drafts.save')

    await page.reload()
    await expect.poll(() => shortName.inputValue()).toBe('阿明小笼包')
    expect(await description.inputValue()).toBe(tooLong)
    await expect.poll(() => field.getByTestId('length-counter').textContent()).toBe('133/128')
  })

  it('warns before a reload while pictures are importing, then adds every picture', async () => {
    const { page } = await openDraft('listing?section=media')
    await page.getByTestId(SCREENSHOTS).waitFor()
    // A slow disk: each import answers after a second, long enough to reload in between.
    await page.route('**/api/media.import', async (route) => {
      await delay(1000)
      await route.continue()
    })
    // Chromium asks before unload only on a page the user has interacted with.
    await page.getByTestId('draft-title').click()
    await page
      .getByTestId(`${SCREENSHOTS}-input`)
      .setInputFiles(['photo.jpg', 'photo.webp', 'png-named.jpg'].map((file) => join(IMAGES, file)))
    const tiles = page.locator(`[aria-busy="true"][data-count]`)
    await tiles.waitFor()

    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type())
      void dialog.dismiss()
    })
    await page.evaluate('location.reload()')
    await expect.poll(() => dialogs).toEqual(['beforeunload'])

    const items = page.getByTestId(`${SCREENSHOTS}-item`)
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(3)
    await expect
      .poll(() => page.getByTestId('save-status').getAttribute('data-status'))
      .toBe('saved')
    await page.reload()
    await expect.poll(() => items.count()).toBe(3)
  })
})

describe('revision history (Chromium)', () => {
  it('shows what changed in the merchant’s words and restores an older revision', async () => {
    const { harness, app } = await startApp()
    const created = await app.router.dispatch('drafts.create', { title: '历史' })
    if (!created.ok) throw new Error(created.error.code)
    const { id, content } = created.value as MethodOutput<'drafts.create'>
    content.merchant.licence.registeredName = '杭州小笼包餐饮有限公司'
    await app.router.dispatch('drafts.save', { id, content, checkpoint: true })
    content.merchant.licence.registeredName = '杭州大笼包餐饮有限公司'
    await app.router.dispatch('drafts.save', { id, content })

    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/drafts/${id}/merchant?section=subject`)
    await page.getByTestId('open-history').click()
    const newest = page.getByTestId('history-2')
    await expect.poll(() => newest.textContent()).toContain('杭州小笼包餐饮有限公司')
    const text = (await newest.textContent()) ?? ''
    expect(text).toContain('商户名称')
    expect(text).not.toContain('registeredName')

    await page.getByTestId('history-restore-1').click()
    await page.locator('.el-message-box .el-button--primary').click()
    await expect.poll(() => page.getByTestId('history-3').count()).toBe(1)
    await page.keyboard.press('Escape')
    await expect
      .poll(() => page.getByTestId('merchant-registered-name').inputValue())
      .toBe('杭州小笼包餐饮有限公司')
  })
})
