import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../src-main/api/contract'
import { emptyDraftContent } from '../../src-main/domain/draft'
import { useTempApp } from '../helpers/app'
import { launchBrowser, type Browser } from '../helpers/browser'
import { call, createCompleteDraft } from '../helpers/complete-draft'
import { useHarness } from '../helpers/harness'
import { exportedDraft } from '../helpers/submit'
import { POSTGRES_MISSING, useTeamPostgres } from '../helpers/postgres'

const startApp = useHarness()
const openTempApp = useTempApp()
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

type Draft = MethodOutput<'drafts.get'>

function withShortName(shortName: string) {
  const content = emptyDraftContent()
  content.merchant.business.shortName = shortName
  return content
}

describe.skipIf(POSTGRES_MISSING)('two operators on the team store (Chromium)', () => {
  const postgres = useTeamPostgres('e2e_team')

  /** The app in Chromium (赵, on the local file) and a colleague's app (林) on a team store. */
  async function setUp() {
    const urls = await postgres.teamDatabase()
    const { harness, app } = await startApp()
    const colleague = openTempApp().app
    await call(colleague, 'team.use', { url: urls.lin })
    browser = await launchBrowser()
    return { urls, harness, app, colleague, page: browser.page }
  }

  async function switchInSettings(page: Page, appUrl: string, url: string) {
    const parsed = new URL(url)
    await page.goto(`${appUrl}#/settings`)
    await page.getByTestId('team-host').fill(parsed.hostname)
    await page.getByTestId('team-port').fill(parsed.port)
    await page.getByTestId('team-database').fill(parsed.pathname.slice(1))
    await page.getByTestId('team-user').fill(parsed.username)
    await page.getByTestId('team-password').fill(decodeURIComponent(parsed.password))
    await page.getByTestId('team-use').click()
    await expect.poll(() => page.getByTestId('team-status').textContent()).toContain('已连接')
  }

  it('switches to the team store in Settings after testing it, and says who and how', async () => {
    const { urls, harness, page } = await setUp()
    const server = postgres.server()
    await page.goto(`${harness.appUrl}#/settings`)
    await page.getByTestId('team-test').click()
    // Nothing typed yet: each required field says what is missing.
    await expect.poll(() => page.getByText('请填写服务器地址').count()).toBe(1)
    const parsed = new URL(urls.zhao)
    await page.getByTestId('team-host').fill(parsed.hostname)
    await page.getByTestId('team-port').fill(parsed.port)
    await page.getByTestId('team-database').fill(parsed.pathname.slice(1))
    await page.getByTestId('team-user').fill(parsed.username)
    await page.getByTestId('team-password').fill('wrong')
    await page.getByTestId('team-test').click()
    await expect
      .poll(() => page.locator('.el-message--error').textContent())
      .toContain('团队数据库拒绝了用户 kaitong 的密码')
    await page.getByTestId('team-password').fill(server.password)
    await page.getByTestId('team-test').click()
    await expect
      .poll(() => page.getByTestId('team-tested').textContent())
      .toBe('连接成功：身份 kaitong，连接已加密（TLS），库中有 0 份草稿')
    await page.getByTestId('team-use').click()
    const status = page.getByTestId('team-status')
    await expect.poll(() => status.textContent()).toContain('已连接')
    expect(await status.textContent()).toContain(`127.0.0.1:${server.port}`)
    expect(await status.textContent()).not.toContain(server.password)
  })

  it("shows a colleague's new draft in the drafts list without a reload", async () => {
    const { urls, harness, colleague, page } = await setUp()
    await switchInSettings(page, harness.appUrl, urls.zhao)
    await page.goto(`${harness.appUrl}#/`)
    await expect.poll(() => page.getByTestId('empty').count()).toBe(1)
    await call(colleague, 'drafts.create', { title: '林新建的草稿' })
    await expect.poll(() => page.getByText('林新建的草稿').count(), { timeout: 10_000 }).toBe(1)
  })

  it('tells who else has the draft open and of their save, and on a clash shows both values side by side to choose', async () => {
    const { urls, harness, colleague, page } = await setUp()
    await switchInSettings(page, harness.appUrl, urls.zhao)
    const { id } = await call<Draft>(colleague, 'drafts.create', { title: '小笼包' })
    await page.goto(`${harness.appUrl}#/drafts/${id}/merchant?section=business`)
    const shortName = page.getByTestId('merchant-short-name')
    await shortName.waitFor()
    await call(colleague, 'team.editing', { id })
    await expect
      .poll(() => page.getByTestId('team-editing').textContent(), { timeout: 10_000 })
      .toContain(`${urls.role} 也打开了这份草稿`)

    await call(colleague, 'drafts.save', {
      id,
      content: withShortName('林的简称'),
      baseRevision: 1
    })
    await expect
      .poll(() => page.getByTestId('team-live').textContent(), { timeout: 10_000 })
      .toContain(`${urls.role} 刚保存了这份草稿（第 2 版）`)

    // Typed from revision 1 without loading: the same field, so the save is refused.
    await shortName.fill('赵的简称')
    const dialog = page.getByTestId('team-conflict')
    await dialog.getByText('林的简称').waitFor({ timeout: 10_000 })
    const row = dialog.locator('[data-testid="conflict-merchant.business.shortName"]')
    expect(await row.textContent()).toContain('赵的简称')
    expect(await dialog.textContent()).toContain(`${urls.role} 的`)
    await row.getByTestId('conflict-mine').click()
    await dialog.getByTestId('conflict-save').click()

    await expect
      .poll(
        async () =>
          (await call<Draft>(colleague, 'drafts.get', { id })).content.merchant.business.shortName
      )
      .toBe('赵的简称')
    await expect.poll(() => shortName.inputValue()).toBe('赵的简称')
    await expect
      .poll(() => page.getByTestId('save-status').getAttribute('data-status'))
      .toBe('saved')

    await page.getByTestId('open-history').click()
    await expect
      .poll(() => page.getByTestId('history-author-3').textContent())
      .toContain('kaitong 保存')
    expect(await page.getByTestId('history-author-2').textContent()).toContain(`${urls.role} 保存`)
  })

  it("on a store with a team key, says this computer has not unlocked it, refuses a wrong passphrase, and after the right one shows the team's drafts as typed", async () => {
    const { urls, harness, colleague, page } = await setUp()
    const keyMaker = openTempApp().app
    await call(keyMaker, 'team.use', { url: urls.zhao })
    await call(keyMaker, 'team.createKey', { passphrase: '西湖边的团队口令' })
    await call(colleague, 'team.unlock', { passphrase: '西湖边的团队口令' })
    const { id } = await call<Draft>(colleague, 'drafts.create', { title: '山海咖啡' })
    const content = emptyDraftContent()
    content.merchant.legalRep.idNumber = '440305197804120318'
    await call(colleague, 'drafts.save', { id, content, baseRevision: 1 })

    await switchInSettings(page, harness.appUrl, urls.zhao)
    const key = page.getByTestId('team-key')
    await expect.poll(() => key.getAttribute('data-key')).toBe('locked')
    expect(await key.textContent()).toContain('请输入团队口令解锁')
    await page.getByTestId('team-key-passphrase').fill('不是这个口令')
    await page.getByTestId('team-key-submit').click()
    await expect.poll(() => key.textContent()).toContain('团队口令不对')
    await page.getByTestId('team-key-passphrase').fill('西湖边的团队口令')
    await page.getByTestId('team-key-submit').click()
    await expect.poll(() => key.getAttribute('data-key')).toBe('unlocked')

    await page.goto(`${harness.appUrl}#/drafts/${id}/merchant?section=legalRep`)
    await expect
      .poll(() => page.getByTestId('merchant-legal-rep-id-number').inputValue(), {
        timeout: 10_000
      })
      .toBe('440305197804120318')
  })

  it("lists a colleague's bundle and its ledger events in the Export step with their name", async () => {
    const { urls, app, harness, colleague, page } = await setUp()
    const id = await exportedDraft(colleague, 'wechat-pay')
    await call(app, 'team.use', { url: urls.zhao })
    await page.goto(`${harness.appUrl}#/drafts/${id}/export`)
    await expect
      .poll(() => page.getByTestId('history-author').first().textContent(), { timeout: 10_000 })
      .toContain(`${urls.role} 导出`)
    const attempt = page.getByTestId('ledger-attempt-wechat-pay-1')
    await expect.poll(() => attempt.textContent()).toContain(urls.role)
  })

  it("shows a colleague's bundle in the open Export step as it is written, without a reload", async () => {
    const { urls, app, harness, colleague, page } = await setUp()
    const id = await createCompleteDraft(colleague, { addProvider: 'wechat-pay' })
    await call(app, 'team.use', { url: urls.zhao })
    await page.goto(`${harness.appUrl}#/drafts/${id}/export`)
    await expect.poll(() => page.getByTestId('ledger-empty').count(), { timeout: 10_000 }).toBe(1)
    await call(colleague, 'bundles.export', { id, platforms: ['wechat-pay'] })
    const attempt = page.getByTestId('ledger-attempt-wechat-pay-1')
    await expect.poll(() => attempt.count(), { timeout: 10_000 }).toBe(1)
    await expect.poll(() => attempt.textContent()).toContain(urls.role)
    await expect
      .poll(() => page.getByTestId('history-author').first().textContent())
      .toContain(`${urls.role} 导出`)
  })
})
