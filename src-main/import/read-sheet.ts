import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import { KaitongError } from '../api/result'
import { listZipEntries } from '../bundle/zip-read'
import type { SheetRow, SheetTable, SheetValue } from '../domain/import-row'
import { decodeSheetText } from './decode-text'
import { MAX_SHEET_BYTES, MAX_SHEET_ROWS, MAX_SHEET_UNPACKED_BYTES } from './limits'

/**
 * A CSV or XLSX sheet as text cells: the header row, then every non-empty row with its number
 * as the spreadsheet shows it. The kind comes from the bytes (an XLSX is a zip), not the name.
 */
export async function readSheet(bytes: Uint8Array, fileName: string): Promise<SheetTable> {
  if (bytes.length > MAX_SHEET_BYTES) {
    throw new KaitongError('import.sheet_too_large', { bytes: bytes.length, max: MAX_SHEET_BYTES })
  }
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  const lines = isZip ? await readXlsx(bytes, fileName) : readCsv(bytes, fileName)
  const [header, ...rest] = lines
  if (!header) throw new KaitongError('import.sheet_empty')
  const rows = rest.filter((row) =>
    row.values.some((value) => typeof value !== 'string' || value.trim() !== '')
  )
  if (rows.length === 0) throw new KaitongError('import.sheet_empty')
  if (rows.length > MAX_SHEET_ROWS) {
    throw new KaitongError('import.too_many_rows', { rows: rows.length, max: MAX_SHEET_ROWS })
  }
  return { headers: header.values.map((value) => String(textOf(value))), rows }
}

function textOf(value: SheetValue): string {
  return typeof value === 'string' ? value : value.inexactNumber
}

function readCsv(bytes: Uint8Array, fileName: string): SheetRow[] {
  const { text } = decodeSheetText(bytes)
  let records: string[][]
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true })
  } catch {
    throw new KaitongError('import.sheet_unreadable', { file: fileName })
  }
  return records.map((values, index) => ({ line: index + 1, values }))
}

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<SheetRow[]> {
  let unpacked = 0
  try {
    for (const entry of listZipEntries(bytes)) unpacked += entry.originalSize
  } catch {
    throw new KaitongError('import.sheet_unreadable', { file: fileName })
  }
  if (unpacked > MAX_SHEET_UNPACKED_BYTES) {
    throw new KaitongError('import.sheet_too_large', {
      bytes: unpacked,
      max: MAX_SHEET_UNPACKED_BYTES
    })
  }
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  } catch {
    throw new KaitongError('import.sheet_unreadable', { file: fileName })
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new KaitongError('import.sheet_empty')
  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values: SheetValue[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      values[column - 1] = cellValue(cell.value)
    })
    rows.push({ line, values: Array.from(values, (value) => value ?? '') })
  })
  return rows
}

/** 15 significant digits is what a spreadsheet number keeps; beyond, digits were lost. */
function numberValue(value: number): SheetValue {
  if (Number.isSafeInteger(value) && Math.abs(value) < 1e15) return String(value)
  if (!Number.isInteger(value)) return String(value)
  return { inexactNumber: BigInt(value).toString() }
}

function cellValue(value: ExcelJS.CellValue): SheetValue {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return numberValue(value)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  // A date cell: the calendar day as typed (exceljs reads the serial as UTC).
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : ''
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result
    if (result instanceof Date) return result.toISOString().slice(0, 10)
    if (typeof result === 'number') return numberValue(result)
    return typeof result === 'string' || typeof result === 'boolean' ? String(result) : ''
  }
  return ''
}
