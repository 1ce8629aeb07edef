import { openDatabase } from './src-main/store/connection'
import { createDraftSummariesRepo } from './src-main/store/draft-summaries'
import { createDraftsRepo } from './src-main/store/drafts'
const db = openDatabase('/tmp/sp/bench.sqlite')
const s = createDraftSummariesRepo(db, { today: () => '2026-12-06' })
function t(label: string, f: () => unknown) {
  const times: number[] = []; const cpu: number[] = []
  for (let i = 0; i < 15; i++) { const c = process.cpuUsage(); const st = performance.now(); f(); times.push(performance.now() - st); const d = process.cpuUsage(c); cpu.push((d.user + d.system) / 1000) }
  times.sort((a, b) => a - b); cpu.sort((a, b) => a - b)
  console.log(label, 'wall', times[7].toFixed(2), 'cpu', cpu[7].toFixed(2))
}
t('baseline list', () => createDraftsRepo(db).list())
t('page', () => s.page({ limit: 50 }))
t('offset', () => s.page({ limit: 200, offset: 9800 }))
t('uscc', () => s.page({ search: '000000012', limit: 50 }))
t('initials', () => s.page({ search: 'hzxlb', limit: 50 }))
t('2char', () => s.page({ search: 'hz', limit: 50 }))
t('contact', () => s.page({ search: '王咖啡', limit: 50 }))
t('ready name', () => s.page({ status: 'ready', sort: 'name', limit: 50 }))
t('errors wp', () => s.page({ status: 'errors', platform: 'wechat-pay', limit: 50 }))
t('completeness', () => s.page({ sort: 'completeness', limit: 50 }))
t('ids', () => s.matchingIds({}))
console.log(s.page({ search: 'hzxlb', limit: 1 }).total, s.page({ status: 'ready', limit: 1 }).total, s.page({ status: 'errors', platform: 'wechat-pay', limit: 1 }).total)
