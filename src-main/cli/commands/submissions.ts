import { readFileSync } from 'node:fs'
import type { MethodOutput } from '../../api/contract'
import { localDateTime } from '../../domain/local-date'
import { interpolate, type Lang } from '../../domain/issue'
import { BoardFilter, BusinessCodeRule, Lifecycle, SubmissionIds } from '../../domain/ledger'
import { fieldName } from '../../bundle/field-names'
import { formatIssue, formatMessage } from '../../platforms/messages'
import type { CommandSpec, OptionValues } from '../command'
import type { CliContext } from '../context'
import { describeError, unwrap } from '../output'
import { onePlatform } from '../platform-option'
import { labelsFor } from './history'

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
  link: { 'zh-CN': '    {action}：{url}', en: '    For {action}: {url}' },
  heeds: {
    'zh-CN': '{platform} 需要注意（按申请记录）：',
    en: '{platform}, from the ledger:'
  },
  badRule: {
    'zh-CN': '--rule 须为 sameCode（沿用原编号）或 newCode（使用新编号）',
    en: '--rule must be sameCode (keep the number) or newCode (a new number)'
  },
  noChoice: {
    'zh-CN': '微信支付没有待重新提交的驳回申请：无需选择业务申请编号',
    en: 'No rejected WeChat Pay application waits to be sent again: there is no number to choose'
  },
  rejectedAttempt: {
    'zh-CN': '第 {attempt} 次微信支付申请被驳回。重新提交时的业务申请编号：',
    en: 'WeChat Pay application {attempt} was rejected. The business number for sending it again:'
  },
  option: { 'zh-CN': '{mark} {label}：{code}', en: '{mark} {label}: {code}' },
  unavailable: {
    'zh-CN': '    （编号前缀或统一社会信用代码已改，原编号不能再用）',
    en: '    (the prefix or the credit code changed: the original number can no longer be made)'
  },
  howToChoose: {
    'zh-CN': '用 --rule sameCode 或 --rule newCode 选择，选择后重新导出资料包。',
    en: 'Choose with --rule sameCode or --rule newCode, then export the bundle again.'
  },
  quotaLine: {
    'zh-CN': '{platform}  {month}  本月已通过开通提交 {sent} 次{checked}{refused}',
    en: '{platform}  {month}  {sent} sent through Kaitong this month{checked}{refused}'
  },
  quotaChecked: {
    'zh-CN': '；平台额度 {limit} 次，剩余 {rest} 次（{at} 查询）',
    en: '; the platform allows {limit}, {rest} left (checked {at})'
  },
  quotaRefused: {
    'zh-CN': '；{at} 平台返回 85085（额度已用完）',
    en: '; refused with 85085 on {at} (quota used up)'
  }
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

/** The draft's field labels, so a reason names its field as the wizard does, never a path. */
async function draftLabels(ctx: CliContext, id: string): Promise<ReadonlyMap<string, string>> {
  const draft = await ctx.app().router.dispatch('drafts.get', { id })
  return draft.ok
    ? labelsFor((draft.value as MethodOutput<'drafts.get'>).content, ctx.lang)
    : new Map()
}

function details(ctx: CliContext, row: Row, labels: ReadonlyMap<string, string>): string[] {
  return [
    ...row.reasons.map((reason) =>
      say(ctx, 'reason', {
        text: reason.text,
        field: reason.path
          ? say(ctx, 'field', { path: fieldName(reason.path, labels, ctx.lang) })
          : say(ctx, 'noField')
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

/** The ledger's own findings (quotas, windows, in flight…) as the Review shows them. */
async function printLedgerIssues(ctx: CliContext, id: string, attempts: readonly View[]) {
  const platforms = [...new Set(attempts.map((attempt) => attempt.platform))]
  if (platforms.length === 0) return
  const reviews = unwrap<MethodOutput<'review.draft'>>(
    await ctx.app().router.dispatch('review.draft', { id, platforms }),
    ctx.io,
    ctx.lang
  )
  for (const review of reviews ?? []) {
    const found = review.issues.filter((item) => item.code.startsWith('ledger.'))
    if (found.length === 0) continue
    ctx.io.out(say(ctx, 'heeds', { platform: review.platform }))
    for (const item of found) ctx.io.out(`    ${formatIssue(item, ctx.lang)}`)
  }
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
  const labels = await draftLabels(ctx, String(id))
  for (const attempt of attempts) {
    ctx.io.out(line(ctx, attempt))
    for (const text of details(ctx, attempt, labels)) ctx.io.out(text)
    for (const event of attempt.events) {
      const state = formatMessage(`ledger.lifecycle.${event.lifecycle}`, ctx.lang)
      ctx.io.out(
        `    ${event.at}  ${event.source}  ${state}${event.platformState ? `  ${event.platformState}` : ''}`
      )
    }
  }
  await printLedgerIssues(ctx, String(id), attempts)
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

/** A platform's answer saved as a file (a BOM from Windows editors dropped); undefined after an error. */
function readAnswer(ctx: CliContext, file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    ctx.io.err(say(ctx, 'unreadable', { file, reason }))
    return undefined
  }
}

async function importAnswer(ctx: CliContext, [file]: string[], options: OptionValues) {
  const platform = onePlatform(ctx, options)
  if (!platform) return 2
  const draftId = options['draft']
  if (typeof draftId !== 'string') {
    ctx.io.err(say(ctx, 'needDraft'))
    return 2
  }
  const answer = readAnswer(ctx, String(file))
  if (answer === undefined) return 1
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
  for (const text of details(ctx, view, await draftLabels(ctx, draftId))) ctx.io.out(text)
  return 0
}

type Choice = NonNullable<MethodOutput<'submissions.businessCode'>>

function printChoice(ctx: CliContext, choice: Choice): void {
  ctx.io.out(say(ctx, 'rejectedAttempt', { attempt: choice.attempt }))
  for (const rule of BusinessCodeRule.options) {
    ctx.io.out(
      say(ctx, 'option', {
        mark: choice.rule === rule ? '(•)' : '( )',
        label: formatMessage(`ledger.businessCode.${rule}`, ctx.lang),
        code: rule === 'sameCode' ? choice.sameCode : choice.newCode
      })
    )
    ctx.io.out(`    ${formatMessage(`ledger.businessCode.${rule}Why`, ctx.lang)}`)
    if (rule === 'sameCode' && !choice.sameCodeAvailable) ctx.io.out(say(ctx, 'unavailable'))
  }
}

async function resubmit(ctx: CliContext, [id]: string[], options: OptionValues): Promise<number> {
  const router = ctx.app().router
  if (options['rule'] === undefined) {
    const choice = unwrap<Choice | null>(
      await router.dispatch('submissions.businessCode', { draftId: id }),
      ctx.io,
      ctx.lang
    )
    if (choice === undefined) return 1
    if (ctx.json) {
      ctx.io.out(JSON.stringify(choice, null, 2))
      return 0
    }
    if (choice === null) {
      ctx.io.out(say(ctx, 'noChoice'))
      return 0
    }
    printChoice(ctx, choice)
    ctx.io.out(say(ctx, 'howToChoose'))
    return 0
  }
  const rule = BusinessCodeRule.safeParse(options['rule'])
  if (!rule.success) {
    ctx.io.err(say(ctx, 'badRule'))
    return 2
  }
  const chosen = unwrap<MethodOutput<'submissions.chooseBusinessCode'>>(
    await router.dispatch('submissions.chooseBusinessCode', { draftId: id, rule: rule.data }),
    ctx.io,
    ctx.lang
  )
  if (!chosen) return 1
  if (ctx.json) {
    ctx.io.out(JSON.stringify(chosen.choice, null, 2))
    return 0
  }
  printChoice(ctx, chosen.choice)
  return 0
}

type Quota = MethodOutput<'submissions.importQuota'>

function quotaLine(ctx: CliContext, quota: Quota): string {
  return say(ctx, 'quotaLine', {
    platform: quota.platform,
    month: quota.month,
    sent: quota.sent,
    checked:
      quota.limit !== undefined && quota.checkedAt
        ? say(ctx, 'quotaChecked', {
            limit: quota.limit,
            rest: quota.rest ?? 0,
            at: localDateTime(new Date(quota.checkedAt))
          })
        : '',
    refused: quota.refusedAt ? say(ctx, 'quotaRefused', { at: quota.refusedAt.slice(0, 10) }) : ''
  })
}

async function quota(ctx: CliContext, [file]: string[], options: OptionValues): Promise<number> {
  const router = ctx.app().router
  if (file === undefined) {
    const quotas = unwrap<Quota[]>(
      await router.dispatch('submissions.auditQuotas', {}),
      ctx.io,
      ctx.lang
    )
    if (!quotas) return 1
    ctx.io.out(
      ctx.json
        ? JSON.stringify(quotas, null, 2)
        : quotas.map((found) => quotaLine(ctx, found)).join('\n')
    )
    return 0
  }
  const platform = options['platform'] === undefined ? 'wechat-mp' : onePlatform(ctx, options)
  if (!platform) return 2
  const answer = readAnswer(ctx, String(file))
  if (answer === undefined) return 1
  const imported = unwrap<Quota>(
    await router.dispatch('submissions.importQuota', { platform, answer }),
    ctx.io,
    ctx.lang
  )
  if (!imported) return 1
  ctx.io.out(ctx.json ? JSON.stringify(imported, null, 2) : quotaLine(ctx, imported))
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
  },
  {
    name: 'submissions resubmit',
    args: ['<draft-id>'],
    options: { rule: { type: 'string' } },
    optionsUsage: `[--rule ${BusinessCodeRule.options.join('|')}]`,
    summary: {
      'zh-CN': '微信支付被驳回后重新提交的业务申请编号：沿用原编号（默认）或使用新编号，并说明原因',
      en: 'the WeChat Pay business number for a resubmission: the same one (default) or a new one, and why'
    },
    run: resubmit
  },
  {
    name: 'submissions quota',
    args: ['[<quota-answer.json>]'],
    options: { platform: { type: 'string' } },
    optionsUsage: '[--platform wechat-mp]',
    summary: {
      'zh-CN': '本月提审额度：已提交次数；给出 queryquota 的返回结果时先记下平台的额度',
      en: 'this month’s audit quota: what was sent; with a queryquota answer, records the platform’s count first'
    },
    run: quota
  }
]
