import { existsSync, readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { OpenedApp } from '../../src-main/api'
import type { MethodInput, MethodOutput } from '../../src-main/api/contract'
import type { MethodName } from '../../src-main/api/methods'
import { verifyBundle } from '../../src-main/bundle'
import type { DraftContent } from '../../src-main/domain/draft'
import type { PlatformId } from '../../src-main/platforms/adapter'
import { launchBrowser, type Browser } from '../helpers/browser'
import { createCompleteDraft } from '../helpers/complete-draft'
import { useHarness } from '../helpers/harness'

const startApp = useHarness()
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

/** The complete draft's targets: the provider it adds and the four listing platforms. */
const TARGETS: readonly PlatformId[] = [
  'wechat-pay',
  'wechat-mp',
  'alipay-mp',
  'douyin-mp',
  'baidu-mp'
]
const OTHERS = TARGETS.filter((platform) => platform !== 'wechat-mp')
/** Fine everywhere but on WeChat, which forbids “小程序” in a name. */
const NAME_WECHAT_REFUSES = '小鹿留学小程序'
/** A credit code whose check character is wrong (by the first 17 it is T). */
const MISTYPED_CREDIT_CODE = '91440300708461136A'

async function call<K extends MethodName>(
  app: OpenedApp,
  method: K,
  input: MethodInput<K>
): Promise<MethodOutput<K>> {
  const result = await app.router.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`)
  return result.value as MethodOutput<K>
}

async function editDraft(
  app: OpenedApp,
  id: string,
  change: (content: DraftContent) => void
): Promise<void> {
  const { content } = await call(app, 'drafts.get', { id })
  change(content)
  await call(app, 'drafts.save', { id, content })
}

async function renameListing(app: OpenedApp, id: string, name: string): Promise<void> {
  await editDraft(app, id, (content) => {
    content.listing.name = name
  })
}

async function openStep(page: Page, appUrl: string, id: string, step: string): Promise<void> {
  // A fresh load: the page then reads the draft as the API left it.
  await page.goto('about:blank')
  await page.goto(`${appUrl}#/drafts/${id}/${step}`)
  await page.getByTestId(`${step}-step`).waitFor()
}

/** The data-testid of the element holding the keyboard focus. */
function focusedTestid(page: Page): Promise<string | null> {
  return page.locator(':focus').getAttribute('data-testid')
}

function state(page: Page, testid: string) {
  return () => page.getByTestId(testid).getAttribute('data-state')
}

describe('the Review and Export steps in the real renderer (Chromium)', () => {
  it('reviews a complete draft, writes a verifiable bundle per platform and lists them', async () => {
    const { harness, app } = await startApp()
    const id = await createCompleteDraft(app)
    browser = await launchBrowser()
    const { page } = browser
    await openStep(page, harness.appUrl, id, 'review')

    for (const platform of TARGETS) {
      await expect.poll(state(page, `review-tile-${platform}`)).toMatch(/^(ready|warnings)$/)
    }
    expect(await page.getByTestId('review-headline').textContent()).toContain('5 个平台都可以导出')

    await page.getByTestId('review-to-export').click()
    for (const platform of TARGETS) {
      await expect
        .poll(() => page.getByTestId(`export-pick-${platform}`).locator('input').isChecked())
        .toBe(true)
    }
    await page.getByTestId('export-run').click()
    for (const platform of TARGETS) {
      await expect.poll(state(page, `export-run-${platform}`), { timeout: 30_000 }).toBe('done')
    }

    const history = await call(app, 'bundles.history', { id })
    expect(history.map((record) => record.platform).sort()).toEqual([...TARGETS].sort())
    for (const record of history) {
      expect(existsSync(record.path)).toBe(true)
      expect(verifyBundle(readFileSync(record.path))).toMatchObject({ ok: true, problems: [] })
    }
    const table = page.getByTestId('export-history')
    for (const platform of TARGETS) {
      await expect.poll(() => table.getByTestId(`history-${platform}`).count()).toBe(1)
    }
    const first = history[0]!
    expect(
      await page
        .getByTestId(`export-run-${first.platform}`)
        .getByTestId('export-run-file')
        .textContent()
    ).toContain('.kaitong.zip')

    // No file manager in the browser harness: "open folder" says where the file is.
    await table.getByTestId('history-reveal').first().click()
    await expect.poll(() => page.locator('.el-message').textContent()).toContain(first.path)
  })

  it('shows a platform’s error with a link to its field, and exports the others while refusing it', async () => {
    const { harness, app } = await startApp()
    const id = await createCompleteDraft(app)
    await call(app, 'bundles.export', { id, platforms: ['wechat-mp'] })
    await renameListing(app, id, NAME_WECHAT_REFUSES)
    browser = await launchBrowser()
    const { page } = browser
    await openStep(page, harness.appUrl, id, 'review')

    const card = page.getByTestId('review-card-wechat-mp')
    await expect.poll(() => card.getAttribute('data-state')).toBe('errors')
    const item = card.locator(
      '[data-testid="review-item"][data-code="wechat-mp.name_platform_word"]'
    )
    expect(await item.textContent()).toContain('小程序')
    for (const platform of OTHERS) {
      expect(await page.getByTestId(`review-card-${platform}`).getAttribute('data-state')).not.toBe(
        'errors'
      )
    }
    await item.getByTestId('review-item-link').click()
    await expect
      .poll(() => decodeURIComponent(page.url()))
      .toContain(`/drafts/${id}/listing?section=basics&field=listing.name`)
    expect(await page.getByTestId('step-listing').getAttribute('class')).toContain('step-active')

    await page.getByTestId('step-export').click()
    const blocked = page.getByTestId('export-platform-wechat-mp')
    await expect.poll(() => blocked.getAttribute('data-state')).toBe('errors')
    expect(await page.getByTestId('export-pick-wechat-mp').locator('input').isDisabled()).toBe(true)
    expect(await blocked.getByTestId('export-platform-note').textContent()).toContain('1 个错误')

    await page.getByTestId('export-run').click()
    for (const platform of OTHERS) {
      await expect.poll(state(page, `export-run-${platform}`), { timeout: 30_000 }).toBe('done')
    }
    expect(await page.getByTestId('export-run-wechat-mp').count()).toBe(0)

    // Exporting WeChat again from the history is refused, with the errors to fix.
    const row = page
      .getByTestId('export-history')
      .locator('tr', { has: page.getByTestId('history-wechat-mp') })
    await row.getByTestId('history-reexport').click()
    const refused = page.getByTestId('export-run-wechat-mp')
    await expect.poll(() => refused.getAttribute('data-state')).toBe('failed')
    expect(await refused.getByTestId('export-run-error').textContent()).toContain(
      '微信小程序 还有 1 个错误'
    )
    expect(await refused.locator('[data-testid="review-item"]').getAttribute('data-code')).toBe(
      'wechat-mp.name_platform_word'
    )

    const written = (await call(app, 'bundles.history', { id })).map((record) => record.platform)
    expect(written.filter((platform) => platform === 'wechat-mp')).toHaveLength(1)
    expect([...new Set(written)].sort()).toEqual([...TARGETS].sort())
  })

  it('opens the Merchant and the Listing step at the field a Review link names, cursor in it', async () => {
    const { harness, app } = await startApp()
    const id = await createCompleteDraft(app)
    await editDraft(app, id, (content) => {
      content.merchant.licence.creditCode = MISTYPED_CREDIT_CODE
      content.listing.name = NAME_WECHAT_REFUSES
    })
    browser = await launchBrowser()
    const { page } = browser

    // Each link opens its step at the field's sub-step with the cursor in the field.
    const links = [
      ['wechat-pay', 'merchant.uscc_check_char', 'merchant-body-subject', 'merchant-credit-code'],
      ['wechat-mp', 'wechat-mp.name_platform_word', 'listing-body-basics', 'listing-name']
    ] as const
    for (const [platform, code, body, field] of links) {
      await openStep(page, harness.appUrl, id, 'review')
      await page
        .getByTestId(`review-card-${platform}`)
        .locator(`[data-testid="review-item"][data-code="${code}"]`)
        .getByTestId('review-item-link')
        .click()
      await page.getByTestId(body).waitFor()
      await expect.poll(() => focusedTestid(page)).toBe(field)
    }
  })

  it('lets a rule be lowered to a warning in Settings, after which the platform can be exported', async () => {
    const { harness, app } = await startApp()
    const id = await createCompleteDraft(app)
    await renameListing(app, id, NAME_WECHAT_REFUSES)
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)
    await page.getByTestId('open-settings').click()

    await page.getByTestId('rules-search').fill('name_platform_word')
    const level = page.getByTestId('rule-wechat-mp.name_platform_word')
    await expect.poll(() => level.getAttribute('data-level')).toBe('error')
    await page
      .getByTestId('rule-level-wechat-mp.name_platform_word')
      .getByRole('radio', { name: '提醒' })
      .click()
    await expect.poll(() => level.getAttribute('data-level')).toBe('warning')
    expect((await call(app, 'settings.get', {})).ruleLevels).toEqual({
      'wechat-mp.name_platform_word': 'warning'
    })

    await openStep(page, harness.appUrl, id, 'review')
    await expect.poll(state(page, 'review-tile-wechat-mp')).toBe('warnings')
    await page.getByTestId('review-to-export').click()
    const pick = page.getByTestId('export-pick-wechat-mp').locator('input')
    await expect.poll(() => pick.isChecked()).toBe(true)
    expect(await pick.isDisabled()).toBe(false)
  })
})
