import type { BulkSubmitReport, MethodOutput } from '../../api/contract'
import { interpolate, type Lang } from '../../domain/issue'
import type { JobView } from '../../jobs/jobs'
import { PLATFORM_IDS } from '../../platforms/adapter'
import { formatMessage } from '../../platforms/messages'
import type { CommandSpec, OptionValues } from '../command'
import type { CliContext } from '../context'
import { describeError, unwrap } from '../output'

const TEXT = {
  needSelection: {
    'zh-CN': '请用 --ids ID1,ID2,… 或 --all-ready（二选一）选择草稿',
    en: 'Choose drafts with --ids ID1,ID2,… or --all-ready (one of the two)'
  },
  badPlatform: {
    'zh-CN': '不认识的平台“{platform}”（可选：{platforms}）',
    en: 'Unknown platform “{platform}” (one of: {platforms})'
  },
  badConcurrency: {
    'zh-CN': '--concurrency 须为 1 到 4',
    en: '--concurrency must be 1 to 4'
  },
  badCount: {
    'zh-CN': '--confirm-count 须为将提交的申请数',
    en: '--confirm-count must be the number of applications to send'
  },
  dryRun: {
    'zh-CN': '试运行（不会发送任何内容），账户 {profile}：{ready} / {total} 份申请可以提交',
    en: 'Dry run (nothing is sent), profile {profile}: {ready} of {total} applications can be sent'
  },
  ready: {
    'zh-CN': '✓ {title} · {platform}：{steps} 步',
    en: '✓ {title} · {platform}: {steps} steps'
  },
  problem: { 'zh-CN': '✗ {title} · {platform}：{reason}', en: '✗ {title} · {platform}: {reason}' },
  howToSend: {
    'zh-CN': '确认无误后发送：kaitong submit many {selection} --confirm-count {ready}{production}',
    en: 'To send: kaitong submit many {selection} --confirm-count {ready}{production}'
  },
  progress: { 'zh-CN': '已处理 {done} / {total} {label}', en: '{done} of {total} done {label}' },
  outcome: {
    'zh-CN': '{mark} {title} · {platform}：{outcome}{reason}',
    en: '{mark} {title} · {platform}: {outcome}{reason}'
  },
  summary: {
    'zh-CN': '已提交 {sent}，被拒 {rejected}，未完成 {failed}，未提交 {skipped}（{seconds} 秒）',
    en: '{sent} sent, {rejected} refused, {failed} not finished, {skipped} not sent ({seconds} s)'
  },
  canceled: {
    'zh-CN': '已取消：{count} 份申请未发送',
    en: 'Canceled: {count} application not sent | Canceled: {count} applications not sent'
  }
} satisfies Record<string, Record<Lang, string>>

const OUTCOMES = {
  sent: { 'zh-CN': '已提交', en: 'sent' },
  rejected: { 'zh-CN': '被拒', en: 'refused' },
  failed: { 'zh-CN': '未完成', en: 'not finished' },
  skipped: { 'zh-CN': '未提交', en: 'not sent' }
} satisfies Record<BulkSubmitReport['items'][number]['outcome'], Record<Lang, string>>

const PROGRESS_MS = 250

function say(ctx: CliContext, key: keyof typeof TEXT, params?: Record<string, string | number>) {
  return interpolate(TEXT[key][ctx.lang], params)
}

const platformName = (ctx: CliContext, platform: string | undefined) =>
  platform ? formatMessage(`bulk.platform.${platform}`, ctx.lang) : '-'

/** What makes a `submit` a bulk one (`kaitong submit --ids … | --all-ready` as well). */
export const MANY_OPTIONS = {
  ids: { type: 'string' },
  'all-ready': { type: 'boolean' },
  concurrency: { type: 'string' },
  'confirm-count': { type: 'string' },
  production: { type: 'boolean' }
} as const

/**
 * `kaitong submit many --ids … | --all-ready`: the bulk dry run, or with `--confirm-count N`
 * (the number the dry run said) one job sending N applications a few at a time.
 */
export async function submitMany(
  ctx: CliContext,
  _args: string[],
  options: OptionValues
): Promise<number> {
  const ids = typeof options['ids'] === 'string' ? options['ids'].split(',').filter(Boolean) : []
  const allReady = options['all-ready'] === true
  if (ids.length > 0 === allReady) {
    ctx.io.err(say(ctx, 'needSelection'))
    return 2
  }
  const named = options['platform']
  const platform = PLATFORM_IDS.find((id) => id === named)
  if (named !== undefined && !platform) {
    ctx.io.err(
      say(ctx, 'badPlatform', { platform: String(named), platforms: PLATFORM_IDS.join(', ') })
    )
    return 2
  }
  const concurrency = Number(options['concurrency'] ?? 2)
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 4) {
    ctx.io.err(say(ctx, 'badConcurrency'))
    return 2
  }
  const confirmCount = options['confirm-count']
  const count = Number(confirmCount)
  if (confirmCount !== undefined && (!Number.isInteger(count) || count < 1)) {
    ctx.io.err(say(ctx, 'badCount'))
    return 2
  }
  const target = {
    ...(allReady ? { allReady: true as const } : { ids }),
    ...(platform ? { platforms: [platform] } : {}),
    profile: typeof options['profile'] === 'string' ? options['profile'] : 'default'
  }
  const { router, jobs } = ctx.app()
  if (confirmCount === undefined) {
    const plan = unwrap<MethodOutput<'submit.planMany'>>(
      await router.dispatch('submit.planMany', target),
      ctx.io,
      ctx.lang
    )
    if (!plan) return 1
    if (ctx.json) {
      ctx.io.out(JSON.stringify(plan, null, 2))
      return 0
    }
    ctx.io.out(
      say(ctx, 'dryRun', { profile: plan.profile, ready: plan.ready, total: plan.items.length })
    )
    for (const item of plan.items) {
      const names = {
        title: item.merchant ?? item.title,
        platform: platformName(ctx, item.platform)
      }
      ctx.io.out(
        item.problem
          ? say(ctx, 'problem', { ...names, reason: describeError(item.problem, ctx.lang) })
          : say(ctx, 'ready', { ...names, steps: item.steps ?? 0 })
      )
    }
    if (plan.ready > 0) {
      const selection = [
        allReady ? '--all-ready' : `--ids ${ids.join(',')}`,
        ...(platform ? [`--platform ${platform}`] : []),
        ...(target.profile !== 'default' ? [`--profile ${target.profile}`] : [])
      ].join(' ')
      ctx.io.out(
        say(ctx, 'howToSend', {
          selection,
          ready: plan.ready,
          production: plan.production ? ' --production' : ''
        })
      )
    }
    return 0
  }
  const started = unwrap<JobView>(
    await router.dispatch('submit.sendMany', {
      ...target,
      concurrency,
      confirmCount: count,
      confirmProduction: options['production'] === true
    }),
    ctx.io,
    ctx.lang
  )
  if (!started) return 1
  // Ctrl-C stops before the next application; one being sent finishes its step.
  const cancel = () => void router.dispatch('jobs.cancel', { id: started.id })
  process.once('SIGINT', cancel)
  const progress = setInterval(() => {
    const view = jobs.get(started.id)
    ctx.io.status?.(
      say(ctx, 'progress', { done: view.done, total: view.total, label: view.label ?? '' })
    )
  }, PROGRESS_MS)
  const ended = await jobs.settled(started.id).finally(() => {
    clearInterval(progress)
    process.removeListener('SIGINT', cancel)
    ctx.io.status?.('')
  })
  if (ended.error || !ended.result) {
    ctx.io.err(describeError(ended.error ?? { code: 'api.internal' }, ctx.lang))
    return 1
  }
  const report = ended.result as BulkSubmitReport
  if (ctx.json) {
    ctx.io.out(JSON.stringify(report, null, 2))
  } else {
    for (const item of report.items) {
      ctx.io.out(
        say(ctx, 'outcome', {
          mark: item.outcome === 'sent' ? '✓' : '✗',
          title: item.title,
          platform: platformName(ctx, item.platform),
          outcome: OUTCOMES[item.outcome][ctx.lang],
          reason: item.reason ? ` · ${describeError(item.reason, ctx.lang)}` : ''
        })
      )
    }
    const { sent, rejected, failed, skipped, seconds } = report
    ctx.io.out(say(ctx, 'summary', { sent, rejected, failed, skipped, seconds }))
    if (report.canceled) ctx.io.out(say(ctx, 'canceled', { count: report.notSent }))
  }
  return report.rejected + report.failed + report.skipped === 0 && !report.canceled ? 0 : 1
}

export const SUBMIT_MANY_COMMANDS: CommandSpec[] = [
  {
    name: 'submit many',
    args: [],
    options: { ...MANY_OPTIONS, platform: { type: 'string' }, profile: { type: 'string' } },
    optionsUsage:
      '--ids <id,id,…>|--all-ready [--platform <p>] [--profile <name>] [--concurrency 1-4] [--confirm-count N [--production]]',
    summary: {
      'zh-CN': '批量提交多个草稿的申请（默认只试运行；--confirm-count 为试运行给出的份数时才发送）',
      en: 'send many drafts’ applications (a dry run unless --confirm-count names the number it gave)'
    },
    run: submitMany
  }
]
