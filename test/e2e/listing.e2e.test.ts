import { openDatabase } from '../../src-main/store/connection'
import { testDatabaseKey } from '../helpers/test-key'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type Browser } from '../helpers/browser'
import { useHarness } from '../helpers/harness'
import { thumbnailType } from '../helpers/thumbnail'

const startApp = useHarness()
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

const IMAGES = join(import.meta.dirname, '../fixtures/images')
const PLATFORMS = ['wechat-mp', 'alipay-mp', 'douyin-mp', 'baidu-mp'] as const
/** 11 Chinese characters: 22 where one counts 2, so within WeChat's 30 and over Douyin's 20. */
const NAME = '阿明家手工鲜肉小笼包铺'

function savedListing(dbPath: string): { name: string; targets: string[]; logo: unknown } {
  const db = openDatabase(dbPath, { readonly: true, key: testDatabaseKey() })
  try {
    const row = db.prepare('SELECT content FROM drafts').get() as { content: string }
    return (JSON.parse(row.content) as { listing: ReturnType<typeof savedListing> }).listing
  } finally {
    db.close()
  }
}

describe('the listing step in the real renderer (Chromium)', () => {
  it('counts a name per platform, then shows a logo’s thumbnail and every platform’s verdict', async () => {
    const { harness, dbPath } = await startApp()
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)

    await page.getByTestId('create-draft').click()
    await page.getByTestId('draft-title-input').fill('阿明小笼包 · 上架小程序')
    await page.getByTestId('dialog-confirm').click()
    await page.getByTestId('step-listing').click()
    for (const platform of PLATFORMS) await page.getByTestId(`listing-target-${platform}`).click()
    await page.getByTestId('listing-name').fill(NAME)

    // Beside the field: 22 of WeChat's 30, 22 of Douyin's 20.
    await expect
      .poll(() => page.getByTestId('length-name-wechat-mp').getAttribute('data-status'))
      .toBe('ok')
    expect(await page.getByTestId('length-name-douyin-mp').getAttribute('data-status')).toBe('long')
    const message = await page.getByTestId('listing-name-message').textContent()
    expect(message).toContain('抖音')
    expect(message).toContain('22')
    expect(message).not.toContain('微信')

    // WeChat's preview and precheck: the name fits.
    await page.getByTestId('platform-tab-wechat-mp').click()
    const wechat = page.getByTestId('precheck-wechat-mp')
    await wechat.waitFor()
    expect(await page.getByTestId('preview-name').getAttribute('data-status')).toBe('ok')
    expect(await page.getByTestId('preview-name').getAttribute('data-counted')).toBe('22')
    expect(await wechat.locator('[data-code="wechat-mp.name_length"]').count()).toBe(0)
    expect(await wechat.locator('[data-path="listing.name"]').count()).toBe(0)

    // Douyin's: the same name is an error there, counted 22 against 4–20.
    await page.getByTestId('platform-tab-douyin-mp').click()
    const douyin = page.getByTestId('precheck-douyin-mp')
    await douyin.waitFor()
    expect(await page.getByTestId('preview-name').getAttribute('data-status')).toBe('long')
    const tooLong = douyin.locator('[data-code="douyin-mp.name_length"]')
    expect(await tooLong.getAttribute('data-severity')).toBe('error')
    expect(await tooLong.textContent()).toContain('当前计 22 个字符')

    // The precheck item takes the user to its field.
    await tooLong.click()
    await expect.poll(() => page.locator(':focus').getAttribute('data-testid')).toBe('listing-name')

    await page.getByTestId('listing-section-media').click()
    await page
      .getByTestId('media-listing.logo-input')
      .setInputFiles(join(IMAGES, 'logo-transparent.png'))

    const slot = page.locator('[data-field="listing.logo"]').first()
    const thumb = slot.getByTestId('media-thumb').first()
    await thumb.waitFor()
    expect(await thumbnailType(page, thumb)).toBe('image/webp')

    // A 64×64 PNG: fine as it is for WeChat, Alipay and Douyin; Baidu wants ≥100 px, so
    // export scales it up, and the badge says so.
    const verdict = (platform: string) =>
      slot.getByTestId(`verdict-${platform}`).getAttribute('data-verdict')
    await expect.poll(() => verdict('baidu-mp')).toBe('adjusted')
    expect(await verdict('wechat-mp')).toBe('ok')
    expect(await verdict('alipay-mp')).toBe('ok')
    expect(await verdict('douyin-mp')).toBe('ok')

    await expect.poll(() => savedListing(dbPath).logo).not.toBeNull()
    const saved = savedListing(dbPath)
    expect(saved.name).toBe(NAME)
    expect(saved.targets).toEqual([...PLATFORMS])
    expect(saved.logo).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string })
  })

  it('offers only WeChat’s privacy keys: a typed key is not kept, a listed one is', async () => {
    const { harness, dbPath } = await startApp()
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)

    await page.getByTestId('create-draft').click()
    await page.getByTestId('draft-title-input').fill('阿明小笼包 · 隐私指引')
    await page.getByTestId('dialog-confirm').click()
    await page.getByTestId('step-listing').click()
    await page.getByTestId('listing-target-wechat-mp').click()
    await page.getByTestId('listing-section-service').click()
    await page.getByTestId('listing-privacy-add').click()

    const picker = page.getByTestId('listing-privacy-key-0')
    await picker.click()
    await page.keyboard.type('FaceData')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    await page.getByTestId('listing-privacy-retention').fill('30天')
    const privacy = () =>
      (
        savedListing(dbPath) as unknown as {
          privacy: { retention: string; items: { key: string }[] }
        }
      ).privacy
    const keys = () => privacy().items.map((item) => item.key)
    // Saved once the retention typed after it is: the typed key never became a value.
    await expect.poll(() => privacy().retention).toBe('30天')
    expect(keys()).toEqual([''])

    await picker.click()
    await page.keyboard.type('位置')
    await page.locator('.el-select-dropdown__item:visible', { hasText: '位置信息' }).click()
    await expect.poll(keys).toEqual(['Location'])
  })
})
