/**
 * The drafts list at agency scale: 10,000 complete-sized drafts (~8 KB, every limit kept), listed, searched, filtered
 * and sorted through the page API, against the whole-table `drafts.list` it replaces,
 * measured in the same run. Target: every list or search call ≤ 20 ms.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DraftContent } from '../src-main/domain/draft'
import { organizationCodeCheckChar, usccCheckChar } from '../src-main/domain/identifiers/uscc'
import { openDatabase, type WritableDb } from '../src-main/store/connection'
import { createDraftSummariesRepo, type DraftPageQuery } from '../src-main/store/draft-summaries'
import { createDraftsRepo } from '../src-main/store/drafts'
import { migrate } from '../src-main/store/migrations'

const DRAFTS = Number(process.env['BENCH_DRAFTS'] ?? 10_000)
const RUNS = 30
export const LIST_TARGET_MS = 20

const FIXTURES = join(import.meta.dirname, '../test/fixtures')
const CITIES = ['杭州', '上海', '北京', '深圳', '成都', '武汉', '南京', '西安', '广州', '苏州']
const TRADES = ['小笼包', '咖啡', '火锅', '面馆', '书店', '花店', '茶饮', '烘焙', '超市', '药房']
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周']

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, path), 'utf8')) as unknown
}

/** The enterprise fixture as merchant `n`: its own names, code and contact; a third complete. */
function merchantContent(base: DraftContent, n: number): { title: string; content: DraftContent } {
  const content = structuredClone(base)
  const city = CITIES[n % 10]!
  const trade = TRADES[Math.floor(n / 10) % 10]!
  content.merchant.licence.registeredName = `${city}${trade}餐饮管理有限公司第${n}分公司`
  content.merchant.licence.creditCode = uscc(n)
  content.merchant.contact.name = `${SURNAMES[n % 7]}${trade}`
  content.merchant.business.shortName = `${city}${trade}`
  content.merchant.business.store.name = `${city}${trade}${n}号店`
  content.merchant.business.industry.description = '经营范围：餐饮服务；'.repeat(12)
  content.merchant.qualifications = Array.from({ length: 10 }, (_, index) => ({
    type: '食品经营许可证',
    number: `JY${String(n * 10 + index).padStart(14, '0')}`,
    photo: null,
    validFrom: '2024-01-01',
    validTo: '2029-01-01',
    longTerm: false
  }))
  if (n % 3 === 1) content.listing.targets = []
  if (n % 3 === 2) content.merchant.licence.registeredAddress = ''
  return { title: `${city}${trade} ${n}`, content }
}

/** A valid code (both check characters right) for merchant `n`, registered in Hangzhou. */
function uscc(n: number): string {
  const body = String(n).padStart(8, '0')
  const first17 = `91330106${body}${organizationCodeCheckChar(body) ?? '0'}`
  return first17 + (usccCheckChar(first17) ?? '0')
}

/** Fills a migrated database with the bench's drafts (names, codes and contacts all differ). */
export function populate(db: WritableDb): void {
  const listingFile = readJson('platforms/listing-draft.kaitong.json') as {
    content: { listing: unknown }
  }
  const base = DraftContent.parse({
    ...(readJson('drafts/enterprise.json') as object),
    listing: listingFile.content.listing
  })
  const drafts = createDraftsRepo(db)
  db.transaction(() => {
    for (let n = 0; n < DRAFTS; n++) {
      const { title, content } = merchantContent(base, n)
      drafts.create(title, content)
    }
  })()
}

function median(run: () => unknown): number {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint()
    run()
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0
}

export interface DraftsListFigure {
  label: string
  ms: number
  /** The whole-table `drafts.list` (every row, content pages read) in the same run. */
  baselineMs: number
  targetMs: number
  met: boolean
}

export interface DraftsListBench {
  drafts: number
  /** Working out one draft's summary (the Review's precheck, every target), off the save path. */
  summaryMsPerDraft: number
  figures: DraftsListFigure[]
}

/** Builds a 10,000-draft database in a temp folder and times the list's calls on it. */
export function benchDraftsList(): DraftsListBench {
  const dir = mkdtempSync(join(tmpdir(), 'kaitong-bench-list-'))
  const db = openDatabase(join(dir, 'bench.sqlite'))
  try {
    migrate(db)
    populate(db)
    const summaries = createDraftSummariesRepo(db, { today: () => '2026-12-06' })
    const start = process.hrtime.bigint()
    summaries.refreshStale()
    const summaryMsPerDraft = Number(process.hrtime.bigint() - start) / 1e6 / DRAFTS
    db.pragma('wal_checkpoint(TRUNCATE)')

    const drafts = createDraftsRepo(db)
    const baselineMs = median(() => drafts.list())
    const cases: Array<[string, DraftPageQuery]> = [
      ['first page of 50, last edited first', { limit: 50 }],
      ['page of 200 at offset 9,800', { limit: 200, offset: DRAFTS - 200 }],
      ['search a USCC fragment', { search: '3301060000012', limit: 50 }],
      ['search pinyin initials', { search: 'hzxlb', limit: 50 }],
      ['search a contact name', { search: '王咖啡', limit: 50 }],
      ['filter ready, sort by name', { status: 'ready', sort: 'name', limit: 50 }],
      ['filter errors on wechat-pay', { status: 'errors', platform: 'wechat-pay', limit: 50 }],
      ['sort by completeness', { sort: 'completeness', limit: 50 }]
    ]
    const figure = (label: string, ms: number): DraftsListFigure => ({
      label,
      ms,
      baselineMs,
      targetMs: LIST_TARGET_MS,
      met: ms <= LIST_TARGET_MS
    })
    const figures = cases.map(([label, query]) =>
      figure(
        label,
        median(() => summaries.page(query))
      )
    )
    figures.push(
      figure(
        'select all (ids of every draft)',
        median(() => summaries.matchingIds({}))
      )
    )
    return { drafts: DRAFTS, summaryMsPerDraft, figures }
  } finally {
    db.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export function printDraftsListBench(result: DraftsListBench): void {
  console.log(
    `drafts list at ${result.drafts} drafts (median of ${RUNS}; baseline: whole-table drafts.list ` +
      `${result.figures[0]?.baselineMs.toFixed(1)} ms; target ≤ ${LIST_TARGET_MS} ms)`
  )
  console.log(
    `summary per draft (precheck of every target, off the save path): ${result.summaryMsPerDraft.toFixed(2)} ms`
  )
  for (const figure of result.figures) {
    console.log(
      `${figure.label}: ${figure.ms.toFixed(2)} ms (×${(figure.baselineMs / figure.ms).toFixed(0)} ` +
        `faster than baseline) ${figure.met ? 'meets' : 'MISSES'} the target`
    )
  }
}
