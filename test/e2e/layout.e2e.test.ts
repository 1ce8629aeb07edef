/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { MERCHANT_SECTIONS } from '../../src-main/domain/merchant-fields'
// The listing's sub-steps (use-listing-form.ts is renderer code, outside this tsconfig).
const LISTING_SECTIONS = ['basics', 'media', 'categories', 'service', 'review'] as const
import { launchBrowser, type Browser } from '../helpers/browser'
import { createCompleteDraft } from '../helpers/complete-draft'
import { useHarness } from '../helpers/harness'
import { markPhotosRead } from '../helpers/photos-read'

const startApp = useHarness()
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

/** Every screen of the wizard, as a hash route of the complete draft. */
function screens(id: string): string[] {
  return [
    '/',
    ...MERCHANT_SECTIONS.map((section) => `/drafts/${id}/merchant?section=${section}`),
    `/drafts/${id}/payment`,
    ...LISTING_SECTIONS.map((section) => `/drafts/${id}/listing?section=${section}`),
    `/drafts/${id}/review`,
    `/drafts/${id}/export`,
    '/settings',
    '/submissions'
  ]
}

/**
 * Containers whose content is wider than their box: the page itself, the app's scrolling
 * main area and each panel, form, aside, header and footer inside it. A container that is
 * too narrow for its content either scrolls sideways or cuts the content off.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth) {
      found.push(`page ${root.scrollWidth} > ${root.clientWidth}`)
    }
    const containers = document.querySelectorAll<HTMLElement>(
      '.app-header, .app-main, .app-main .kt-panel, .app-main form, .app-main aside, .app-main header, .app-main footer, .app-main nav'
    )
    for (const element of Array.from(containers)) {
      if (element.scrollWidth > element.clientWidth + 1) {
        const name = element.dataset['testid'] ?? element.className
        found.push(
          `${element.tagName.toLowerCase()}.${name} ${element.scrollWidth} > ${element.clientWidth}`
        )
      }
    }
    return found
  })
}

/** Waits until the screen has rendered and the fonts and pictures have settled. */
async function settle(page: Page): Promise<void> {
  await page.locator('.app-main > *').first().waitFor()
  await page.evaluate(() => document.fonts.ready)
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(300)
}

describe.each(['zh-CN', 'en'] as const)('layout in %s', (lang) => {
  it.each([960, 1024, 1280])(
    'has no screen that scrolls sideways or cuts content off at %i px',
    async (width) => {
      const { app, harness } = await startApp()
      const id = await createCompleteDraft(app)
      await markPhotosRead(app, id)
      // A rejected application: the Export step shows its ledger and the business-number choice.
      await app.router.dispatch('submissions.mark', {
        draftId: id,
        platform: 'wechat-pay',
        lifecycle: 'rejected'
      })
      browser = await launchBrowser()
      const { page } = browser
      await page.setViewportSize({ width, height: 800 })
      await page.addInitScript((locale) => localStorage.setItem('kaitong.locale', locale), lang)
      const problems: string[] = []
      for (const screen of screens(id)) {
        await page.goto(`${harness.appUrl}#${screen}`)
        await settle(page)
        for (const problem of await overflowing(page)) problems.push(`${screen}: ${problem}`)
      }
      // Let the last screen's calls finish before the app closes.
      await page.waitForLoadState('networkidle')

      expect(problems).toEqual([])
    }
  )

  it('shows the Export button and keeps each picture’s Remove button uncovered at 1024 px', async () => {
    const { app, harness } = await startApp()
    const id = await createCompleteDraft(app)
    await markPhotosRead(app, id)
    browser = await launchBrowser()
    const { page } = browser
    await page.setViewportSize({ width: 1024, height: 800 })
    await page.addInitScript((locale) => localStorage.setItem('kaitong.locale', locale), lang)

    await page.goto(`${harness.appUrl}#/drafts/${id}/export`)
    await settle(page)
    const run = await page.getByTestId('export-run').boundingBox()
    expect(run).not.toBeNull()
    expect((run?.x ?? 0) + (run?.width ?? 0)).toBeLessThanOrEqual(1024)

    await page.goto(`${harness.appUrl}#/drafts/${id}/listing?section=media`)
    await settle(page)
    const removes = page.locator('[data-testid$="-remove"]')
    expect(await removes.count()).toBeGreaterThan(0)
    const covered: string[] = []
    for (const button of await removes.all()) {
      await button.scrollIntoViewIfNeeded()
      const hidden = await button.evaluate((element) => {
        const box = element.getBoundingClientRect()
        const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
        return top !== null && (element === top || element.contains(top))
          ? ''
          : ((element as HTMLElement).dataset['testid'] ?? '?')
      })
      if (hidden) covered.push(hidden)
    }
    expect(covered).toEqual([])
    await page.waitForLoadState('networkidle')
  })
})

describe('wizard steps', () => {
  it('open scrolled to their top', async () => {
    const { app, harness } = await startApp()
    const id = await createCompleteDraft(app)
    await markPhotosRead(app, id)
    browser = await launchBrowser()
    const { page } = browser
    await page.setViewportSize({ width: 1280, height: 700 })
    await page.goto(`${harness.appUrl}#/drafts/${id}/payment`)
    await settle(page)
    await page.locator('.app-main').evaluate((main) => main.scrollTo(0, main.scrollHeight))
    expect(await page.locator('.app-main').evaluate((main) => main.scrollTop)).toBeGreaterThan(0)

    await page.getByTestId('payment-continue').click()
    await page.waitForURL(/\/listing/)
    await settle(page)

    expect(await page.locator('.app-main').evaluate((main) => main.scrollTop)).toBe(0)
  })
})
