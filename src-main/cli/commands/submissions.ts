import { readFileSync } from 'node:fs'
import type { MethodOutput } from '../../api/contract'
import { interpolate, type Lang } from '../../domain/issue'
import { BoardFilter, Lifecycle, SubmissionIds } from '../../domain/ledger'
import { formatMessage } from '../../platforms/messages'
import type { CommandSpec, OptionValues } from '../command'
import type { CliContext } from '../context'
import { describeError, unwrap } from '../output'
import { onePlatform } from '../platform-option'

const TEXT = {
  badState: {
    'zh-CN': '--state 须为以下之一：{states}',
    en: '--state must be one of: {states}'
  },
  badFilter: {
    'zh-CN': '--filter 须为以下之一：{filters}',
    en: '--filter must be one of: {filters}'
  },
  badId: {
    'zh-CN': '--id 的格式是 名称=值，例如 applymentId=2000002124775691；可用的名称：{names}',
    en: '--id takes name=value, e.g. applymentId=2000002124775691; names: {names}'
  },
  none: { 'zh-CN': '还没有任何申请记录', en: 'No submissions recorded yet' },
  needDraft: { 'zh-CN': '请用 --draft <草稿 id> 指定草稿', en: 'Name the draft with --draft <id>' },
  unreadable: { 'zh-CN': '无法读取 {file}：{reason}', en: 'Cannot read {file}: {reason}' },
  total: { 'zh-CN': '共 {total} 条', en: '{total} in all' },
  reason: { 'zh-CN': '    驳回原因：{text}{field}', en: '    Reason: {text}{field}' },
  field: { 'zh-CN': '（对应：{path}）', en: ' (field: {path})' },
  noField: { 'zh-CN': '（未识别对应的填写项）', en: ' (no field recognised)' },
  link: { 'zh-CN': '    {action}：{url}', en: '    For {action}: {url}' }
} satisfies Record<string, Record<Lang, string>>

function say(ctx: CliContext, key: keyof typeof TEXT, params?: Record<string, string | number>) {
  return interpolate(TEXT[key][ctx.lang], params)
}

type View = MethodOutput<'submissions.forDraft'>[number]
type Row = Omit<View, 'events'>

function line(ctx: CliContext, row: Row): string {
  const state = formatMessage(`ledger.lifecycle.${row.lifecycle}`, ctx.lang)
  const ids = Object.entries(row.ids)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ')
  return `${row.draftId}  ${row.platform}  #${row.attempt}  ${state}  ${row.updatedAt}  ${row.draftTitle}${ids ? `  ${ids}` : ''}`
}

function details(ctx: CliContext, row: Row): string[] {
  return [
    ...row.reasons.map((reason) =>
      say(ctx, 'reason', {
        text: reason.text,
        field: reason.path ? say(ctx, 'field', { path: reason.path }) : say(ctx, 'noField')
      })
    ),
    ...row.links.map((link) =>
      say(ctx, 'link', {
        action: formatMessage(`ledger.action.${link.action}`, ctx.lang),
        url: link.url
      })
    )
  ]
}

async function list(ctx: CliContext, _args: string[], options: OptionValues): Promise<number> {
  const filter = BoardFilter.safeParse(options['filter'] ?? 'all')
  if (!filter.success) {
    ctx.io.err(say(ctx, 'badFilter', { filters: BoardFilter.options.join(', ') }))
    return 2
  }
  const platform = options['platform'] === undefined ? undefined : onePlatform(ctx, options)
  if (options['platform'] !== undefined && !platform) return 2
  const board = unwrap<MethodOutput<'submissions.board'>>(
    await ctx.app().router.dispatch('submissions.board', {
      filter: filter.data,
      ...(platform ? { platform } : {}),
      limit: 500
    }),
    ctx.io,
    ctx.lang
  )
  if (!board) return 1
  if (ctx.json) {
    ctx.io.out(JSON.stringify(board, null, 2))
    return 0
  }
  if (board.total === 0) ctx.io.out(say(ctx, 'none'))
  for (const row of board.rows) ctx.io.out(line(ctx, row))
  if (board.total > 0) ctx.io.out(say(ctx, 'total', { total: board.total }))
  return 0
}

async function show(ctx: CliContext, [id]: string[]): Promise<number> {
  const attempts = unwrap<View[]>(
    await ctx.app().router.dispatch('submissions.forDraft', { id }),
    ctx.io,
    ctx.lang
  )
  if (!attempts) return 1
  if (ctx.json) {
    ctx.io.out(JSON.stringify(attempts, null, 2))
    return 0
  }
  if (attempts.length === 0) ctx.io.out(say(ctx, 'none'))
  for (const attempt of attempts) {
    ctx.io.out(line(ctx, attempt))
    for (const text of details(ctx, attempt)) ctx.io.out(text)
    for (const event of attempt.events) {
      const state = formatMessage(`ledger.lifecycle.${event.lifecycle}`, ctx.lang)
      ctx.io.out(
        `    ${event.at}  ${event.source}  ${state}${event.platformState ? `  ${event.platformState}` : ''}`
      )
    }
  }
  return 0
}

/** `--id applymentId=…` (repeatable) into the ledger's identifiers; undefined after an error. */
function parseIds(ctx: CliContext, raw: OptionValues[string]) {
  const pairs = raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)]
  const entries = pairs.map((pair) => pair.split('=', 2))
  const ids = SubmissionIds.strict().safeParse(Object.fromEntries(entries))
  if (!ids.success || entries.some((entry) => entry.length !== 2)) {
    ctx.io.err(say(ctx, 'badId', { names: Object.keys(SubmissionIds.shape).join(', ') }))
    return undefined
  }
  return ids.data
}

async function mark(ctx: CliContext, [id]: string[], options: OptionValues): Promise<number> {
  const platform = onePlatform(ctx, options)
  if (!platform) return 2
  const lifecycle = Lifecycle.safeParse(options['state'])
  if (!lifecycle.success) {
    ctx.io.err(say(ctx, 'badState', { states: Lifecycle.options.join(', ') }))
    return 2
  }
  const ids = parseIds(ctx, options['id'])
  if (!ids) return 2
  const view = unwrap<View>(
    await ctx.app().router.dispatch('submissions.mark', {
      draftId: id,
      platform,
      lifecycle: lifecycle.data,
      ids
    }),
    ctx.io,
    ctx.lang
  )
  if (!view) return 1
  ctx.io.out(ctx.json ? JSON.stringify(view, null, 2) : line(ctx, view))
  return 0
}

async function importAnswer(ctx: CliContext, [file]: string[], options: OptionValues) {
  const platform = onePlatform(ctx, options)
  if (!platform) return 2
  const draftId = options['draft']
  if (typeof draftId !== 'string') {
    ctx.io.err(say(ctx, 'needDraft'))
    return 2
  }
  let answer: string
  try {
    answer = readFileSync(String(file), 'utf8').replace(/^\uFEFF/, '')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    ctx.io.err(say(ctx, 'unreadable', { file: String(file), reason }))
    return 1
  }
  const result = await ctx.app().router.dispatch('submissions.importAnswer', {
    draftId,
    platform,
    answer
  })
  if (!result.ok) {
    ctx.io.err(describeError(result.error, ctx.lang))
    return 1
  }
  const view = result.value as View
  if (ctx.json) {
    ctx.io.out(JSON.stringify(view, null, 2))
    return 0
  }
  ctx.io.out(line(ctx, view))
  for (const text of details(ctx, view)) ctx.io.out(text)
  return 0
}

export const SUBMISSION_COMMANDS: CommandSpec[] = [
  {
    name: 'submissions list',
    args: [],
    options: { filter: { type: 'string' }, platform: { type: 'string' } },
    optionsUsage: `[--filter ${BoardFilter.options.join('|')}] [--platform <p>]`,
    summary: {
      'zh-CN': '所有草稿的最新申请状态（可按驳回、待商户处理、即将过期等筛选）',
      en: 'the latest application of every draft (filter: rejected, waiting for the merchant, expiring…)'
    },
    run: list
  },
  {
    name: 'submissions show',
    args: ['<draft-id>'],
    summary: {
      'zh-CN': '一个草稿每个平台的每次申请：状态变化、驳回原因、签约链接',
      en: 'every attempt of a draft per platform: state changes, reasons, sign links'
    },
    run: show
  },
  {
    name: 'submissions mark',
    args: ['<draft-id>'],
    options: {
      platform: { type: 'string' },
      state: { type: 'string' },
      id: { type: 'string', multiple: true }
    },
    optionsUsage: '--platform <p> --state <state> [--id name=value]…',
    summary: {
      'zh-CN': '手动记录申请状态，例如已提交并填入申请单号',
      en: 'record a state by hand, e.g. submitted with the application id'
    },
    run: mark
  },
  {
    name: 'submissions import',
    args: ['<answer.json>'],
    options: { draft: { type: 'string' }, platform: { type: 'string' } },
    optionsUsage: '--draft <id> --platform <p>',
    summary: {
      'zh-CN': '导入平台状态查询的返回结果（驳回原因会对应到填写项）',
      en: 'import a platform status answer (reasons are matched to fields)'
    },
    run: importAnswer
  }
]
