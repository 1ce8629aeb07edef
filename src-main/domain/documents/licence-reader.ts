import { usccCheckChar } from '../identifiers/uscc'
import {
  compact,
  continuation,
  readingOrder,
  readPeriod,
  valueAfterLabel,
  type OcrLine,
  type ReadValue
} from './ocr-lines'

/**
 * Reads a business licence (营业执照: the 2016 "five in one" layout with a credit code, the
 * older layout with a 注册号, and the 个体工商户 variant) or a registration certificate of an
 * institution (事业单位法人证书) from OCR lines, field by printed label.
 */
export type LicenceField =
  | 'creditCode'
  | 'registeredName'
  | 'companyType'
  | 'legalRepresentative'
  | 'registeredAddress'
  | 'establishedOn'
  | 'validFrom'
  | 'validTo'
  | 'longTerm'

export type LicenceRead = Partial<Record<LicenceField, ReadValue>>

/** Printed labels per field, most specific first (个体工商户 and certificates use their own). */
const LABELS: Record<Exclude<LicenceField, 'validFrom' | 'validTo' | 'longTerm'>, string[]> = {
  creditCode: ['统一社会信用代码', '注册号'],
  registeredName: ['名称', '单位名称'],
  companyType: ['类型', '公司类型', '组成形式'],
  legalRepresentative: ['法定代表人姓名', '法定代表人', '经营者', '负责人', '投资人'],
  registeredAddress: ['主要经营场所', '经营场所', '住所'],
  establishedOn: ['成立日期', '注册日期']
}
const PERIOD_LABELS = ['营业期限', '经营期限', '有效期限', '有效期', '合伙期限']
const ALL_LABELS = [
  ...Object.values(LABELS).flat(),
  ...PERIOD_LABELS,
  '经营范围',
  '宗旨和业务范围',
  '注册资本',
  '实收资本',
  '出资额',
  '登记机关',
  '经费来源',
  '开办资金',
  '举办单位'
]

/** Letters a credit code never holds, as OCR tends to misread them (GB 32100 omits I O S V Z). */
const CODE_LOOKALIKES: Record<string, string> = { O: '0', I: '1', S: '5', Z: '2' }

function readCode(text: string): { code: string; valid: boolean } | null {
  const candidate = /[0-9A-Z]{18}|\d{15}/.exec(text.toUpperCase())
  if (!candidate) return null
  const code = [...candidate[0]].map((char) => CODE_LOOKALIKES[char] ?? char).join('')
  // Only the check character decides: an organisation-code mismatch is a warning elsewhere.
  return { code, valid: code.length === 15 || usccCheckChar(code.slice(0, 17)) === code.charAt(17) }
}

/** The credit code is printed under or beside its label, or alone (the certificate's top). */
function findCreditCode(ordered: readonly OcrLine[]): ReadValue | undefined {
  const labelled = valueAfterLabel(ordered, LABELS.creditCode)
  const sources = labelled ? [labelled.line, ...ordered] : ordered
  for (const line of sources) {
    const text = line === labelled?.line ? labelled.text : compact(line.text)
    const read = readCode(text)
    if (!read) continue
    return {
      value: read.code,
      // A code that fails its own check character was misread or misprinted: keep it, but
      // say so through a low confidence so it never silently fills or clears a field.
      confidence: read.valid ? line.confidence : Math.min(line.confidence, 0.3),
      box: line.box
    }
  }
  return undefined
}

export function readLicence(lines: readonly OcrLine[]): LicenceRead {
  const ordered = readingOrder(lines)
  const read: LicenceRead = {}
  const creditCode = findCreditCode(ordered)
  if (creditCode) read.creditCode = creditCode
  for (const field of [
    'registeredName',
    'companyType',
    'legalRepresentative',
    'registeredAddress'
  ] as const) {
    const found = valueAfterLabel(ordered, LABELS[field])
    if (!found) continue
    let value = found.text
    let confidence = found.line.confidence
    if (field === 'registeredAddress' || field === 'registeredName') {
      for (const next of continuation(ordered, found, ALL_LABELS)) {
        value += compact(next.text)
        confidence = Math.min(confidence, next.confidence)
      }
    }
    read[field] = { value, confidence, box: found.line.box }
  }
  const established = valueAfterLabel(ordered, LABELS.establishedOn)
  const establishedOn = established && readPeriod(established.text)?.from
  if (established && establishedOn) {
    read.establishedOn = {
      value: establishedOn,
      confidence: established.line.confidence,
      box: established.line.box
    }
  }
  const periodLine = valueAfterLabel(ordered, PERIOD_LABELS)
  const period = periodLine && readPeriod(periodLine.text)
  if (periodLine && period) {
    const at = { confidence: periodLine.line.confidence, box: periodLine.line.box }
    // "营业期限 至 长期" leaves the start unprinted: the licence runs from its founding date.
    const from = period.from ?? read.establishedOn?.value
    if (from) read.validFrom = { value: from, ...at }
    if (period.to) read.validTo = { value: period.to, ...at }
    read.longTerm = { value: String(period.longTerm), ...at }
  }
  return read
}
