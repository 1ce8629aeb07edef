import { openDatabase } from '../../src-main/store/connection'
import { testDatabaseKey } from '../helpers/test-key'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../src-main/api/contract'
import type { Result } from '../../src-main/api/result'
import type { DraftContent } from '../../src-main/domain/draft'
import { localCalendarDate } from '../../src-main/domain/local-date'
import type { MerchantSection } from '../../src-main/domain/merchant-fields'
import { Qualification } from '../../src-main/domain/merchant-profile'
import { validateMerchant } from '../../src-main/domain/merchant-rules'
import { launchBrowser, type Browser } from '../helpers/browser'
import { useHarness } from '../helpers/harness'

const startApp = useHarness()
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

/** A picture reference as the media import will store it (not built yet: seeded by the test). */
function picture(digit: string) {
  return { sha256: digit.repeat(64) }
}

/** Types into a field and leaves it, as a user tabbing through the form does. */
async function type(page: Page, testid: string, value: string): Promise<void> {
  await page.getByTestId(testid).fill(value)
  await page.getByTestId(testid).press('Tab')
}

async function pickDate(page: Page, testid: string, value: string): Promise<void> {
  const input = page.getByTestId(testid).locator('input')
  await input.fill(value)
  await input.press('Enter')
  await expect.poll(() => input.inputValue()).toBe(value)
}

/** Searches a picker (region cascader, bank list) by pinyin and clicks the suggestion. */
async function search(page: Page, testid: string, query: string, choice: string): Promise<void> {
  const input = page.getByTestId(testid).locator('input').first()
  await input.click()
  await input.pressSequentially(query)
  await page.locator('.el-popper:visible li', { hasText: choice }).first().click()
}

function badge(page: Page, section: MerchantSection) {
  return () => page.getByTestId(`merchant-badge-${section}`).getAttribute('data-state')
}

async function openSection(page: Page, section: MerchantSection): Promise<void> {
  await page.getByTestId(`merchant-section-${section}`).click()
  await page.getByTestId(`merchant-body-${section}`).waitFor()
}

describe('the Merchant step in the real renderer (Chromium)', () => {
  it('takes the whole profile through its sub-steps, validating as the user types', async () => {
    const { harness, app, dbPath } = await startApp()
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)
    await page.getByTestId('create-draft').click()
    await page.getByTestId('draft-title-input').fill('示例科技 · 开通微信支付')
    await page.getByTestId('dialog-confirm').click()
    await page.getByTestId('merchant-body-subject').waitFor()

    // Pictures come from the media import (another step): attach them through the API.
    const id = decodeURIComponent(/\/drafts\/([^/]+)\//.exec(page.url())![1]!)
    const opened = (await app.router.dispatch('drafts.get', { id })) as Result<
      MethodOutput<'drafts.get'>
    >
    if (!opened.ok) throw new Error(opened.error.code)
    const content = opened.value.content
    content.merchant.licence.photo = picture('a')
    content.merchant.legalRep.frontPhoto = picture('b')
    content.merchant.legalRep.backPhoto = picture('c')
    content.merchant.business.store.entrancePhoto = picture('d')
    content.merchant.business.store.interiorPhoto = picture('e')
    content.merchant.qualifications = [Qualification.parse({ photo: picture('f') })]
    await app.router.dispatch('drafts.save', { id, content })
    await page.reload()

    // Nothing is shouted at an empty form: required fields are marked, not flagged.
    await page.getByTestId('merchant-credit-code').waitFor()
    expect(await page.locator('[data-testid^="issue-"]').count()).toBe(0)
    // The badges follow the Review's lists a moment after the draft is shown.
    await expect.poll(badge(page, 'subject')).toBe('missing')
    const licencePhoto = page.getByTestId('media-merchant.licence.photo').locator('[data-state]')
    expect(await licencePhoto.getAttribute('data-state')).toBe('attached')

    // 1 Subject & licence: a mistyped credit code is flagged on leaving the field …
    await type(page, 'merchant-credit-code', '91440300708461136A')
    const codeIssue = page.getByTestId('issue-licence.creditCode')
    await expect.poll(() => codeIssue.textContent()).toContain('统一社会信用代码有误：校验不通过')
    expect(await codeIssue.getAttribute('data-code')).toBe('merchant.uscc_check_char')
    await expect.poll(badge(page, 'subject')).toBe('errors')
    // … and clears while it is corrected; the typed form is stored normalised.
    await page.getByTestId('merchant-credit-code').fill(' 91440300708461136t ')
    await expect.poll(() => codeIssue.count()).toBe(0)
    await page.getByTestId('merchant-credit-code').press('Tab')
    await expect
      .poll(() => page.getByTestId('merchant-credit-code').inputValue())
      .toBe('91440300708461136T')
    await type(page, 'merchant-registered-name', '深圳市示例科技有限公司')
    await type(page, 'merchant-licence-legal-representative', '张三')
    await type(page, 'merchant-registered-address', '深圳市南山区科技园示例路 1 号')
    await pickDate(page, 'merchant-licence-valid-from', '2010-05-01')
    await page.getByTestId('merchant-licence-long-term').click()
    await expect.poll(badge(page, 'subject')).toBe('complete')

    // 2 Legal representative.
    await page.getByTestId('merchant-next').click()
    await page.getByTestId('merchant-body-legalRep').waitFor()
    await type(page, 'merchant-legal-rep-name', '张三')
    await type(page, 'merchant-legal-rep-id-number', '11010519491231002x')
    await pickDate(page, 'merchant-legal-rep-valid-from', '2020-01-01')
    await pickDate(page, 'merchant-legal-rep-valid-to', '2040-01-01')
    await type(page, 'merchant-legal-rep-address', '北京市朝阳区示例街 2 号')
    await page.getByTestId('merchant-legal-rep-owner-yes').click()
    await expect.poll(badge(page, 'legalRep')).toBe('complete')

    // 3 Administrator: the legal representative's name is one click away.
    await openSection(page, 'contacts')
    await page.getByTestId('merchant-contact-fill-name').click()
    await type(page, 'merchant-contact-mobile', '+86 138 0013 8000')
    await type(page, 'merchant-contact-email', 'ZhangSan@Example.COM')
    await expect
      .poll(() => page.getByTestId('merchant-contact-mobile').inputValue())
      .toBe('13800138000')
    await expect.poll(badge(page, 'contacts')).toBe('complete')

    // 4 Business: scenes open their own details; the store's district comes from its address.
    await openSection(page, 'business')
    await type(page, 'merchant-short-name', '示例科技')
    await type(page, 'merchant-service-phone', '0755 8601 3388')
    await type(page, 'merchant-wechat-settlement-id', '719')
    await type(page, 'merchant-wechat-industry', '餐饮')
    await type(page, 'merchant-alipay-mcc', '5812')
    await page.getByTestId('merchant-scene-store').click()
    await page.getByTestId('merchant-scene-miniProgram').click()
    await type(page, 'merchant-store-name', '示例咖啡南山店')
    await expect
      .poll(() => page.getByTestId('merchant-store-region').locator('input').first().inputValue())
      .toBe('广东省 / 深圳市 / 南山区')
    await expect
      .poll(() => page.getByTestId('synced-merchant.business.store.regionCode').textContent())
      .toContain('按门店地址填写')
    await type(page, 'merchant-store-address', '深圳市南山区科技园示例路 1 号 101')
    await type(page, 'merchant-mini-program-app-id', 'WX0123456789ABCDEF')
    await expect.poll(badge(page, 'business')).toBe('complete')

    // 5 Settlement: the bank by its initials, the branch's city by pinyin.
    await openSection(page, 'settlement')
    await page.getByTestId('merchant-account-type-corporate').click()
    await page.getByTestId('merchant-account-fill-name').click()
    await search(page, 'merchant-bank', 'zsyh', '招商银行')
    await search(page, 'merchant-bank-region', 'shenzhen', '广东省 / 深圳市')
    await type(page, 'merchant-branch-name', '招商银行深圳科技园支行')
    await type(page, 'merchant-account-number', '7559 1234 5610 001')
    await expect.poll(badge(page, 'settlement')).toBe('complete')

    // 6 Qualifications.
    await openSection(page, 'qualifications')
    await type(page, 'merchant-qualification-0-type', '食品经营许可证')
    await type(page, 'merchant-qualification-0-number', 'jy14403050012345')
    await pickDate(page, 'merchant-qualification-0-valid-from', '2022-03-01')
    await pickDate(page, 'merchant-qualification-0-valid-to', '2035-02-28')
    for (const section of ['subject', 'legalRep', 'contacts', 'business', 'settlement'] as const) {
      await expect.poll(badge(page, section), { message: section }).toBe('complete')
    }
    await expect.poll(badge(page, 'qualifications')).toBe('complete')
    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('已保存')

    // Reloaded, the profile is all there.
    await page.reload()
    await expect
      .poll(() => page.getByTestId('merchant-qualification-0-number').inputValue())
      .toBe('JY14403050012345')
    await openSection(page, 'settlement')
    expect(await page.getByTestId('merchant-bank').locator('input').inputValue()).toBe('招商银行')
    await openSection(page, 'subject')
    expect(await page.getByTestId('merchant-credit-code').inputValue()).toBe('91440300708461136T')

    // The database holds the normalised profile, and the rules (the CLI's too) find nothing.
    const db = openDatabase(dbPath, { readonly: true, key: testDatabaseKey() })
    let saved: DraftContent
    try {
      const row = db.prepare('SELECT content FROM drafts').get() as { content: string }
      saved = JSON.parse(row.content) as DraftContent
    } finally {
      db.close()
    }
    const { merchant } = saved
    expect(merchant.licence.creditCode).toBe('91440300708461136T')
    expect(merchant.licence.longTerm).toBe(true)
    expect(merchant.legalRep.idNumber).toBe('11010519491231002X')
    expect(merchant.contact).toMatchObject({
      name: '张三',
      mobile: '13800138000',
      email: 'ZhangSan@example.com'
    })
    expect(merchant.business.servicePhone).toBe('0755-86013388')
    expect(merchant.business.salesScenes).toEqual(['store', 'miniProgram'])
    expect(merchant.business.store.regionCode).toBe('440305')
    expect(merchant.business.miniProgram.appId).toBe('wx0123456789abcdef')
    expect(merchant.settlement).toMatchObject({
      accountType: 'corporate',
      accountName: '深圳市示例科技有限公司',
      bankName: '招商银行',
      regionCode: '440300',
      accountNumber: '755912345610001'
    })
    expect(merchant.qualifications[0]).toMatchObject({
      type: '食品经营许可证',
      number: 'JY14403050012345',
      validTo: '2035-02-28'
    })
    expect(validateMerchant(merchant, localCalendarDate(new Date()))).toEqual([])

    // The last sub-step hands over to the next wizard step.
    await openSection(page, 'qualifications')
    await page.getByTestId('merchant-continue').click()
    await expect.poll(() => new URL(page.url()).hash).toMatch(/\/payment$/)
  })

  it('shows and hides fields as the subject type changes', async () => {
    const { harness, app } = await startApp()
    await app.router.dispatch('drafts.create', { title: '某某大学' })
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)
    await page.getByTestId('open-draft').click()

    await page.getByTestId('merchant-credit-code').waitFor()
    expect(await page.getByTestId('merchant-certificate-type').count()).toBe(0)
    await page.getByTestId('merchant-subject-institution').click()
    // An institution registers with its one certificate kind, chosen for it.
    await expect.poll(() => page.getByTestId('merchant-certificate-type').count()).toBe(1)
    await expect
      .poll(() => page.getByTestId('merchant-certificate-type').textContent())
      .toContain('事业单位法人证书')
    expect(await page.getByTestId('media-merchant.licence.certificateLetterPhoto').count()).toBe(1)

    await openSection(page, 'legalRep')
    // Institutions may send an agent; enterprises' beneficial owners do not apply.
    expect(await page.getByTestId('merchant-legal-rep-holder').count()).toBe(1)
    expect(await page.getByTestId('merchant-owner-add').count()).toBe(0)
    await page.getByTestId('merchant-legal-rep-holder').getByText('经办人').click()
    await expect.poll(() => page.getByTestId('merchant-legal-rep-id-number').count()).toBe(0)

    await openSection(page, 'settlement')
    expect(
      await page.getByTestId('merchant-account-type-personal').locator('input').isDisabled()
    ).toBe(true)
  })

  it('speaks English when asked, issue messages included', async () => {
    const { harness, app } = await startApp()
    await app.router.dispatch('drafts.create', { title: 'Demo' })
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)
    await page.getByTestId('language').selectOption('en')
    await page.getByTestId('open-draft').click()
    await openSection(page, 'contacts')
    await type(page, 'merchant-contact-mobile', '1380013800')
    await expect
      .poll(() => page.getByTestId('issue-contact.mobile').textContent())
      .toContain('Enter an 11-digit mainland China mobile number')
    expect(await page.getByTestId('merchant-section-contacts').textContent()).toContain('Admin')
  })
})
