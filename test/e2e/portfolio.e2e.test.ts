import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { OpenedApp } from '../../src-main/api'
import { DraftContent, type DraftContentInput } from '../../src-main/domain/draft'
import { organizationCodeCheckChar, usccCheckChar } from '../../src-main/domain/identifiers/uscc'
import { launchBrowser, type Browser } from '../helpers/browser'
import { call, createCompleteDraft } from '../helpers/complete-draft'
import { useHarness } from '../helpers/harness'

const startApp = useHarness()
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

const ENTERPRISE = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/drafts/enterprise.json'), 'utf8')
) as DraftContentInput
const CITIES = ['上海', '北京', '深圳', '成都', '武汉', '南京']
const TRADES = ['咖啡', '火锅', '面馆', '书店', '花店']

/** A valid USCC for merchant `n` (both check characters right). */
function uscc(n: number): string {
  const body = String(7000 + n).padStart(8, '0')
  const first17 = `91310104${body}${organizationCodeCheckChar(body) ?? '0'}`
  return first17 + (usccCheckChar(first17) ?? '0')
}

/** `count` merchants with their own names and codes, none complete, all written via the router. */
async function agencyDrafts(app: OpenedApp, count: number): Promise<void> {
  for (let n = 0; n < count; n++) {
    const trade = `${CITIES[n % CITIES.length]}${TRADES[n % TRADES.length]}`
    const { id } = await call<{ id: string }>(app, 'drafts.create', { title: `${trade} ${n}` })
    const content = DraftContent.parse(ENTERPRISE)
    content.merchant.licence.registeredName = `${trade}餐饮管理有限公司`
    content.merchant.licence.creditCode = uscc(n)
    content.merchant.licence.photo = null
    await call(app, 'drafts.save', { id, content })
  }
}

describe('the drafts list at agency scale (Chromium)', () => {
  it('finds a merchant by USCC and by pinyin initials, filters ready drafts and selects them all', async () => {
    const { harness, app } = await startApp()
    await agencyDrafts(app, 30)
    const ready = await createCompleteDraft(app, { title: '杭州小笼包 · 全平台' })
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)
    await expect.poll(() => page.getByTestId('draft-count').textContent()).toContain('31')

    const search = page.getByTestId('draft-search')
    await search.fill(uscc(17).slice(-8))
    await expect
      .poll(() => page.getByTestId('open-draft').allTextContents())
      .toEqual([`${CITIES[17 % CITIES.length]}${TRADES[17 % TRADES.length]} 17`])

    await search.fill('hzxlb')
    await expect
      .poll(() => page.getByTestId('open-draft').allTextContents())
      .toEqual(['杭州小笼包 · 全平台'])
    await search.fill('')

    await page.getByTestId('filter-ready').click()
    await expect.poll(() => page.getByTestId('draft-row').count()).toBe(1)
    await expect.poll(() => page.getByTestId('draft-count').textContent()).toContain('1')

    await page.getByTestId('select-all').click()
    await expect
      .poll(() => page.getByTestId('selection-count').textContent())
      .toContain('已选 1 个')
    await expect.poll(() => page.getByTestId('bulk-export').isEnabled()).toBe(true)
    const selected = await page.getByTestId('select-draft').locator('input').isChecked()
    expect(selected).toBe(true)
    expect(await call(app, 'drafts.matchingIds', { status: 'ready' })).toEqual([ready])
  })

  it('tells two drafts of the same title apart by merchant and USCC', async () => {
    const { harness, app } = await startApp()
    for (const [name, n] of [
      ['上海咖啡餐饮管理有限公司', 1],
      ['北京咖啡餐饮管理有限公司', 2]
    ] as const) {
      const { id } = await call<{ id: string }>(app, 'drafts.create', { title: '咖啡店' })
      const content = DraftContent.parse({})
      content.merchant.licence.registeredName = name
      content.merchant.licence.creditCode = uscc(n)
      await call(app, 'drafts.save', { id, content })
    }
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)
    await expect
      .poll(async () => (await page.getByTestId('draft-subtitle').allTextContents()).sort())
      .toEqual([
        `上海咖啡餐饮管理有限公司 · 信用代码尾号 ${uscc(1).slice(-6)}`,
        `北京咖啡餐饮管理有限公司 · 信用代码尾号 ${uscc(2).slice(-6)}`
      ])
  })

  it('renders only the rows in view of a long list, and scrolls to the last one', async () => {
    const { harness, app } = await startApp()
    await agencyDrafts(app, 400)
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)
    await expect.poll(() => page.getByTestId('draft-count').textContent()).toContain('400')
    await page.getByTestId('draft-sort').click()
    await page.getByRole('option', { name: '按名称' }).click()
    expect(await page.getByTestId('draft-row').count()).toBeLessThan(40)

    const last = await call<{ items: { title: string }[] }>(app, 'drafts.page', {
      sort: 'name',
      offset: 399,
      limit: 1
    })
    await page.getByTestId('draft-list').hover()
    await page.mouse.wheel(0, 400 * 84)
    await expect
      .poll(() => page.getByTestId('open-draft').allTextContents())
      .toContain(last.items[0]!.title)
  })

  it('deletes the selected drafts after a confirmation that names how many', async () => {
    const { harness, app } = await startApp()
    await agencyDrafts(app, 6)
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)
    await page.getByTestId('draft-search').fill('shanghai')
    await expect.poll(() => page.getByTestId('draft-row').count()).toBe(1)
    await page.getByTestId('select-all').click()
    await page.getByTestId('bulk-delete').click()
    await expect
      .poll(() => page.locator('.el-message-box').textContent())
      .toContain('所选的 1 个草稿')
    await page.getByRole('button', { name: '删除' }).last().click()
    await expect.poll(() => page.getByTestId('draft-row').count()).toBe(0)
    await page.getByTestId('draft-search').fill('')
    await expect.poll(() => page.getByTestId('draft-row').count()).toBe(5)
  })

  it('duplicates a draft for another store and opens the copy', async () => {
    const { harness, app } = await startApp()
    await agencyDrafts(app, 1)
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)
    await page.getByTestId('duplicate-draft').click()
    await expect.poll(() => page.url()).toMatch(/#\/drafts\/[^/]+\/merchant/)
    const titles = (await call<{ title: string }[]>(app, 'drafts.list', {})).map((d) => d.title)
    expect(titles.sort()).toEqual(['上海咖啡 0', '上海咖啡 0（新门店）'])
  })
})
