import { toHalfWidth } from '../text'

/**
 * What an OCR engine gives back for one photo: lines of text with a confidence (0–1) and the
 * line's corners in pixels (clockwise from top-left). The readers below are pure functions
 * over these lines, so they are tested without a model and run in either process.
 */
export interface OcrLine {
  text: string
  confidence: number
  box: [number, number][]
}

export interface Bounds {
  left: number
  right: number
  top: number
  bottom: number
}

export function bounds(line: OcrLine): Bounds {
  const xs = line.box.map(([x]) => x)
  const ys = line.box.map(([, y]) => y)
  return {
    left: Math.min(...xs),
    right: Math.max(...xs),
    top: Math.min(...ys),
    bottom: Math.max(...ys)
  }
}

/** Printed text as it compares: half-width, no spaces (labels are letter-spaced: 名 称). */
export function compact(text: string): string {
  return toHalfWidth(text).replace(/[\s:：]+/g, '')
}

/** The two lines share most of a row (their vertical extents overlap by half the smaller). */
export function sameRow(a: Bounds, b: Bounds): boolean {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
  return overlap > 0.5 * Math.min(a.bottom - a.top, b.bottom - b.top)
}

/** Lines in reading order: top to bottom by row, left to right within a row. */
export function readingOrder(lines: readonly OcrLine[]): OcrLine[] {
  const sorted = [...lines].sort((a, b) => bounds(a).top - bounds(b).top)
  const rows: OcrLine[][] = []
  for (const line of sorted) {
    const row = rows.find((candidate) => sameRow(bounds(candidate[0]!), bounds(line)))
    if (row) row.push(line)
    else rows.push([line])
  }
  return rows.flatMap((row) => row.sort((a, b) => bounds(a).left - bounds(b).left))
}

/** A value read from a document, with how sure the reader is and where it was printed. */
export interface ReadValue {
  value: string
  /** 0–1: the OCR's own confidence, lowered when the value fails its own check. */
  confidence: number
  box: [number, number][]
}

export interface LabelledValue {
  text: string
  line: OcrLine
  /** The line after the one holding the value (for values that wrap). */
  index: number
}

/**
 * Finds the value printed after one of `labels`: on the same OCR line ("名称杭州…"), or on the
 * nearest line to the label's right in the same row when the gap split them.
 */
export function valueAfterLabel(
  ordered: readonly OcrLine[],
  labels: readonly string[]
): LabelledValue | null {
  for (const [index, line] of ordered.entries()) {
    const text = compact(line.text)
    const label = labels.find((candidate) => text.startsWith(candidate))
    if (!label) continue
    const rest = text.slice(label.length)
    if (rest) return { text: rest, line, index: index + 1 }
    const own = bounds(line)
    const right = ordered
      .map((other, at) => ({ other, at }))
      .filter(({ other }) => other !== line && sameRow(own, bounds(other)))
      .filter(({ other }) => bounds(other).left >= own.right - 4)
      .sort((a, b) => bounds(a.other).left - bounds(b.other).left)[0]
    if (right) return { text: compact(right.other.text), line: right.other, index: right.at + 1 }
  }
  return null
}

/**
 * Lines that continue a wrapped value (an address over two lines): directly below it, starting
 * near its left edge, and not starting with another label.
 */
export function continuation(
  ordered: readonly OcrLine[],
  from: LabelledValue,
  labels: readonly string[]
): OcrLine[] {
  const found: OcrLine[] = []
  let previous = bounds(from.line)
  const valueLeft = previous.right - (previous.right - previous.left) * 0.98
  for (const line of ordered.slice(from.index)) {
    const next = bounds(line)
    const text = compact(line.text)
    const height = previous.bottom - previous.top
    if (next.top - previous.bottom > height * 1.2) break
    if (labels.some((label) => text.startsWith(label))) break
    if (Math.abs(next.left - valueLeft) > height * 4 && next.left < valueLeft - height) break
    if (next.top < previous.bottom - height * 0.5) continue
    found.push(line)
    previous = next
  }
  return found
}

/** Dates as printed (2019年03月15日, 2019.03.15, 2019-3-15, 20190315) as `YYYY-MM-DD`. */
export function readDate(text: string): string | null {
  const match = /(\d{4})[年.\-/]?(\d{1,2})[月.\-/]?(\d{1,2})日?/.exec(toHalfWidth(text))
  if (!match) return null
  const [, year, month, day] = match
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`
  return /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(iso) ? iso : null
}

/** A validity period: `自A至B`, `A至B`, `A-B`, `至长期`, `A至长期`. */
export function readPeriod(
  text: string
): { from: string | null; to: string | null; longTerm: boolean } | null {
  const clean = compact(text).replace(/^自/, '')
  const longTerm = /长期|永久/.test(clean)
  const [left = '', right = ''] = clean.split(/至|-(?=\d{4}|长期)|—|~/)
  const from = readDate(left)
  const to = longTerm ? null : readDate(right)
  if (!from && !to && !longTerm) return null
  return { from, to, longTerm }
}
