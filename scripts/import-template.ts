/**
 * Writes the bulk-import template (resources/public/templates/kaitong-import-template.{xlsx,csv})
 * from the column table in src-main/domain/import-columns.ts, so the template and the reader
 * can never disagree. Run: node --import tsx scripts/import-template.ts
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import {
  IMPORT_COLUMNS,
  LONG_TERM_WORDS,
  templateHeader,
  YES_NO,
  type ImportColumn
} from '../src-main/domain/import-columns'

const OUT = join(import.meta.dirname, '../resources/public/templates')

/** One merchant filling both payment providers and a listing (the café of the draft fixtures). */
const EXAMPLE: Record<string, string> = {
  reference: 'SH-0001',
  title: '山海咖啡科兴店',
  subject_type: '企业',
  uscc: '91440305MA5G7K2L8A',
  registered_name: '深圳市山海咖啡餐饮管理有限公司',
  legal_representative: '陈建华',
  registered_address: '深圳市南山区粤海街道科苑路15号科兴科学园B栋1201',
  licence_valid_from: '2019-03-18',
  licence_valid_to: '长期',
  licence_photo: 'licences/shanhai.jpg',
  legal_id_number: '440305197804120318',
  legal_id_valid_from: '2016-08-22',
  legal_id_valid_to: '2036-08-22',
  legal_id_front: 'ids/chen-front.jpg',
  legal_id_back: 'ids/chen-back.jpg',
  legal_address: '广东省深圳市南山区南海大道2163号',
  legal_is_owner: '是',
  contact_name: '陈建华',
  contact_mobile: '13926581734',
  contact_email: 'chenjianhua@shanhai-coffee.cn',
  short_name: '山海咖啡',
  service_phone: '0755-86013388',
  industry: '现磨咖啡、茶饮与简餐',
  wechat_settlement_id: '719',
  wechat_industry: '餐饮',
  alipay_mcc: '5812',
  alipay_category: 'A0002_B0201',
  sales_scenes: '线下门店、小程序',
  store_name: '山海咖啡科兴店',
  store_region: '440305',
  store_address: '深圳市南山区科苑路15号科兴科学园B栋1楼102',
  store_entrance: 'stores/kexing-entrance.jpg',
  store_interior: 'stores/kexing-interior.jpg',
  account_type: '对公',
  account_name: '深圳市山海咖啡餐饮管理有限公司',
  bank_name: '招商银行',
  bank_code: '308584001303',
  bank_region: '440300',
  branch_name: '招商银行深圳科技园支行',
  account_number: '755936218710201',
  current_provider: '支付宝',
  add_provider: '微信支付',
  alipay_account: 'finance@shanhai-coffee.cn',
  listing_targets: '微信小程序、支付宝小程序',
  listing_name: '山海咖啡点单',
  listing_intro: '山海咖啡门店自提与外送点单',
  listing_description: '山海咖啡官方点单小程序：门店自提、外送、会员积分。',
  listing_logo: 'listing/logo.png',
  listing_screenshots: 'listing/home.png; listing/menu.png'
}

function what(column: ImportColumn): [string, string] {
  switch (column.kind) {
    case 'choice':
    case 'choices': {
      const names = Object.entries(column.labels).map(([key, labels]) => `${labels[0]}/${key}`)
      const several = column.kind === 'choices' ? '；可多选，用、分隔' : ''
      const many = column.kind === 'choices' ? '; several, separated by 、 or ,' : ''
      return [`可选：${names.join('、')}${several}`, `One of: ${names.join(', ')}${many}`]
    }
    case 'yesNo':
      return [`${YES_NO.yes?.[0]} 或 ${YES_NO.no?.[0]}`, 'yes or no']
    case 'validTo':
      return [`日期 YYYY-MM-DD，或 ${LONG_TERM_WORDS[0]}`, `Date YYYY-MM-DD, or 长期 (long-term)`]
    case 'picture':
      return [
        '图片在图片文件夹/压缩包中的相对路径',
        'Path of the picture inside the pictures folder or zip'
      ]
    case 'pictures':
      return [
        '多张图片的相对路径，用 ; 分隔，按顺序',
        'Several picture paths separated by ;, in order'
      ]
    case 'title':
      return [
        '草稿在开通中的名称，空着则用营业执照名称',
        'The draft’s name in Kaitong; empty = the registered name'
      ]
    case 'text':
      return column.paths.some((path) => /valid(From|To)/.test(path))
        ? ['日期 YYYY-MM-DD', 'Date YYYY-MM-DD']
        : ['文字（长数字请设为文本格式）', 'Text (format long numbers as text)']
  }
}

async function main() {
  const headers = IMPORT_COLUMNS.map(templateHeader)
  const example = IMPORT_COLUMNS.map((column) => EXAMPLE[column.key] ?? '')

  const workbook = new ExcelJS.Workbook()
  // Fixed, so regenerating the template gives the same file.
  workbook.created = workbook.modified = new Date('2026-12-01T00:00:00Z')
  const sheet = workbook.addWorksheet('商户 Merchants', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = IMPORT_COLUMNS.map((column, index) => ({
    width: Math.max(14, (headers[index] ?? '').length + 2),
    // Text format: a bank account or ID number typed here keeps every digit.
    style: { numFmt: '@' },
    key: column.key
  }))
  sheet.addRow(headers).font = { bold: true }
  sheet.addRow(example)
  const notes = workbook.addWorksheet('说明 Notes')
  notes.columns = [
    { header: '列名', width: 28 },
    { header: 'Column', width: 36 },
    { header: '填写说明', width: 60 },
    { header: 'What to write', width: 60 }
  ]
  notes.getRow(1).font = { bold: true }
  for (const column of IMPORT_COLUMNS) {
    notes.addRow([column.header['zh-CN'], column.header.en, ...what(column)])
  }
  writeFileSync(
    join(OUT, 'kaitong-import-template.xlsx'),
    Buffer.from(await workbook.xlsx.writeBuffer())
  )

  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
  const csv = [headers, example].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n'
  // With a BOM, so Excel on Windows opens the UTF-8 text as UTF-8.
  writeFileSync(join(OUT, 'kaitong-import-template.csv'), '\uFEFF' + csv)
}

await main()
