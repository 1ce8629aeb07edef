import { readFileSync } from 'node:fs'
import type { MethodOutput } from '../../api/contract'
import { interpolate, type Lang } from '../../domain/issue'
import type { JobView } from '../../jobs/jobs'
import { formatMessage } from '../../platforms/messages'
import type { CommandSpec, OptionValues } from '../command'
import type { CliContext } from '../context'
import { describeError, unwrap } from '../output'
import { PLATFORM_IDS, type PlatformId } from '../../platforms/adapter'
import { hasSandbox } from '../../submit/submit-service'
import { MANY_OPTIONS, submitMany } from './submit-many'

const TEXT = {
  needId: { 'zh-CN': '请用 --id <草稿 id> 指定草稿', en: 'Name the draft with --id <id>' },
  badPlatform: {
    'zh-CN': '--platform 须为以下之一：{platforms}',
    en: '--platform must be one of: {platforms}'
  },
  dryRun: {
    'zh-CN': '试运行（不会发送任何内容）：{merchant} → {platform}，账户 {profile}（{environment}）',
    en: 'Dry run (nothing is sent): {merchant} → {platform}, profile {profile} ({environment})'
  },
  step: { 'zh-CN': '{index}. {what}{done}', en: '{index}. {what}{done}' },
  upload: { 'zh-CN': '上传图片 {file}', en: 'upload picture {file}' },
  done: { 'zh-CN': '（已完成，不会重发）', en: ' (done, not sent again)' },
  howToSend: {
    'zh-CN':
      '确认无误后发送：kaitong submit --id {id} --platform {platform} --confirm "{merchant}"{production}',
    en: 'To send: kaitong submit --id {id} --platform {platform} --confirm "{merchant}"{production}'
  },
  sent: {
    'zh-CN': '已提交：{state}{ids}',
    en: 'Sent: {state}{ids}'
  },
  unreadable: { 'zh-CN': '无法读取 {file}：{reason}', en: 'Cannot read {file}: {reason}' },
  notJson: { 'zh-CN': '{file} 不是 JSON', en: '{file} is not JSON' },
  saved: {
    'zh-CN': '已保存提交账户 {name}（{environment}）',
    en: 'Saved sending profile {name} ({environment})'
  },
  none: { 'zh-CN': '没有等待平台处理的申请', en: 'No application awaits the platform' }
} satisfies Record<string, Record<Lang, string>>

function say(ctx: CliContext, key: keyof typeof TEXT, params?: Record<string, string | number>) {
  return interpolate(TEXT[key][ctx.lang], params)
}

type Preview = MethodOutput<'submit.preview'>
type View = MethodOutput<'submissions.forDraft'>[number]

function summary(ctx: CliContext, view: View): string {
  const ids = Object.entries(view.ids)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ')
  return say(ctx, 'sent', {
    state: formatMessage(`ledger.lifecycle.${view.lifecycle}`, ctx.lang),
    ids: ids ? `  ${ids}` : ''
  })
}

async function submit(ctx: CliContext, args: string[], options: OptionValues): Promise<number> {
  // `--ids` or `--all-ready` make it the bulk submit, as `submit many` is.
  if (options['ids'] !== undefined || options['all-ready'] === true) {
    return submitMany(ctx, args, options)
  }
  const id = options['id']
  if (typeof id !== 'string') {
    ctx.io.err(say(ctx, 'needId'))
    return 2
  }
  const platform = options['platform']
  if (!PLATFORM_IDS.some((known) => known === platform)) {
    ctx.io.err(say(ctx, 'badPlatform', { platforms: PLATFORM_IDS.join(', ') }))
    return 2
  }
  const profile = typeof options['profile'] === 'string' ? options['profile'] : 'default'
  const chosen = platform as PlatformId
  const target = { id, platform: chosen, profile }
  const confirm = options['confirm']
  // Without a confirmation naming the merchant, the dry run is all that happens.
  if (options['dry-run'] === true || typeof confirm !== 'string') {
    const preview = unwrap<Preview>(
      await ctx.app().router.dispatch('submit.preview', target),
      ctx.io,
      ctx.lang
    )
    if (!preview) return 1
    if (ctx.json) {
      ctx.io.out(JSON.stringify(preview, null, 2))
      return 0
    }
    ctx.io.out(
      say(ctx, 'dryRun', {
        merchant: preview.merchant,
        platform: chosen,
        profile: preview.profile,
        environment: preview.environment
      })
    )
    preview.steps.forEach((step, index) => {
      const what =
        step.kind === 'upload' ? say(ctx, 'upload', { file: step.files[0] ?? '' }) : step.call
      ctx.io.out(
        say(ctx, 'step', { index: index + 1, what, done: step.done ? say(ctx, 'done') : '' })
      )
      if (step.kind === 'call') ctx.io.out(JSON.stringify(step.body, null, 2))
    })
    const production = preview.environment === 'production' || !hasSandbox(target.platform)
    ctx.io.out(
      say(ctx, 'howToSend', {
        id,
        platform: chosen,
        merchant: preview.merchant,
        production: production ? ' --production' : ''
      })
    )
    return 0
  }
  const started = unwrap<JobView>(
    await ctx.app().router.dispatch('submit.send', {
      ...target,
      confirmMerchant: confirm,
      confirmProduction: options['production'] === true
    }),
    ctx.io,
    ctx.lang
  )
  if (!started) return 1
  const ended = await ctx.app().jobs.settled(started.id)
  if (ended.error) {
    ctx.io.err(describeError(ended.error, ctx.lang))
    return 1
  }
  const view = ended.result as View
  ctx.io.out(ctx.json ? JSON.stringify(view, null, 2) : summary(ctx, view))
  return view.lifecycle === 'rejected' ? 1 : 0
}

async function saveProfile(ctx: CliContext, [file]: string[]): Promise<number> {
  let profile: unknown
  try {
    profile = JSON.parse(readFileSync(String(file), 'utf8').replace(/^\uFEFF/, ''))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    ctx.io.err(
      code
        ? say(ctx, 'unreadable', { file: String(file), reason: code })
        : say(ctx, 'notJson', { file: String(file) })
    )
    return 1
  }
  const saved = unwrap<MethodOutput<'submit.saveProfile'>>(
    await ctx.app().router.dispatch('submit.saveProfile', profile),
    ctx.io,
    ctx.lang
  )
  if (!saved) return 1
  ctx.io.out(
    ctx.json
      ? JSON.stringify(saved, null, 2)
      : say(ctx, 'saved', { name: saved.name, environment: saved.environment })
  )
  return 0
}

async function refresh(ctx: CliContext, _args: string[], options: OptionValues): Promise<number> {
  const result = await ctx.app().router.dispatch('submit.refresh', {
    ...(typeof options['id'] === 'string' ? { id: options['id'] } : {}),
    ...(typeof options['profile'] === 'string' ? { profile: options['profile'] } : {})
  })
  const views = unwrap<View[]>(result, ctx.io, ctx.lang)
  if (!views) return 1
  if (ctx.json) {
    ctx.io.out(JSON.stringify(views, null, 2))
    return 0
  }
  if (views.length === 0) ctx.io.out(say(ctx, 'none'))
  for (const view of views) {
    ctx.io.out(`${view.draftId}  ${view.platform}  #${view.attempt}  ${summary(ctx, view)}`)
    for (const reason of view.reasons) {
      ctx.io.out(`    ${reason.text}${reason.path ? `  → ${reason.path}` : ''}`)
    }
    for (const link of view.links) ctx.io.out(`    ${link.url}`)
  }
  return 0
}

export const SUBMIT_COMMANDS: CommandSpec[] = [
  {
    name: 'submit',
    args: [],
    options: {
      ...MANY_OPTIONS,
      id: { type: 'string' },
      platform: { type: 'string' },
      profile: { type: 'string' },
      'dry-run': { type: 'boolean' },
      confirm: { type: 'string' }
    },
    optionsUsage:
      '--id <id> --platform wechat-pay|alipay|wechat-mp|alipay-mp|douyin-mp|baidu-mp [--profile <name>] [--dry-run] [--confirm "<商户名称>" [--production]]  |  --ids <id,id,…>|--all-ready … (as submit many)',
    summary: {
      'zh-CN': '把导出的资料包提交到微信支付、支付宝或小程序平台（默认只试运行，显示将发送的内容）',
      en: 'send the exported bundle to WeChat Pay, Alipay or a mini-program platform (a dry run unless confirmed)'
    },
    run: submit
  },
  {
    name: 'submit profile',
    args: ['<profile.json>'],
    summary: {
      'zh-CN': '保存服务商提交账户（商户号、密钥、序列号；逐项检查）',
      en: 'save a sending profile (merchant number, keys, serial; each checked)'
    },
    run: saveProfile
  },
  {
    name: 'submissions refresh',
    args: [],
    options: { id: { type: 'string' }, profile: { type: 'string' } },
    optionsUsage: '[--id <id>] [--profile <name>]',
    summary: {
      'zh-CN': '向平台查询已提交申请的状态并记录（驳回原因对应到填写项）',
      en: 'ask the platforms where sent applications stand and record it'
    },
    run: refresh
  }
]
