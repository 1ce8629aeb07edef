/** The bench's rows: each figure beside its same-run baseline and its target's verdict. */
export interface BenchRow {
  measure: string
  figure: string
  baseline: string
  target: string
  /** undefined: no target for this row (context only). */
  met?: boolean
  note?: string
}

export function verdict(row: BenchRow): string {
  return row.met === undefined ? '—' : row.met ? 'met' : 'MISSED'
}

export function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(value >= 10 ? 1 : 2)} ms`
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

export function printTable(rows: readonly BenchRow[]): void {
  const cells = rows.map((row) => [row.measure, row.figure, row.baseline, row.target, verdict(row)])
  const head = ['measure', 'figure', 'same-run baseline', 'target', 'verdict']
  const widths = head.map((title, i) => Math.max(title.length, ...cells.map((c) => c[i]!.length)))
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join('  ')
  console.log(line(head))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of cells) console.log(line(row))
  for (const row of rows.filter((found) => found.note)) console.log(`* ${row.measure}: ${row.note}`)
}

export function markdownTable(rows: readonly BenchRow[]): string {
  const escape = (text: string) => text.replaceAll('|', '\\|')
  return [
    '| measure | figure | same-run baseline | target | verdict |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${[row.measure, row.figure, row.baseline, row.target, verdict(row)].map(escape).join(' | ')} |`
    ),
    '',
    ...rows.filter((row) => row.note).map((row) => `- **${row.measure}**: ${row.note}`)
  ].join('\n')
}
