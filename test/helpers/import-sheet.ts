import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import sharp from 'sharp'
import type { OpenedApp } from '../../src-main/api'
import { IMPORT_COLUMNS } from '../../src-main/domain/import-columns'
import type { ImportDeps } from '../../src-main/import/sheet-import'
import type { DocumentReader } from '../../src-main/media/ocr/read-document'
import { createDraftLookup } from '../../src-main/store/draft-lookup'
import { createDraftsRepo } from '../../src-main/store/drafts'
import { organizationCodeCheckChar, usccCheckChar } from '../../src-main/domain/identifiers/uscc'

/**
 * Sheets as agencies fill them: the import template's Chinese headers and one merchant per
 * row (a Shenzhen café chain, each branch its own licence), with pictures in a folder beside.
 */

/** A valid USCC for the n-th merchant (both check characters computed, not copied). */
export function usccFor(n: number): string {
  const organization = `MA${String(n).padStart(6, '0')}`
  const body = `91440305${organization}${organizationCodeCheckChar(organization)}`
  return body + usccCheckChar(body)
}

export type SheetRecord = Record<string, string>

/** A complete row for merchant `n`, keyed by column key. */
export function merchantRow(n: number): SheetRecord {
  const name = `深圳市山海咖啡第${n}分店餐饮管理有限公司`
  return {
    reference: `SH-${String(n).padStart(4, '0')}`,
    subject_type: '企业',
    uscc: usccFor(n),
    registered_name: name,
    legal_representative: '陈建华',
    registered_address: `深圳市南山区科苑路${n}号`,
    licence_valid_from: '2019-03-18',
    licence_valid_to: '长期',
    licence_photo: `licences/licence-${n}.jpg`,
    legal_id_number: '440305197804120318',
    legal_id_valid_from: '2016-08-22',
    legal_id_valid_to: '2036-08-22',
    legal_id_front: 'ids/front.jpg',
    legal_id_back: 'ids/back.jpg',
    legal_address: '广东省深圳市南山区南海大道2163号',
    legal_is_owner: '是',
    contact_name: '陈建华',
    contact_mobile: '13926581734',
    contact_email: 'chenjianhua@shanhai-coffee.cn',
    short_name: `山海咖啡${n}店`,
    service_phone: '0755-86013388',
    industry: '现磨咖啡、茶饮与简餐',
    wechat_settlement_id: '719',
    wechat_industry: '餐饮',
    alipay_mcc: '5812',
    alipay_category: 'A0002_B0201',
    sales_scenes: '线下门店',
    store_name: `山海咖啡${n}店`,
    store_region: '440305',
    store_address: `深圳市南山区科苑路${n}号1楼`,
    store_entrance: 'stores/entrance.jpg',
    store_interior: 'stores/interior.jpg',
    account_type: '对公',
    account_name: name,
    bank_name: '招商银行',
    bank_code: '308584001303',
    bank_region: '440300',
    branch_name: '招商银行深圳科技园支行',
    account_number: '755936218710201',
    current_provider: '支付宝',
    add_provider: '微信支付',
    alipay_account: 'finance@shanhai-coffee.cn'
  }
}

/** Header row in the template's language and the records as cells in that order. */
export function sheetCells(
  records: readonly SheetRecord[],
  lang: 'zh-CN' | 'en' = 'zh-CN'
): string[][] {
  const used = IMPORT_COLUMNS.filter((column) => records.some((record) => column.key in record))
  return [
    used.map((column) => column.header[lang]),
    ...records.map((record) => used.map((column) => record[column.key] ?? ''))
  ]
}

export async function xlsxBytes(cells: readonly string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('商户')
  for (const row of cells) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

function csvText(cells: readonly string[][]): string {
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
  return cells.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n'
}

/** What Excel on a Chinese Windows writes as "CSV": GBK, no BOM. */
export function gbkCsvBytes(cells: readonly string[][]): Buffer {
  return iconv.encode(csvText(cells), 'gbk')
}

export function utf8CsvBytes(cells: readonly string[][], bom = false): Buffer {
  return Buffer.concat([Buffer.from(bom ? '\uFEFF' : ''), Buffer.from(csvText(cells), 'utf8')])
}

function photo(seed: number): Promise<Buffer> {
  return sharp({
    create: {
      width: 800,
      height: 600,
      channels: 3,
      background: { r: (seed * 53) % 256, g: 120, b: 200 - (seed % 100) },
      noise: { type: 'gaussian', mean: 128, sigma: 18 }
    }
  })
    .jpeg({ quality: 80 })
    .toBuffer()
}

/** The pictures every row of merchantRow(1..count) names, written under `dir`. */
export async function writePictures(dir: string, count: number): Promise<void> {
  const files: Record<string, number> = {
    'ids/front.jpg': 1001,
    'ids/back.jpg': 1002,
    'stores/entrance.jpg': 1003,
    'stores/interior.jpg': 1004
  }
  for (let n = 1; n <= count; n++) files[`licences/licence-${n}.jpg`] = n
  for (const [file, seed] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true })
    writeFileSync(join(dir, file), await photo(seed))
  }
}

/** What planImport and runImport need, over an opened app's database and media. */
export function importDeps(app: OpenedApp, documents: DocumentReader, today: string): ImportDeps {
  return {
    drafts: createDraftsRepo(app.db),
    lookup: createDraftLookup(app.db),
    media: app.media,
    documents,
    today
  }
}
