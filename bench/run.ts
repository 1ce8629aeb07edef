/**
 * `npm run bench`: issue 17's targets, each figure beside a baseline measured in the same
 * run. Prints the table and writes docs/benchmarks.md. Never run by `npm test`.
 * Knobs: BENCH_DRAFTS (10000), BENCH_MERCHANTS (6), BENCH_SAVES (1000).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, totalmem, tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp } from '../src-main/api'
import { benchBulk, benchBundleWriting } from './bundles'
import { benchDraftsAtScale, seedDrafts } from './drafts-at-scale'
import { benchFirstScreen } from './first-screen'
import { benchEncryption } from './encryption'
import { benchDraftsList, printDraftsListBench } from './drafts-list'
import { benchOcr } from './ocr'
import { benchTeam, teamBenchRows } from './team'
import { markdownTable, printTable, type BenchRow } from './table'

const DRAFTS = Number(process.env['BENCH_DRAFTS'] ?? 10_000)
// Other work on the machine skews every figure: the load before and after is recorded.
const loadBefore = loadavg()[0]!

const dir = mkdtempSync(join(tmpdir(), 'kaitong-bench-'))
const rows: BenchRow[] = []
const step = (text: string) => process.stderr.write(`… ${text}\n`)
try {
  step(`seeding ${DRAFTS} drafts`)
  const many = openApp({ dataDir: join(dir, 'many'), version: 'bench' })
  const few = openApp({ dataDir: join(dir, 'few'), version: 'bench' })
  seedDrafts(many, DRAFTS)
  seedDrafts(few, 20)
  step('autosave and list')
  rows.push(...(await benchDraftsAtScale(many, DRAFTS, dir)))
  step('first screen')
  rows.push(...(await benchFirstScreen(few, many, DRAFTS)))
  many.close()
  few.close()
  step('bundle writing')
  rows.push(...(await benchBundleWriting(dir)))
  step('bulk export')
  rows.push(...(await benchBulk(dir)))
  step('team store (PostgreSQL)')
  rows.push(...teamBenchRows(await benchTeam()))
} finally {
  rmSync(dir, { recursive: true, force: true })
}

printTable(rows)
const cpu = cpus()[0]?.model ?? 'unknown CPU'
const machine =
  `${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${process.platform}; ` +
  `load average ${loadBefore.toFixed(1)} before the run, ${loadavg()[0]!.toFixed(1)} after`
writeFileSync(
  join(import.meta.dirname, '../docs/benchmarks.md'),
  [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts); each figure sits beside a baseline measured in the same run, and each target of issue 17 has its verdict.',
    '',
    `- Machine: ${machine}`,
    `- Date: ${new Date().toISOString()}`,
    '',
    'A load average above the number of cores means other processes shared the CPU during the run: absolute times are inflated by it, ratios against a same-run baseline less so.',
    '',
    markdownTable(rows),
    ''
  ].join('\n')
)

console.log('')
await benchOcr()

// Beside the table: what encryption costs an autosave, the portfolio's page API at scale,
// and reading a document photo — each against its own same-run baseline.
console.log('')
benchEncryption()
console.log('')
printDraftsListBench(benchDraftsList())
