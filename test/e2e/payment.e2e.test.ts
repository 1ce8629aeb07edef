import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../src-main/api/contract'
import type { OpenedApp } from '../../src-main/api'
import type { Result } from '../../src-main/api/result'
import { launchBrowser, type Browser } from '../helpers/browser'
import { createCompleteDraft } from '../helpers/complete-draft'
import { useHarness } from '../helpers/harness'

const startApp = useHarness()
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

const KEYS = join(import.meta.dirname, '../fixtures/keys')
const SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F7E4F1'

/** The ids of the due panel's items, as listed. */
function dueIds(page: Page): () => Promise<string[]> {
  return async () => {
    const items = await page.getByTestId('due-item').all()
    return Promise.all(items.map(async (item) => (await item.getAttribute('data-id')) ?? ''))
  }
}

function dueItem(page: Page, id: string) {
  return page.locator(`[data-testid="due-item"][data-id="${id}"]`)
}

/** The data-testid of the element holding the keyboard focus. */
function focusedTestid(page: Page): Promise<string | null> {
  return page.locator(':focus').getAttribute('data-testid')
}

async function savedContent(page: Page, app: OpenedApp, id: string) {
  await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('已保存')
  const result = (await app.router.dispatch('drafts.get', { id })) as Result<
    MethodOutput<'drafts.get'>
  >
  if (!result.ok) throw new Error(result.error.code)
  return result.value.content
}

function draftIdOf(page: Page): string {
  return decodeURIComponent(/\/drafts\/([^/?]+)\//.exec(page.url())![1]!)
}

describe('the Payment provider step in the real renderer (Chromium)', () => {
  it('switches providers and routes, and the due list follows every choice', async () => {
    const { harness, app } = await startApp()
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)
    await page.getByTestId('create-draft').click()
    await page.getByTestId('draft-title-input').fill('山海咖啡 · 开通微信支付')
    await page.getByTestId('dialog-confirm').click()
    await page.getByTestId('merchant-body-subject').waitFor()
    const id = draftIdOf(page)

    await page.getByTestId('step-payment').click()
    await page.getByTestId('payment-due-no-provider').waitFor()

    // An Alipay merchant: WeChat Pay is the one to add, and its list is WeChat's.
    await page.getByTestId('payment-current-alipay').click()
    const panel = page.getByTestId('payment-due')
    await expect.poll(() => panel.getAttribute('data-platform')).toBe('wechat-pay')
    await expect.poll(dueIds(page)).toContain('wechat-pay.wechat_settlement_id')
    const wechat = await dueIds(page)()
    expect(wechat).toEqual(
      expect.arrayContaining([
        'wechat-pay.wechat_qualification_type',
        'wechat-pay.sales_scenes',
        'wechat-pay.licence_photo',
        'wechat-pay.contact_email'
      ])
    )
    expect(wechat.some((item) => item.startsWith('alipay.'))).toBe(false)
    await page.getByTestId('payment-setup-wechat-pay').waitFor()

    // Adding Alipay instead swaps the two: Alipay's list replaces WeChat's.
    await page.getByTestId('payment-add-alipay').click()
    await expect.poll(() => panel.getAttribute('data-platform')).toBe('alipay')
    await expect.poll(dueIds(page)).toContain('alipay.alipay_services')
    const alipay = await dueIds(page)()
    expect(alipay).toEqual(
      expect.arrayContaining([
        'alipay.alipay_mcc',
        'alipay.alipay_account',
        'alipay.alipay_sign_date'
      ])
    )
    expect(alipay).not.toContain('wechat-pay.wechat_settlement_id')
    expect(alipay).not.toContain('alipay.alipay_category_code')
    expect(await page.getByTestId('payment-current-wechat-pay').locator('input').isChecked()).toBe(
      true
    )

    // 代签约 asks for products and the 经营类目 code instead of services, MCC and signing date.
    await page.getByTestId('payment-alipay-route-agent').click()
    await expect.poll(dueIds(page)).toContain('alipay.alipay_products')
    const agent = await dueIds(page)()
    expect(agent).toContain('alipay.alipay_category_code')
    expect(agent).not.toContain('alipay.alipay_services')
    expect(agent).not.toContain('alipay.alipay_mcc')
    expect(agent).not.toContain('alipay.alipay_sign_date')

    // 当面付 needs a store: the scene is due until ticked, then the store's own details are.
    await page.getByTestId('payment-alipay-product-faceToFace').click()
    await expect.poll(dueIds(page)).toContain('alipay.store_scene')
    await page.getByTestId('payment-scene-store').click()
    await expect.poll(dueIds(page)).toContain('alipay.store_name')
    expect(await dueIds(page)()).not.toContain('alipay.store_scene')
    await page.getByTestId('payment-store-name').fill('山海咖啡科兴店')
    await expect.poll(dueIds(page)).not.toContain('alipay.store_name')
    expect(await dueIds(page)()).toContain('alipay.store_address')

    // A due item on this page puts the cursor in its field.
    await dueItem(page, 'alipay.alipay_category_code').click()
    await expect.poll(() => focusedTestid(page)).toBe('payment-alipay-category')
    await page.getByTestId('payment-alipay-category').fill('A0002_B0201')
    await expect.poll(dueIds(page)).not.toContain('alipay.alipay_category_code')

    // The choices are in the draft.
    const content = await savedContent(page, app, id)
    expect(content.payment).toMatchObject({
      currentProvider: 'wechat-pay',
      addProvider: 'alipay',
      alipay: { route: 'agent', products: ['faceToFace'] }
    })
    expect(content.merchant.business.salesScenes).toEqual(['store'])
    expect(content.merchant.business.store.name).toBe('山海咖啡科兴店')
    expect(content.merchant.business.industry.alipayCategoryCode).toBe('A0002_B0201')

    // A profile item opens its Merchant sub-step, named by the item's field.
    await dueItem(page, 'alipay.licence_number').click()
    await page.getByTestId('merchant-body-subject').waitFor()
    const url = new URL(new URL(page.url()).hash.slice(1), 'http://route')
    expect(url.pathname).toBe(`/drafts/${id}/merchant`)
    expect(url.searchParams.get('section')).toBe('subject')
    expect(url.searchParams.get('field')).toBe('merchant.licence.creditCode')
    await expect.poll(() => focusedTestid(page)).toBe('merchant-credit-code')
  })

  it('imports the WeChat Pay key, previews business_code and starts a resubmission', async () => {
    const { harness, app } = await startApp()
    const id = await createCompleteDraft(app, { title: '山海咖啡 · 开通微信支付' })
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/drafts/${encodeURIComponent(id)}/payment`)
    await page.getByTestId('payment-setup-wechat-pay').waitFor()
    await expect.poll(() => page.getByTestId('payment-due').getAttribute('data-due')).toBe('0')

    const code = page.getByTestId('payment-business-code')
    await expect.poll(() => code.textContent()).toContain('1900012345_91440305MA5G7K2L8A_1')

    // The application number and the key are folded under the service provider's details.
    await page.getByTestId('payment-wechat-tech-toggle').click()

    // A private key is refused with the reason; the platform certificate is kept.
    const file = page.getByTestId('payment-wechat-key-file')
    await file.setInputFiles(join(KEYS, 'wechatpay-test-private-key.pem'))
    await expect
      .poll(() => page.getByTestId('payment-wechat-key-error').textContent())
      .toContain('是私钥')
    await file.setInputFiles(join(KEYS, 'wechatpay-test-platform-cert.pem'))
    await expect.poll(() => page.getByTestId('payment-wechat-key-id').textContent()).toBe(SERIAL)
    const settings = await app.router.dispatch('settings.get', {})
    expect(
      settings.ok && (settings.value as MethodOutput<'settings.get'>).wechatPayKey?.keyId
    ).toBe(SERIAL)

    // After a rejection the next attempt gets a fresh code; the used one is kept.
    await page.getByTestId('payment-wechat-resubmit').click()
    await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click()
    await expect.poll(() => code.textContent()).toContain('1900012345_91440305MA5G7K2L8A_2')
    await expect
      .poll(() => page.getByTestId('payment-previous-codes').textContent())
      .toContain('1900012345_91440305MA5G7K2L8A_1')
    const content = await savedContent(page, app, id)
    expect(content.payment.wechat).toMatchObject({
      attempt: 2,
      previousBusinessCodes: ['1900012345_91440305MA5G7K2L8A_1']
    })

    // An empty scene field shows up as due, and its link lands on it.
    await page.getByTestId('payment-store-name').fill('')
    await expect.poll(dueIds(page)).toEqual(['wechat-pay.store_name'])
    await page.getByTestId('payment-wechat-prefix').focus()
    await dueItem(page, 'wechat-pay.store_name').click()
    await expect.poll(() => focusedTestid(page)).toBe('payment-store-name')
  })
})
