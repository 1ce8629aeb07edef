/**
 * Draft save: the app's SQLite settings against the alternatives, as ratios of a baseline
 * measured in the same run. Each case saves a ~25 KB draft repeatedly.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { emptyDraftContent } from '../src-main/domain/draft'
import { openDatabase } from '../src-main/store/connection'
import { createDraftsRepo } from '../src-main/store/drafts'
import { migrate } from '../src-main/store/migrations'

export const SAVES = Number(process.env['BENCH_SAVES'] ?? 2000)

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

function bigContent(i: number) {
  const content = emptyDraftContent()
  content.merchant.licence.registeredName = `杭州小笼包餐饮有限公司 ${i}`
  content.merchant.licence.registeredAddress = '浙江省杭州市西湖区文三路 '.repeat(8)
  content.merchant.business.industry.description =
    `第 ${i} 次修改 ` + '经营范围：餐饮服务；'.repeat(600)
  content.merchant.qualifications = Array.from({ length: 10 }, (_, n) => ({
    type: '食品经营许可证',
    number: `JY${String(n).padStart(14, '0')}`,
    photo: null,
    validFrom: '2024-01-01',
    validTo: '2029-01-01',
    longTerm: false
  }))
  return content
}

/** `key`: the database encrypted (SQLCipher) as the app opens it; without, plain SQLite. */
export function measure(
  label: string,
  pragmas: string[],
  key?: Uint8Array
): { label: string; p50: number; p99: number; mean: number } {
  const dir = mkdtempSync(join(tmpdir(), 'kaitong-bench-'))
  const db = openDatabase(join(dir, 'bench.sqlite'), key ? { key } : {})
  for (const pragma of pragmas) db.pragma(pragma)
  migrate(db)
  const drafts = createDraftsRepo(db)
  const { id } = drafts.create('bench')
  const times: number[] = []
  for (let i = 0; i < SAVES; i++) {
    const content = bigContent(i)
    const start = process.hrtime.bigint()
    drafts.saveContent(id, content)
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  db.close()
  rmSync(dir, { recursive: true, force: true })
  const sorted = [...times].sort((a, b) => a - b)
  return {
    label,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: times.reduce((a, b) => a + b, 0) / times.length
  }
}

export function benchDraftSave(): void {
  const baseline = measure('app settings: synchronous=FULL, auto-checkpoint 1000 pages', [])
  const cases = [
    measure('synchronous=NORMAL', ['synchronous = NORMAL']),
    measure('auto-checkpoint off (WAL grows until idle)', ['wal_autocheckpoint = 0'])
  ]

  console.log(
    `draft save, ${SAVES} saves of ~${Buffer.byteLength(JSON.stringify(bigContent(0)))} bytes each`
  )
  console.log(
    `baseline  ${baseline.label}: p50 ${baseline.p50.toFixed(3)} ms, p99 ${baseline.p99.toFixed(3)} ms`
  )
  for (const result of cases) {
    console.log(
      `${result.label}: p50 ×${(result.p50 / baseline.p50).toFixed(2)}, ` +
        `p99 ×${(result.p99 / baseline.p99).toFixed(2)}, mean ×${(result.mean / baseline.mean).toFixed(2)} of baseline`
    )
  }
}
