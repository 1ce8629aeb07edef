import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { OpenedApp } from '../../src-main/api'
import type { MethodInput, MethodOutput } from '../../src-main/api/contract'
import type { MethodName } from '../../src-main/api/methods'
import type { DraftContent } from '../../src-main/domain/draft'
import { launchBrowser, type Browser } from '../helpers/browser'
import { createCompleteDraft } from '../helpers/complete-draft'
import { useHarness } from '../helpers/harness'
import { useTempDir } from '../helpers/temp-dir'

const startApp = useHarness()
const tempDir = useTempDir('kaitong-walk-')
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

const KEY_FILE = join(
  import.meta.dirname,
  '../fixtures/keys/PUB_KEY_ID_0114232019292025011600388800000000.pem'
)

/**
 * A message code or an i18n key shown as it is (`wechat-pay.required`,
 * `requirement.wechat-pay.licence_photo`, `listing.optional.text`): text that never reached
 * its catalogue.
 */
const RAW_CODE =
  /\b(requirement|merchant|payment|listing|media|review|export|settings|drafts|bundle|draft|api|wechat-pay|alipay|wechat-mp|alipay-mp|douyin-mp|baidu-mp)\.[a-z_-]+(\.[a-z_-]+)*\b/

async function call<K extends MethodName>(
  app: OpenedApp,
  method: K,
  input: MethodInput<K>
): Promise<MethodOutput<K>> {
  const result = await app.router.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`)
  return result.value as MethodOutput<K>
}

/** A new draft of a Taobao seller who takes Alipay and adds WeChat Pay: nothing filled in yet. */
async function newWechatPayDraft(app: OpenedApp): Promise<string> {
  const { id } = await call(app, 'drafts.create', { title: '淘宝小店 · 开通微信支付' })
  const { content } = await call(app, 'drafts.get', { id })
  const payment: DraftContent['payment'] = {
    ...content.payment,
    currentProvider: 'alipay',
    addProvider: 'wechat-pay'
  }
  await call(app, 'drafts.save', { id, content: { ...content, payment } })
  return id
}

async function useLanguage(page: Page, appUrl: string, lang: 'zh-CN' | 'en'): Promise<void> {
  await page.goto(appUrl)
  await page.getByTestId('language').selectOption(lang)
}

/** Each step's first panel, there once the draft is loaded. */
const STEP_PANELS: Readonly<Record<string, string>> = {
  payment: 'payment-providers',
  review: 'review-step',
  export: 'export-step'
}

async function openStep(page: Page, appUrl: string, id: string, step: string): Promise<void> {
  // A fresh load: the page then reads the draft as the API left it.
  await page.goto('about:blank')
  await page.goto(`${appUrl}#/drafts/${id}/${step}`)
  await page.getByTestId(STEP_PANELS[step] ?? `${step}-step`).waitFor()
}

function visibleText(page: Page): Promise<string> {
  return page.locator('body').innerText()
}

describe('a merchant and an agency walking through Kaitong (Chromium)', () => {
  it('creates a draft from the keyboard: the name field has the focus and Enter confirms', async () => {
    const { harness, app } = await startApp()
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)

    await page.getByTestId('create-draft').click()
    await expect
      .poll(() => page.locator(':focus').getAttribute('data-testid'))
      .toBe('draft-title-input')
    await page.keyboard.type('淘宝小店 · 开通微信支付')
    await page.keyboard.press('Enter')

    await page.getByTestId('merchant-credit-code').waitFor()
    expect((await call(app, 'drafts.list', {})).map((draft) => draft.title)).toEqual([
      '淘宝小店 · 开通微信支付'
    ])
  })

  it('finds one draft among many by its name’s pinyin initials and says how many match', async () => {
    const { harness, app } = await startApp()
    for (const city of ['杭州', '成都', '深圳', '广州']) {
      for (const shop of ['小笼包', '火锅', '咖啡']) {
        await call(app, 'drafts.create', { title: `${city}${shop} · 开通微信支付` })
      }
    }
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)
    await expect.poll(() => page.getByTestId('draft-row').count()).toBe(12)
    expect(await page.getByTestId('draft-count').textContent()).toContain('共 12 个草稿')

    await page.getByTestId('draft-search').fill('cdhg')
    await expect.poll(() => page.getByTestId('draft-row').count()).toBe(1)
    expect(await page.getByTestId('open-draft').textContent()).toContain('成都火锅')
    expect(await page.getByTestId('draft-count').textContent()).toContain('找到 1 个，共 12 个草稿')

    await page.getByTestId('draft-search').fill('北京')
    await page.getByTestId('draft-no-match').waitFor()
    expect(await page.getByTestId('draft-row').count()).toBe(0)
  })

  it('lists each missing field of a new draft once in the review, each with its name', async () => {
    const { harness, app } = await startApp()
    const id = await newWechatPayDraft(app)
    browser = await launchBrowser()
    const { page } = browser
    await openStep(page, harness.appUrl, id, 'review')
    const card = page.getByTestId('review-card-wechat-pay')
    await expect.poll(() => card.getAttribute('data-state')).toBe('errors')
    await card.getByTestId('review-more-wechat-pay').click()

    const rows: { path: string; text: string }[] = []
    for (const item of await card.getByTestId('review-item').all()) {
      if ((await item.getAttribute('data-kind')) === 'met') continue
      rows.push({
        path: (await item.getAttribute('data-path')) ?? '',
        text: ((await item.locator('.review-item-text').textContent()) ?? '').trim()
      })
    }
    expect(rows.length).toBeGreaterThan(20)
    const paths = rows.map((row) => row.path)
    expect(new Set(paths).size).toBe(paths.length)
    // "此项必填" alone does not say what to fill in.
    expect(rows.filter((row) => row.text === '此项必填')).toEqual([])
    expect(rows.map((row) => row.text)).toContain('有效期截止：此项必填')
    expect(await visibleText(page)).not.toMatch(RAW_CODE)
  })

  it('speaks plain English on the Payment and Review steps of a new draft: no raw codes, no “(s)”', async () => {
    const { harness, app } = await startApp()
    const id = await newWechatPayDraft(app)
    browser = await launchBrowser()
    const { page } = browser
    await useLanguage(page, harness.appUrl, 'en')

    await openStep(page, harness.appUrl, id, 'payment')
    await page.locator('[data-testid="payment-due"]').waitFor()
    // The step rail's counts too ("2 errors", not "2 error(s)"; never "0 still missing").
    await expect.poll(() => page.getByTestId('step-review').getAttribute('data-state')).toBeTruthy()
    const payment = await visibleText(page)
    expect(payment).not.toMatch(/\b0 still missing\b/)
    expect(payment).not.toMatch(RAW_CODE)
    expect(payment).not.toContain('(s)')
    expect(payment).toMatch(/\b\d+ items\b/)

    await openStep(page, harness.appUrl, id, 'review')
    await page.getByTestId('review-card-wechat-pay').waitFor()
    const review = await visibleText(page)
    expect(review).not.toMatch(RAW_CODE)
    expect(review).not.toContain('(s)')
    // One platform: not "0 of 1 platforms".
    expect(await page.getByTestId('review-headline').textContent()).toContain(
      'Not ready to export yet'
    )
  })

  it('tells a merchant who only adds a payment provider that the listing can be skipped', async () => {
    const { harness, app } = await startApp()
    const id = await newWechatPayDraft(app)
    browser = await launchBrowser()
    const { page } = browser
    await openStep(page, harness.appUrl, id, 'payment')
    await page.getByTestId('payment-continue').click()

    expect(await page.getByTestId('listing-optional').textContent()).toContain('上架小程序是可选的')
    await page.getByTestId('listing-skip').click()
    await page.getByTestId('review-card-wechat-pay').waitFor()

    await page.getByTestId('step-listing').click()
    await page.getByTestId('listing-target-wechat-mp').click()
    await expect.poll(() => page.getByTestId('listing-optional').count()).toBe(0)
  })

  it('stops at a folder that does not exist, says to choose another, and writes nothing', async () => {
    const { harness, app } = await startApp()
    const id = await createCompleteDraft(app)
    const missing = join(tempDir(), 'moved-away', 'bundles')
    browser = await launchBrowser()
    const { page } = browser
    // The harness has no folder picker: answer the picker's call with a folder since removed.
    await page.route('**/api/bundles.chooseFolder', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: true, value: { path: missing, defaultPath: tempDir() } })
      })
    )
    await openStep(page, harness.appUrl, id, 'export')
    await page.getByTestId('export-choose-folder').click()
    await page.getByTestId('export-run').click()

    const runs = page.locator('[data-testid^="export-run-"][data-state]')
    const states = async () =>
      Promise.all((await runs.all()).map((run) => run.getAttribute('data-state')))
    await expect.poll(states).toEqual(['failed', 'skipped', 'skipped', 'skipped', 'skipped'])
    const errors = page.getByTestId('export-run-error')
    expect(await errors.count()).toBe(1)
    expect(await errors.textContent()).toContain('换一个文件夹')
    expect(existsSync(missing)).toBe(false)
    expect(await call(app, 'bundles.history', { id })).toEqual([])
  })

  it('says in Settings that following applications needs a sending profile first, instead of offering one that does not exist', async () => {
    const { harness } = await startApp()
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/settings`)
    await expect
      .poll(() => page.getByTestId('polling-no-profile').textContent())
      .toContain('还没有提交账户')
    expect(await page.getByTestId('polling-profile').count()).toBe(0)
    expect(await page.getByTestId('polling-now').isDisabled()).toBe(true)
  })

  it('shows the way to Settings where a send needs a sending profile and none is saved', async () => {
    const { harness, app } = await startApp()
    const id = await newWechatPayDraft(app)
    browser = await launchBrowser()
    const { page } = browser
    await openStep(page, harness.appUrl, id, 'export')
    await page.getByTestId('submit-profile-none').waitFor()
    expect(await page.getByTestId('submit-dry-run').isDisabled()).toBe(true)

    await page.goto('about:blank')
    await page.goto(harness.appUrl)
    await page.getByTestId('select-all').click()
    await page.getByTestId('bulk-submit').click()
    await page.getByTestId('bulk-submit-profile-none').waitFor()
    expect(await page.getByTestId('bulk-submit-dry-run').isDisabled()).toBe(true)
    expect(await page.getByTestId('bulk-submit-dialog').textContent()).toContain('还没有提交账户')
  })

  it('imports the WeChat Pay key in Settings, the one place an agency sets it for every draft', async () => {
    const { harness, app } = await startApp()
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/settings`)

    await page.getByTestId('payment-wechat-key-file').setInputFiles(KEY_FILE)
    await page.getByTestId('payment-wechat-key-info').waitFor()
    expect(await page.getByTestId('payment-wechat-key-id').textContent()).toContain(
      'PUB_KEY_ID_0114232019292025011600388800000000'
    )
    expect((await call(app, 'settings.get', {})).wechatPayKey).toMatchObject({
      keyId: 'PUB_KEY_ID_0114232019292025011600388800000000'
    })
  })

  it('keeps the review’s heading readable in a 1024-pixel English window', async () => {
    const { harness, app } = await startApp()
    const id = await createCompleteDraft(app)
    browser = await launchBrowser()
    const { page } = browser
    await page.setViewportSize({ width: 1024, height: 768 })
    await useLanguage(page, harness.appUrl, 'en')
    await openStep(page, harness.appUrl, id, 'review')
    await page.getByTestId('review-card-wechat-pay').waitFor()

    const text = await page.locator('.review-head-text').boundingBox()
    expect(text?.width).toBeGreaterThan(400)
    const overflow = await page.evaluate<number>(
      "(() => { const main = document.querySelector('.app-main'); return main.scrollWidth - main.clientWidth })()"
    )
    expect(overflow).toBe(0)
  })

  it('makes a platform’s category results one Tab stop, walked with the arrow keys', async () => {
    const { harness, app } = await startApp()
    const id = await createCompleteDraft(app)
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/drafts/${id}/listing?section=categories`)
    const search = page.getByTestId('category-search-wechat-mp')
    const options = page.getByTestId('category-option-wechat-mp')
    await options.first().waitFor()
    const focusedCode = () => page.locator(':focus').getAttribute('data-code')
    const codes = await Promise.all(
      (await options.all()).map((option) => option.getAttribute('data-code'))
    )

    await search.focus()
    await page.keyboard.press('ArrowDown')
    await expect.poll(focusedCode).toBe(codes[0])
    await page.keyboard.press('ArrowDown')
    await expect.poll(focusedCode).toBe(codes[1])
    await page.keyboard.press('Tab')
    expect(await page.locator(':focus').getAttribute('data-testid')).toBe(
      'category-manual-wechat-mp'
    )
  })
})
