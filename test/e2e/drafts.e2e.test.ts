import { openDatabase } from '../../src-main/store/connection'
import { testDatabaseKey } from '../helpers/test-key'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type Browser } from '../helpers/browser'
import { useHarness } from '../helpers/harness'

const startApp = useHarness()
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

describe('drafts in the real renderer (Chromium)', () => {
  it('creates a draft, autosaves a typed value, and shows it again after a reload', async () => {
    const { harness, dbPath } = await startApp()
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)

    await page.getByTestId('create-draft').click()
    await page.getByTestId('draft-title-input').fill('杭州小笼包')
    await page.getByTestId('dialog-confirm').click()

    const name = page.getByTestId('merchant-registered-name')
    await name.fill('杭州小笼包餐饮有限公司')
    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('已保存')

    await page.reload()
    await expect.poll(() => name.inputValue()).toBe('杭州小笼包餐饮有限公司')

    const db = openDatabase(dbPath, { readonly: true, key: testDatabaseKey() })
    try {
      const row = db.prepare('SELECT content, revision FROM drafts').get() as {
        content: string
        revision: number
      }
      const saved = JSON.parse(row.content) as { merchant: { licence: { registeredName: string } } }
      expect(saved.merchant.licence.registeredName).toBe('杭州小笼包餐饮有限公司')
      // One sitting of autosaves is one revision.
      expect(row.revision).toBe(1)
    } finally {
      db.close()
    }
  })

  it('renames and deletes a draft from the list after confirmation', async () => {
    const { harness, app } = await startApp()
    await app.router.dispatch('drafts.create', { title: '旧名称' })
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)

    await page.getByTestId('rename-draft').click()
    await page.getByTestId('draft-title-input').fill('新名称')
    await page.getByTestId('dialog-confirm').click()
    await expect.poll(() => page.getByTestId('open-draft').textContent()).toContain('新名称')

    await page.getByTestId('delete-draft').click()
    await page.getByRole('button', { name: '删除' }).last().click()
    await expect.poll(() => page.getByTestId('draft-row').count()).toBe(0)
    expect(await app.router.dispatch('drafts.list', {})).toEqual({ ok: true, value: [] })
  })

  it('switches the interface to English on request', async () => {
    const { harness } = await startApp()
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)
    await page.getByTestId('language').selectOption('en')
    await expect.poll(() => page.getByTestId('create-draft').textContent()).toContain('New draft')
  })
})
