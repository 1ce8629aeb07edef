import { checkCitizenNumber } from '../identifiers/citizen-number'
import {
  compact,
  continuation,
  readDate,
  readingOrder,
  readPeriod,
  valueAfterLabel,
  type OcrLine,
  type ReadValue
} from './ocr-lines'

/** The resident ID card (居民身份证): the portrait side and the national-emblem side. */
export type IdFrontField = 'name' | 'sex' | 'ethnicity' | 'birthDate' | 'address' | 'idNumber'
export type IdBackField = 'issuer' | 'validFrom' | 'validTo' | 'longTerm'
export type IdFrontRead = Partial<Record<IdFrontField, ReadValue>>
export type IdBackRead = Partial<Record<IdBackField, ReadValue>>

const FRONT_LABELS = ['姓名', '性别', '民族', '出生', '住址', '公民身份号码']

/** Letters a resident ID number never holds but OCR reads for a digit (X is the check char). */
const NUMBER_LOOKALIKES: Record<string, string> = {
  O: '0',
  D: '0',
  I: '1',
  L: '1',
  Z: '2',
  S: '5',
  B: '8'
}

function readNumber(text: string): string | null {
  const upper = compact(text).toUpperCase()
  const candidate = /[0-9A-Z]{17}[0-9X]/.exec(upper)
  if (!candidate) return null
  const fixed = [...candidate[0]]
    .map((char, at) => (at === 17 && char === 'X' ? char : (NUMBER_LOOKALIKES[char] ?? char)))
    .join('')
  return /^\d{17}[\dX]$/.test(fixed) ? fixed : null
}

/**
 * `today` only serves the number's own check (a birth date in the future cannot be right);
 * a number failing its check digit is kept with a low confidence, so a cross-check can point
 * at the photo rather than at the typed field.
 */
export function readIdFront(lines: readonly OcrLine[], today: string): IdFrontRead {
  const ordered = readingOrder(lines)
  const read: IdFrontRead = {}
  const name = valueAfterLabel(ordered, ['姓名'])
  if (name) read.name = { value: name.text, confidence: name.line.confidence, box: name.line.box }
  const sex = valueAfterLabel(ordered, ['性别'])
  if (sex) {
    const [sexText, ethnicity] = sex.text.split('民族')
    if (sexText) read.sex = { value: sexText, confidence: sex.line.confidence, box: sex.line.box }
    if (ethnicity) {
      read.ethnicity = { value: ethnicity, confidence: sex.line.confidence, box: sex.line.box }
    }
  }
  const birth = valueAfterLabel(ordered, ['出生'])
  const birthDate = birth && readDate(birth.text)
  if (birth && birthDate) {
    read.birthDate = { value: birthDate, confidence: birth.line.confidence, box: birth.line.box }
  }
  const address = valueAfterLabel(ordered, ['住址'])
  if (address) {
    const rest = continuation(ordered, address, FRONT_LABELS).filter(
      (line) => !readNumber(line.text)
    )
    read.address = {
      value: address.text + rest.map((line) => compact(line.text)).join(''),
      confidence: Math.min(address.line.confidence, ...rest.map((line) => line.confidence)),
      box: address.line.box
    }
  }
  const labelled = valueAfterLabel(ordered, ['公民身份号码'])
  const numberLine =
    (labelled && readNumber(labelled.text) ? labelled.line : undefined) ??
    ordered.find((line) => readNumber(line.text))
  const number = numberLine && readNumber(numberLine.text)
  if (numberLine && number) {
    const valid = checkCitizenNumber(number, 'residentId', today) === null
    read.idNumber = {
      value: number,
      confidence: valid ? numberLine.confidence : Math.min(numberLine.confidence, 0.3),
      box: numberLine.box
    }
  }
  return read
}

export function readIdBack(lines: readonly OcrLine[]): IdBackRead {
  const ordered = readingOrder(lines)
  const read: IdBackRead = {}
  const issuer = valueAfterLabel(ordered, ['签发机关'])
  if (issuer) {
    read.issuer = { value: issuer.text, confidence: issuer.line.confidence, box: issuer.line.box }
  }
  const periodLine =
    valueAfterLabel(ordered, ['有效期限']) ??
    ordered
      .map((line, index) => ({ text: compact(line.text), line, index: index + 1 }))
      .find(({ text }) => readPeriod(text)?.from)
  const period = periodLine && readPeriod(periodLine.text)
  if (periodLine && period) {
    const at = { confidence: periodLine.line.confidence, box: periodLine.line.box }
    if (period.from) read.validFrom = { value: period.from, ...at }
    if (period.to) read.validTo = { value: period.to, ...at }
    read.longTerm = { value: String(period.longTerm), ...at }
  }
  return read
}
