import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../src-main/api/contract'
import { DocumentRead } from '../../src-main/domain/documents/document-read-schema'
import type { JobView } from '../../src-main/jobs/jobs'
import { launchBrowser, type Browser } from '../helpers/browser'
import {
  licenceText,
  renderLicence,
  typedLicenceRow,
  writeDocumentPhotos
} from '../helpers/documents'
import { useHarness } from '../helpers/harness'
import { sheetCells, xlsxBytes } from '../helpers/import-sheet'
import { useTempDir } from '../helpers/temp-dir'

const startApp = useHarness()
const tempDir = useTempDir('kaitong-e2e-import-photos-')
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

/** Opens the import dialog in Chromium with the sheet and its photos' zip, and asks for the preview. */
async function previewIn(
  appUrl: string,
  sheet: string,
  zip: string,
  options: { checkTyped?: boolean } = {}
): Promise<Page> {
  browser = await launchBrowser()
  const { page } = browser
  await page.goto(appUrl)
  await page.getByTestId('open-import').click()
  await page.getByTestId('sheet-input').setInputFiles(sheet)
  await page.getByTestId('zip-input').setInputFiles(zip)
  if (options.checkTyped) await page.getByTestId('import-check-typed').click()
  await page.getByTestId('import-preview-button').click()
  return page
}

/** Real OCR of rendered document photos behind the real renderer (Chromium). */
describe('document photos in the real renderer (Chromium)', () => {
  it('previews a row that gives only its photos with each cell read from them, then imports it', async () => {
    const { harness, app } = await startApp()
    const dir = tempDir()
    const photos = await writeDocumentPhotos(dir)
    const sheet = join(dir, '商户.xlsx')
    writeFileSync(
      sheet,
      await xlsxBytes(
        sheetCells([
          {
            reference: 'HZ-0001',
            licence_photo: photos.files.licence,
            legal_id_front: photos.files.idFront
          }
        ])
      )
    )

    const page = await previewIn(harness.appUrl, sheet, photos.zip)
    // The photos take seconds: the dialog says which one it is reading.
    await expect
      .poll(() => page.getByTestId('import-reading').textContent(), { timeout: 30_000 })
      .toContain('正在识别照片')

    const counts = page.getByTestId('import-counts')
    await expect.poll(() => counts.textContent(), { timeout: 90_000 }).toContain('新建 1')
    expect(await page.getByTestId('import-read-count').textContent()).toContain('从证件照片读取')
    const cells = await page.getByTestId('import-read-cell').allTextContents()
    expect(cells).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`统一社会信用代码 “${photos.licence.creditCode}”从照片`),
        expect.stringContaining(`法人身份证号 “${photos.idFront.number}”从照片`)
      ])
    )
    expect(await page.getByTestId('import-preview').textContent()).toContain(photos.licence.name)

    await page.getByTestId('import-run').click()
    await expect
      .poll(() => page.getByTestId('import-report').textContent(), { timeout: 60_000 })
      .toContain('新建 1')
    const listed = await app.router.dispatch('drafts.list', {})
    const [draft] = (listed as { value: MethodOutput<'drafts.list'> }).value
    expect(draft?.title).toBe(photos.licence.name)
  }, 180_000)

  it('checks the typed licence cells against the photo when asked, and shows the difference in the preview', async () => {
    const { harness } = await startApp()
    const dir = tempDir()
    const photos = await writeDocumentPhotos(dir)
    const sheet = join(dir, '商户.xlsx')
    writeFileSync(sheet, await xlsxBytes(sheetCells([typedLicenceRow(photos)])))

    const page = await previewIn(harness.appUrl, sheet, photos.zip, { checkTyped: true })
    const preview = page.getByTestId('import-preview')
    await expect
      .poll(() => preview.textContent(), { timeout: 90_000 })
      .toContain(`与证件照片不一致：照片上是“${photos.licence.name}”`)
  }, 180_000)

  it('stops reading the photos on request and goes back to choosing, with nothing imported', async () => {
    const { harness, app } = await startApp()
    const dir = tempDir()
    const photos = await writeDocumentPhotos(dir)
    const sheet = join(dir, '商户.xlsx')
    const row = { reference: 'HZ-0001', licence_photo: photos.files.licence }
    writeFileSync(sheet, await xlsxBytes(sheetCells([row])))

    const page = await previewIn(harness.appUrl, sheet, photos.zip)
    await page.getByTestId('import-cancel-reading').click()
    // The photo being read finishes in its worker and is dropped; the dialog waits for it.
    await expect
      .poll(() => page.getByTestId('import-preview-button').textContent(), { timeout: 60_000 })
      .toContain('预览')
    expect(await page.getByTestId('import-preview').count()).toBe(0)
    expect(await page.getByTestId('import-error').count()).toBe(0)
    const listed = await app.router.dispatch('drafts.list', {})
    expect((listed as { value: unknown[] }).value).toEqual([])
  }, 120_000)

  it('shows the part of the licence photo where the name was read under a one-character mismatch', async () => {
    const { harness, app } = await startApp()
    const text = licenceText()
    const created = await app.router.dispatch('drafts.create', { title: '核对' })
    const { id } = (created as { value: MethodOutput<'drafts.create'> }).value
    const imported = await app.router.dispatch('media.import', {
      draftId: id,
      name: '营业执照.jpg',
      dataBase64: (await renderLicence(text, { rotate: 2, skew: 0.03 })).toString('base64')
    })
    const { sha256 } = (imported as { value: MethodOutput<'media.import'> }).value
    const started = await app.router.dispatch('documents.read', { sha256, kind: 'licence' })
    const ended = await app.jobs.settled((started.ok && (started.value as JobView).id) || '')
    const opened = await app.router.dispatch('drafts.get', { id })
    const { content } = (opened as { value: MethodOutput<'drafts.get'> }).value
    content.merchant.licence.photo = { sha256 }
    content.merchant.licence.registeredName = text.name.replace('餐饮', '餐欲')
    content.merchant.documentReads.licence = DocumentRead.parse(ended.result)
    await app.router.dispatch('drafts.save', { id, content })

    browser = await launchBrowser()
    const { page } = browser
    await page.goto(`${harness.appUrl}#/drafts/${id}/merchant?section=subject`)
    const warning = page.getByTestId('issue-licence.registeredName')
    await expect.poll(() => warning.textContent(), { timeout: 20_000 }).toContain(text.name)
    const crop = page.getByTestId('document-crop-merchant.licence.registeredName').locator('img')
    await expect
      .poll(() => crop.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 20_000 })
      .toBeGreaterThan(100)
  }, 120_000)
})
