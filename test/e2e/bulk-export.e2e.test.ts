import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { REPORT_FILE } from '../../src-main/api/export-many'
import { launchBrowser, type Browser } from '../helpers/browser'
import { call } from '../helpers/complete-draft'
import { useHarness } from '../helpers/harness'
import { merchantRow, sheetCells, usccFor, writePictures, xlsxBytes } from '../helpers/import-sheet'
import { useTempDir } from '../helpers/temp-dir'

const startApp = useHarness()
const tempDir = useTempDir('kaitong-e2e-bulk-')
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

describe('an agency from a sheet to bundles in the real renderer (Chromium)', () => {
  it('imports a 30-row sheet, finds merchants, filters the ready ones, selects them all and exports them with a progress bar and a report', async () => {
    const { harness, app } = await startApp()
    await call(app, 'drafts.create', { title: '还没填写的草稿' })
    const dir = tempDir()
    const pictures = join(dir, 'pictures')
    await writePictures(pictures, 30)
    const records = Array.from({ length: 30 }, (_, index) => merchantRow(index + 1))
    records[4] = { ...records[4], uscc: usccFor(5).slice(0, 17) }
    records[20] = { ...records[20], store_entrance: 'stores/not-there.jpg' }
    const sheet = join(dir, '商户.xlsx')
    writeFileSync(sheet, await xlsxBytes(sheetCells(records)))
    const out = join(dir, '提交包')

    browser = await launchBrowser()
    const { page } = browser
    // The harness has no folder picker: the picker's call answers with the agency's folder.
    await page.route('**/api/bundles.chooseFolder', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: true, value: { path: out, defaultPath: tempDir() } })
      })
    )
    await page.goto(harness.appUrl)

    await page.getByTestId('open-import').click()
    await page.getByTestId('sheet-input').setInputFiles(sheet)
    await page.getByTestId('folder-input').setInputFiles(pictures)
    await page.getByTestId('import-preview-button').click()
    const counts = page.getByTestId('import-counts')
    await expect.poll(() => counts.textContent(), { timeout: 60_000 }).toContain('新建 28')
    expect(await counts.textContent()).toContain('不能导入 2')
    await page.getByTestId('import-run').click()
    await expect
      .poll(() => page.getByTestId('import-report').textContent(), { timeout: 120_000 })
      .toContain('新建 28')
    await page.getByTestId('import-close').click()
    await expect.poll(() => page.getByTestId('draft-count').textContent()).toContain('29')

    const search = page.getByTestId('draft-search')
    await search.fill(usccFor(12))
    await expect
      .poll(() => page.getByTestId('open-draft').allTextContents())
      .toEqual([records[11]!['registered_name']])
    await search.fill('shkf 17店')
    await expect
      .poll(() => page.getByTestId('open-draft').allTextContents())
      .toEqual([records[16]!['registered_name']])
    await search.fill('')

    await page.getByTestId('filter-ready').click()
    await expect.poll(() => page.getByTestId('draft-count').textContent()).toContain('28')
    await page.getByTestId('select-all').click()
    await expect
      .poll(() => page.getByTestId('selection-count').textContent())
      .toContain('已选 28 个')
    await page.getByTestId('bulk-export').click()
    await page.getByTestId('bulk-choose-folder').click()
    await expect.poll(() => page.getByTestId('bulk-folder').textContent()).toContain(out)
    await page.getByTestId('bulk-start').click()

    const progress = page.getByTestId('bulk-progress')
    await expect.poll(() => progress.isVisible()).toBe(true)
    expect(await progress.getByRole('progressbar').count()).toBe(1)
    await expect.poll(() => progress.textContent()).toMatch(/\d+ \/ 28 个提交包/)
    const report = page.getByTestId('bulk-report')
    await expect.poll(() => report.isVisible(), { timeout: 240_000 }).toBe(true)
    expect(await report.textContent()).toContain('写出 28 个')
    expect(await report.textContent()).toContain('全部写出')

    const written = readdirSync(out).filter((name) => name.endsWith('.kaitong.zip'))
    expect(written).toHaveLength(28)
    const csv = readFileSync(join(out, REPORT_FILE), 'utf8')
    expect(csv.trim().split('\n')).toHaveLength(1 + 28)
  }, 420_000)
})
