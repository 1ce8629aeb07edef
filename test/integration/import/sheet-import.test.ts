import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { folderPictures } from '../../../src-main/import/picture-source'
import { readSheet } from '../../../src-main/import/read-sheet'
import { createDocumentReader } from '../../../src-main/media/ocr/read-document'
import { planImport, runImport } from '../../../src-main/import/sheet-import'
import { useTempApp } from '../../helpers/app'
import {
  gbkCsvBytes,
  importDeps,
  merchantRow,
  sheetCells,
  writePictures,
  xlsxBytes
} from '../../helpers/import-sheet'
import { useTempDir } from '../../helpers/temp-dir'

const TODAY = '2026-12-01'

describe('bulk import of a sheet', () => {
  const openTempApp = useTempApp()
  // Started on first use only: these rows type every field their photos hold.
  const documents = createDocumentReader()
  afterAll(() => documents.close())
  const tempDir = useTempDir('kaitong-import-')

  async function setUp(count: number) {
    const { app } = openTempApp()
    const pictures = tempDir()
    await writePictures(pictures, count)
    const deps = importDeps(app, documents, TODAY)
    return { app, deps, pictures: folderPictures(pictures), picturesDir: pictures }
  }

  it('creates one draft per valid row, with its pictures stored and linked', async () => {
    const { deps, pictures, app } = await setUp(3)
    const table = await readSheet(
      await xlsxBytes(sheetCells([1, 2, 3].map(merchantRow))),
      'merchants.xlsx'
    )
    const plan = await planImport(table, pictures, deps)
    expect(plan.rows.map((row) => [row.action, row.blocking])).toEqual([
      ['create', []],
      ['create', []],
      ['create', []]
    ])
    const report = await runImport(plan, pictures, deps)
    expect(report.created).toBe(3)
    const id = report.rows[0]?.draftId ?? ''
    const draft = deps.drafts.get(id)
    expect(draft.revision).toBe(1)
    expect(draft.content.merchant.licence.longTerm).toBe(true)
    expect(draft.content.payment.addProvider).toBe('wechat-pay')
    const photo = draft.content.merchant.licence.photo?.sha256 ?? ''
    expect(app.media.listForDraft(id).map((media) => media.sha256)).toContain(photo)
  })

  it('refuses a row whose credit code has a wrong check character and says so on its cell', async () => {
    const { deps, pictures } = await setUp(2)
    const wrong = { ...merchantRow(2), uscc: merchantRow(2)['uscc']!.slice(0, 17) + 'Z' }
    const table = await readSheet(
      await xlsxBytes(sheetCells([merchantRow(1), wrong])),
      'merchants.xlsx'
    )
    const plan = await planImport(table, pictures, deps)
    const refused = plan.rows[1]
    expect(refused?.action).toBe('refused')
    expect(refused?.blocking.map((found) => found.column)).toContain('uscc')
    const report = await runImport(plan, pictures, deps)
    expect([report.created, report.refused]).toEqual([1, 1])
    expect(deps.drafts.list()).toHaveLength(1)
  })

  it('updates the draft with the same credit code as a new revision instead of creating one', async () => {
    const { deps, pictures } = await setUp(1)
    const sheet = await xlsxBytes(sheetCells([merchantRow(1)]))
    await runImport(
      await planImport(await readSheet(sheet, 'a.xlsx'), pictures, deps),
      pictures,
      deps
    )
    const changed = { ...merchantRow(1), reference: '', short_name: '山海咖啡新店' }
    const table = await readSheet(await xlsxBytes(sheetCells([changed])), 'b.xlsx')
    const plan = await planImport(table, pictures, deps)
    expect(plan.rows[0]?.action).toBe('update')
    const report = await runImport(plan, pictures, deps)
    expect(report.updated).toBe(1)
    const [draft] = deps.drafts.list()
    expect(draft?.revision).toBe(2)
    expect(deps.drafts.get(draft?.id ?? '').content.merchant.business.shortName).toBe(
      '山海咖啡新店'
    )
  })

  it('matches by external reference first, and never takes over another store of the same licence', async () => {
    const { deps, pictures } = await setUp(1)
    const first = await xlsxBytes(sheetCells([merchantRow(1)]))
    await runImport(
      await planImport(await readSheet(first, 'a.xlsx'), pictures, deps),
      pictures,
      deps
    )
    const otherStore = { ...merchantRow(1), reference: 'SH-0001-B', store_name: '山海咖啡二店' }
    const sameStore = { ...merchantRow(1), short_name: '山海咖啡科兴' }
    const table = await readSheet(await xlsxBytes(sheetCells([otherStore, sameStore])), 'b.xlsx')
    const plan = await planImport(table, pictures, deps)
    const [original] = deps.drafts.list()
    expect(plan.rows.map((row) => [row.action, row.draftId])).toEqual([
      ['create', undefined],
      ['update', original?.id]
    ])
  })

  it('refuses the second row for the same merchant instead of importing it twice', async () => {
    const { deps, pictures } = await setUp(1)
    const table = await readSheet(
      await xlsxBytes(sheetCells([merchantRow(1), merchantRow(1)])),
      'm.xlsx'
    )
    const plan = await planImport(table, pictures, deps)
    expect(plan.rows[1]?.blocking).toEqual([
      expect.objectContaining({ code: 'import.duplicate_row', params: { line: 2 } })
    ])
  })

  it('writes no further row once the import is canceled', async () => {
    const { deps, pictures } = await setUp(2)
    const table = await readSheet(await xlsxBytes(sheetCells([1, 2].map(merchantRow))), 'm.xlsx')
    const plan = await planImport(table, pictures, deps)
    const controller = new AbortController()
    controller.abort()
    const report = await runImport(plan, pictures, deps, { signal: controller.signal })
    expect([report.skipped, deps.drafts.list().length]).toEqual([2, 0])
  })

  it('reads a GBK CSV from Chinese Excel the same as the XLSX', async () => {
    const { deps, pictures } = await setUp(2)
    const table = await readSheet(gbkCsvBytes(sheetCells([1, 2].map(merchantRow))), 'm.csv')
    const plan = await planImport(table, pictures, deps)
    expect(plan.rows.map((row) => [row.action, row.cells['registered_name']])).toEqual([
      ['create', '深圳市山海咖啡第1分店餐饮管理有限公司'],
      ['create', '深圳市山海咖啡第2分店餐饮管理有限公司']
    ])
  })

  it('refuses a picture path that climbs out of the pictures folder', async () => {
    const { deps, picturesDir } = await setUp(1)
    mkdirSync(join(picturesDir, 'up'))
    const escaping = { ...merchantRow(1), licence_photo: '../ids/front.jpg' }
    const table = await readSheet(await xlsxBytes(sheetCells([escaping])), 'm.xlsx')
    const plan = await planImport(table, folderPictures(join(picturesDir, 'up')), deps)
    expect(plan.rows[0]?.blocking).toContainEqual(
      expect.objectContaining({ code: 'import.picture_outside', column: 'licence_photo' })
    )
  })

  it('does not follow a link inside the pictures folder to a file outside it', async () => {
    const { deps, picturesDir } = await setUp(1)
    const inner = join(picturesDir, 'stores')
    symlinkSync(join(picturesDir, 'ids', 'front.jpg'), join(inner, 'linked.jpg'))
    const linked = { ...merchantRow(1), store_entrance: 'linked.jpg' }
    const table = await readSheet(await xlsxBytes(sheetCells([linked])), 'm.xlsx')
    const plan = await planImport(table, folderPictures(inner), deps)
    expect(plan.rows[0]?.blocking).toContainEqual(
      expect.objectContaining({ code: 'import.picture_missing', column: 'store_entrance' })
    )
  })

  it('leaves nothing behind for a row whose picture disappears before the import runs', async () => {
    const { deps, pictures, app } = await setUp(1)
    const table = await readSheet(await xlsxBytes(sheetCells([merchantRow(1)])), 'm.xlsx')
    const plan = await planImport(table, pictures, deps)
    const gone = {
      read: (file: string) => (file.startsWith('stores/') ? undefined : pictures.read(file))
    }
    const report = await runImport(plan, gone, deps)
    expect(report.rows[0]).toMatchObject({
      outcome: 'refused',
      error: { code: 'import.picture_missing' }
    })
    expect(deps.drafts.list()).toEqual([])
    expect(app.db.prepare('SELECT count(*) AS n FROM media').get()).toEqual({ n: 0 })
  })
})
