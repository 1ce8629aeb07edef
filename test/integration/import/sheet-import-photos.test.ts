import { afterAll, describe, expect, it } from 'vitest'
import { picturesAt } from '../../../src-main/import/picture-source'
import { readSheet } from '../../../src-main/import/read-sheet'
import { planImport, runImport } from '../../../src-main/import/sheet-import'
import { createDocumentReader } from '../../../src-main/media/ocr/read-document'
import { useTempApp } from '../../helpers/app'
import { typedLicenceRow, writeDocumentPhotos, type DocumentPhotos } from '../../helpers/documents'
import { importDeps, sheetCells, xlsxBytes, type SheetRecord } from '../../helpers/import-sheet'
import { useTempDir } from '../../helpers/temp-dir'

const TODAY = '2026-12-06'
const documents = createDocumentReader()
afterAll(() => documents.close())

/** Rows that name a licence or ID photo and leave its fields empty: real OCR, a few seconds a photo. */
describe('bulk import of rows read from their document photos', { timeout: 180_000 }, () => {
  const openTempApp = useTempApp()
  const tempDir = useTempDir('kaitong-import-photos-')

  async function setUp(record: (photos: DocumentPhotos) => SheetRecord) {
    const { app } = openTempApp()
    const dir = tempDir()
    const photos = await writeDocumentPhotos(dir)
    const deps = importDeps(app, documents, TODAY)
    const table = await readSheet(await xlsxBytes(sheetCells([record(photos)])), 'm.xlsx')
    return { app, deps, photos, table, pictures: picturesAt(photos.zip) }
  }

  function readCells(row: { warnings: { code: string; column: string; params?: object }[] }) {
    return Object.fromEntries(
      row.warnings
        .filter((found) => found.code === 'import.read_from_photo')
        .map((found) => [found.column, (found.params as { value: string }).value])
    )
  }

  it('fills a row that gives only a reference and its photos, reporting each cell read for checking', async () => {
    const { deps, photos, table, pictures } = await setUp(({ files }) => ({
      reference: 'HZ-0001',
      licence_photo: files.licence,
      legal_id_front: files.idFront
    }))
    const progress: (string | undefined)[] = []
    const plan = await planImport(table, pictures, deps, {
      progress: (_done, _total, label) => progress.push(label)
    })
    const [row] = plan.rows
    expect([row?.action, row?.blocking, row?.title]).toEqual(['create', [], photos.licence.name])
    expect(readCells(row!)).toMatchObject({
      uscc: photos.licence.creditCode,
      registered_name: photos.licence.name,
      legal_representative: photos.licence.legalRepresentative,
      registered_address: photos.licence.address,
      licence_valid_to: '长期',
      legal_id_number: photos.idFront.number,
      legal_address: photos.idFront.address.join('')
    })
    const usccCell = row?.warnings.find((found) => found.column === 'uscc')
    expect(usccCell?.params).toMatchObject({ file: photos.files.licence })
    expect(progress).toEqual(expect.arrayContaining([photos.files.licence, photos.files.idFront]))

    const report = await runImport(plan, pictures, deps)
    const merchant = deps.drafts.get(report.rows[0]?.draftId ?? '').content.merchant
    expect([merchant.licence.creditCode, merchant.legalRep.idNumber]).toEqual([
      photos.licence.creditCode,
      photos.idFront.number
    ])
    expect(merchant.readFromPhoto).toContain('merchant.licence.registeredName')
    expect(merchant.documentReads.licence?.sha256).toBe(merchant.licence.photo?.sha256)
  })

  it('keeps a typed cell and warns on it when the licence photo reads otherwise', async () => {
    const typedName = '杭州小笼包餐欲有限公司'
    const { deps, photos, table, pictures } = await setUp(({ files }) => ({
      registered_name: typedName,
      licence_photo: files.licence
    }))
    const plan = await planImport(table, pictures, deps)
    const [row] = plan.rows
    expect(row?.action).toBe('create')
    const mismatch = row?.warnings.find((found) => found.code === 'document.mismatch')
    expect([mismatch?.column, mismatch?.params?.['read']]).toEqual([
      'registered_name',
      photos.licence.name
    ])
    expect(readCells(row!)).not.toHaveProperty('registered_name')
    expect(readCells(row!)).toHaveProperty('uscc', photos.licence.creditCode)

    const report = await runImport(plan, pictures, deps)
    const merchant = deps.drafts.get(report.rows[0]?.draftId ?? '').content.merchant
    expect(merchant.licence.registeredName).toBe(typedName)
  })

  it('checks a row that typed every licence field against its photo only when asked', async () => {
    const { deps, photos, table, pictures } = await setUp(typedLicenceRow)
    const mismatches = (plan: Awaited<ReturnType<typeof planImport>>) =>
      plan.rows[0]?.warnings.filter((found) => found.code === 'document.mismatch') ?? []

    expect(mismatches(await planImport(table, pictures, deps))).toEqual([])
    const checked = await planImport(table, pictures, deps, { checkTyped: true })
    expect(mismatches(checked).map((found) => [found.column, found.params?.['read']])).toEqual([
      ['registered_name', photos.licence.name]
    ])
    const report = await runImport(checked, pictures, deps)
    const merchant = deps.drafts.get(report.rows[0]?.draftId ?? '').content.merchant
    expect([merchant.licence.registeredName, merchant.readFromPhoto]).toEqual([
      '杭州小笼包餐欲有限公司',
      []
    ])
    expect(merchant.documentReads.licence?.sha256).toBe(merchant.licence.photo?.sha256)
  })

  it('updates the draft holding the credit code read from a row that gives only its licence photo', async () => {
    const { deps, photos, table, pictures } = await setUp(({ files }) => ({
      licence_photo: files.licence
    }))
    const existing = deps.drafts.create('已有草稿')
    const content = existing.content
    content.merchant.licence.creditCode = photos.licence.creditCode
    deps.drafts.saveContent(existing.id, content)

    const plan = await planImport(table, pictures, deps)
    expect(plan.rows.map((row) => [row.action, row.draftId])).toEqual([['update', existing.id]])
    await runImport(plan, pictures, deps)
    expect(deps.drafts.get(existing.id).content.merchant.licence.registeredName).toBe(
      photos.licence.name
    )
    expect(deps.drafts.list()).toHaveLength(1)
  })
})
