import { afterEach, describe, expect, it } from 'vitest'
import type { OpenedApp } from '../../src-main/api'
import type { MethodOutput } from '../../src-main/api/contract'
import type { DraftContent } from '../../src-main/domain/draft'
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

async function content(app: OpenedApp, id: string): Promise<DraftContent> {
  const result = await app.router.dispatch('drafts.get', { id })
  if (!result.ok) throw new Error(result.error.code)
  return (result.value as MethodOutput<'drafts.get'>).content
}

async function change(app: OpenedApp, id: string, edit: (draft: DraftContent) => void) {
  const draft = await content(app, id)
  edit(draft)
  const result = await app.router.dispatch('drafts.save', { id, content: draft })
  if (!result.ok) throw new Error(result.error.code)
}

describe('the merchant journey’s guidance', () => {
  it('finds 餐饮 by cy in the settlement-rule picker and shows its rate and qualifications', async () => {
    const { app, harness } = await startApp()
    const id = await createCompleteDraft(app)
    await markPhotosRead(app, id)
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/drafts/${id}/payment`)

    const picker = page.getByTestId('payment-category-picker-wechat')
    await picker.locator('input').click()
    await picker.locator('input').pressSequentially('cy')
    await page.locator('.el-select-dropdown__item', { hasText: '716 · 餐饮' }).click()

    const facts = page.getByTestId('payment-category-facts')
    await expect.poll(() => facts.textContent()).toContain('0.6%')
    expect(await facts.textContent()).toContain('食品经营许可证')
    await expect
      .poll(async () => (await content(app, id)).merchant.business.industry)
      .toMatchObject({ wechatSettlementId: '716', wechatQualificationType: '餐饮' })
  })

  it('points the 小程序 scene to the listing’s AppID and offers to untick the scene', async () => {
    const { app, harness } = await startApp()
    const id = await createCompleteDraft(app)
    await markPhotosRead(app, id)
    await change(app, id, (draft) => (draft.merchant.business.miniProgram.appId = ''))
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/drafts/${id}/payment`)

    await page.getByTestId('mini-program-untick').click()

    await expect
      .poll(async () => (await content(app, id)).merchant.business.salesScenes)
      .toEqual(['store', 'app'])
  })

  it('offers the licence’s 法定代表人 for the legal representative, then says it matches', async () => {
    const { app, harness } = await startApp()
    const id = await createCompleteDraft(app)
    await markPhotosRead(app, id)
    await change(app, id, (draft) => (draft.merchant.legalRep.name = ''))
    const licence = (await content(app, id)).merchant.licence.legalRepresentative
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/drafts/${id}/merchant?section=legalRep`)

    const note = page.getByTestId('synced-merchant.legalRep.name')
    await note.getByRole('button', { name: `改为与营业执照一致：${licence}` }).click()

    await expect.poll(() => note.textContent()).toContain('与营业执照一致')
    expect(await page.getByTestId('merchant-legal-rep-name').inputValue()).toBe(licence)
  })

  it('keeps the legal representative following the licence while it was not changed', async () => {
    const { app, harness } = await startApp()
    const id = await createCompleteDraft(app)
    await markPhotosRead(app, id)
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/drafts/${id}/merchant?section=subject`)
    const licence = page.getByTestId('merchant-licence-legal-representative')
    await licence.fill('赵六')

    await expect.poll(async () => (await content(app, id)).merchant.legalRep.name).toBe('赵六')
  })

  it('offers the store address’s district for the store region, then follows the address', async () => {
    const { app, harness } = await startApp()
    const id = await createCompleteDraft(app)
    await markPhotosRead(app, id)
    await change(app, id, (draft) => (draft.merchant.business.store.regionCode = '440304'))
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/drafts/${id}/merchant?section=business`)

    const note = page.getByTestId('synced-merchant.business.store.regionCode')
    await note.getByRole('button', { name: '改为门店地址所在地区：广东省 深圳市 南山区' }).click()
    await expect.poll(() => note.textContent()).toContain('按门店地址填写')
    await page.getByTestId('merchant-store-address').fill('深圳市福田区福华一路 1 号')

    await expect
      .poll(async () => (await content(app, id)).merchant.business.store.regionCode)
      .toBe('440304')
  })

  it('says what happens next after an export and saves the bundle’s summary to open', async () => {
    const { app, harness } = await startApp()
    const id = await createCompleteDraft(app)
    await markPhotosRead(app, id)
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/drafts/${id}/export`)
    await page.getByTestId('export-run').click()

    const next = page.getByTestId('export-next-wechat-pay')
    await expect.poll(() => next.textContent(), { timeout: 30_000 }).toContain('签约')
    await page.getByTestId('export-open-summary-wechat-pay').click()
    await expect
      .poll(() => page.locator('.el-message').first().textContent())
      .toContain('核对摘要已保存到')
  })
})
