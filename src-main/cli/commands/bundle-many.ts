import { resolve } from 'node:path'
import type { MethodOutput } from '../../api/contract'
import type { BulkExportReport } from '../../api/export-many'
import { interpolate, type Lang } from '../../domain/issue'
import { PLATFORM_IDS } from '../../platforms/adapter'
import { formatMessage } from '../../platforms/messages'
import type { OptionValues } from '../command'
import type { CliContext } from '../context'
import { unwrap } from '../output'

const TEXT = {
  needSelection: {
    'zh-CN': '请用 --ids ID1,ID2,… 或 --all-ready（二选一）选择草稿，并用 --out 指定文件夹',
    en: 'Choose drafts with --ids ID1,ID2,… or --all-ready (one of the two), and a folder with --out'
  },
  badPlatform: {
    'zh-CN': '不认识的平台“{platform}”（可选：{platforms}）',
    en: 'Unknown platform “{platform}” (one of: {platforms})'
  },
  refused: { 'zh-CN': '✗ {title} · {platform}：{reason}', en: '✗ {title} · {platform}: {reason}' },
  files: { 'zh-CN': '报告：{report}\n摘要：{summary}', en: 'Report: {report}\nSummary: {summary}' }
} satisfies Record<string, Record<Lang, string>>

const POLL_MS = 200
const BAR_WIDTH = 30

type JobView = MethodOutput<'jobs.get'>

function bar(view: JobView): string {
  const share = view.total > 0 ? view.done / view.total : 0
  const filled = Math.round(share * BAR_WIDTH)
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${view.done}/${view.total} ${view.label ?? ''}`
}

/**
 * `kaitong bundle --ids … | --all-ready --out DIR`: one job over many drafts in this one
 * process, followed as a bar on a terminal or NDJSON lines with --json; Ctrl-C cancels
 * the job (bundles already written stay) and the report is still written.
 */
export async function bundleManyCommand(ctx: CliContext, options: OptionValues): Promise<number> {
  const ids = typeof options['ids'] === 'string' ? options['ids'].split(',').filter(Boolean) : []
  const allReady = options['all-ready'] === true
  const out = typeof options['out'] === 'string' ? resolve(options['out']) : undefined
  if (ids.length > 0 === allReady || !out) {
    ctx.io.err(TEXT.needSelection[ctx.lang])
    return 2
  }
  const named = options['platform']
  const platform = PLATFORM_IDS.find((id) => id === named)
  if (named !== undefined && !platform) {
    ctx.io.err(
      interpolate(TEXT.badPlatform[ctx.lang], {
        platform: String(named),
        platforms: PLATFORM_IDS.join(', ')
      })
    )
    return 2
  }
  const { router } = ctx.app()
  const started = unwrap<JobView>(
    await router.dispatch('bundles.exportMany', {
      ...(allReady ? { allReady: true } : { ids }),
      ...(platform ? { platforms: [platform] } : {}),
      outDir: out,
      force: options['force'] === true,
      lang: ctx.lang
    }),
    ctx.io,
    ctx.lang
  )
  if (!started) return 1
  const cancel = () => void router.dispatch('jobs.cancel', { id: started.id })
  process.once('SIGINT', cancel)
  let view = started
  let shown = ''
  try {
    for (;;) {
      const polled = await router.dispatch('jobs.get', { id: started.id })
      if (polled.ok) view = polled.value as JobView
      const line = ctx.json
        ? JSON.stringify({
            type: 'progress',
            done: view.done,
            total: view.total,
            label: view.label
          })
        : bar(view)
      if (line !== shown) {
        if (ctx.json) ctx.io.out(line)
        else ctx.io.status?.(line)
        shown = line
      }
      if (view.state !== 'running') break
      await new Promise((done) => setTimeout(done, POLL_MS))
    }
  } finally {
    process.removeListener('SIGINT', cancel)
  }
  if (view.state === 'failed' || !view.result) {
    ctx.io.err(formatMessage(view.error?.code ?? 'api.internal', ctx.lang, view.error?.params))
    return 1
  }
  const report = view.result as BulkExportReport
  if (ctx.json) ctx.io.out(JSON.stringify({ type: 'report', ...report }))
  else printReport(ctx, report)
  return report.refused === 0 && !report.canceled ? 0 : 1
}

function printReport(ctx: CliContext, report: BulkExportReport): void {
  const say = (code: string, params?: Record<string, string | number>) =>
    formatMessage(code, ctx.lang, params)
  ctx.io.status?.('')
  for (const item of report.items.filter((found) => found.outcome === 'refused')) {
    ctx.io.err(
      interpolate(TEXT.refused[ctx.lang], {
        title: item.title,
        platform: item.platform ? say(`bulk.platform.${item.platform}`) : '-',
        reason: item.reason ? say(item.reason.code, item.reason.params) : ''
      })
    )
  }
  const { drafts, written, skipped, refused, seconds } = report
  ctx.io.out(say('bulk.summary', { drafts, written, skipped, refused, seconds }))
  if (report.canceled) ctx.io.out(say('bulk.summary_canceled'))
  ctx.io.out(
    interpolate(TEXT.files[ctx.lang], { report: report.reportFile, summary: report.summaryFile })
  )
}
