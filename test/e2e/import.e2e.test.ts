import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type Browser } from '../helpers/browser'
import { useHarness } from '../helpers/harness'
import {
  gbkCsvBytes,
  merchantRow,
  sheetCells,
  usccFor,
  writePictures,
  xlsxBytes
} from '../helpers/import-sheet'
import { useTempDir } from '../helpers/temp-dir'

const startApp = useHarness()
const tempDir = useTempDir('kaitong-e2e-import-')
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

/** Every file under `dir` inside one top folder, the way a file manager zips a folder. */
function zipFolder(dir: string): Uint8Array {
  const files: Record<string, Uint8Array> = {}
  const walk = (relative: string) => {
    for (const name of readdirSync(join(dir, relative))) {
      const path = relative ? `${relative}/${name}` : name
      if (statSync(join(dir, path)).isDirectory()) walk(path)
      else files[`pictures/${path}`] = readFileSync(join(dir, path))
    }
  }
  walk('')
  return zipSync(files)
}

describe('bulk import in the real renderer (Chromium)', () => {
  it('previews a 30-row sheet with its pictures folder, flags the two wrong rows, and imports the rest with a progress bar', async () => {
    const { harness, app } = await startApp()
    const dir = tempDir()
    const pictures = join(dir, 'pictures')
    await writePictures(pictures, 30)
    const records = Array.from({ length: 30 }, (_, index) => merchantRow(index + 1))
    const wrongCode = usccFor(7).slice(0, 17) + (usccFor(7).endsWith('X') ? 'Y' : 'X')
    records[6] = { ...records[6], uscc: wrongCode }
    records[18] = { ...records[18], licence_photo: 'licences/not-there.jpg' }
    const sheet = join(dir, '商户.xlsx')
    writeFileSync(sheet, await xlsxBytes(sheetCells(records)))

    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)
    await page.getByTestId('open-import').click()
    await page.getByTestId('sheet-input').setInputFiles(sheet)
    await page.getByTestId('folder-input').setInputFiles(pictures)
    await expect.poll(() => page.getByTestId('pictures-chosen').textContent()).toContain('34')
    await page.getByTestId('import-preview-button').click()

    const counts = page.getByTestId('import-counts')
    await expect.poll(() => counts.textContent(), { timeout: 30_000 }).toContain('新建 28')
    expect(await counts.textContent()).toContain('不能导入 2')
    const refused = page.locator('[data-testid="import-row"][data-action="refused"]')
    expect(await refused.count()).toBe(2)
    expect(await refused.nth(0).textContent()).toContain('统一社会信用代码')
    expect(await refused.nth(0).textContent()).toContain(wrongCode)
    expect(await refused.nth(1).textContent()).toContain('营业执照照片')
    expect(await refused.nth(1).textContent()).toContain('licences/not-there.jpg')

    await page.getByTestId('import-run').click()
    await expect.poll(() => page.getByTestId('import-progress').isVisible()).toBe(true)
    await expect
      .poll(() => page.getByTestId('import-report').textContent(), { timeout: 60_000 })
      .toContain('新建 28')
    await page.getByTestId('import-close').click()
    // The list is virtual (only the visible rows exist): its count says how many there are.
    await expect.poll(() => page.getByTestId('draft-count').textContent()).toContain('28')

    const listed = await app.router.dispatch('drafts.list', {})
    expect(listed.ok && (listed.value as unknown[]).length).toBe(28)
  }, 180_000)

  it('reads a GBK CSV with a pictures zip and updates the draft it already holds', async () => {
    const { harness, app } = await startApp()
    const dir = tempDir()
    const pictures = join(dir, 'pictures')
    await writePictures(pictures, 2)
    writeFileSync(join(dir, 'pictures.zip'), zipFolder(pictures))
    await app.router.dispatch('drafts.importFile', {
      file: {
        kaitongDraft: 1,
        title: '已有草稿',
        content: { merchant: { licence: { creditCode: usccFor(2) } } }
      }
    })
    const csv = join(dir, 'merchants.csv')
    writeFileSync(csv, gbkCsvBytes(sheetCells([merchantRow(1), merchantRow(2)])))

    browser = await launchBrowser()
    const { page } = browser
    await page.goto(harness.appUrl)
    await page.getByTestId('open-import').click()
    await page.getByTestId('sheet-input').setInputFiles(csv)
    await page.getByTestId('zip-input').setInputFiles(join(dir, 'pictures.zip'))
    await page.getByTestId('import-preview-button').click()
    const counts = page.getByTestId('import-counts')
    await expect.poll(() => counts.textContent(), { timeout: 30_000 }).toContain('更新 1')
    expect(await counts.textContent()).toContain('新建 1')
    expect(await page.getByTestId('import-preview').textContent()).toContain(
      '深圳市山海咖啡第1分店餐饮管理有限公司'
    )
    await page.getByTestId('import-run').click()
    await expect
      .poll(() => page.getByTestId('import-report').textContent(), { timeout: 60_000 })
      .toContain('更新 1')
    await page.getByTestId('import-close').click()
    await expect.poll(() => page.getByTestId('draft-row').count()).toBe(2)
  }, 120_000)
})
