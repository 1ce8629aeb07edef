import type { MethodOutput } from '../../api/contract'
import { parseDraftFile } from '../../api/handlers/drafts'
import { KaitongError } from '../../api/result'
import type { DraftContent } from '../../domain/draft'
import { ignoredDraftFileKeys, type DraftFile } from '../../domain/draft-file'
import { interpolate, type Issue, type Lang, type Severity } from '../../domain/issue'
import { isCalendarDate } from '../../domain/identifiers/calendar-date'
import { localCalendarDate } from '../../domain/local-date'
import { validateMerchant } from '../../domain/merchant-rules'
import { formatIssue } from '../../platforms/messages'
import type { CommandSpec, OptionValues } from '../command'
import type { CliContext } from '../context'
import { describeError, unwrap } from '../output'
import { printIgnored, readJsonFile } from './drafts'

/** An issue as `validate` prints it: the Issue itself plus its text in the chosen language. */
export interface PrintedIssue extends Issue {
  message: string
}

/**
 * Every issue of a draft's content on `today`: the same call the wizard makes, so the CLI
 * and the UI can never disagree.
 */
export function draftIssues(content: DraftContent, today: string): Issue[] {
  return validateMerchant(content.merchant, today)
}

const TEXT = {
  severity: {
    error: { 'zh-CN': '错误', en: 'error' },
    warning: { 'zh-CN': '警告', en: 'warning' }
  } satisfies Record<Severity, Record<Lang, string>>,
  clean: { 'zh-CN': '没有发现问题', en: 'No issues found' },
  counts: {
    'zh-CN': '{errors} 个错误，{warnings} 个警告',
    en: 'Errors: {errors}, warnings: {warnings}'
  },
  needSource: {
    'zh-CN': '请给出草稿文件，或用 --id 指定数据库中的草稿（可多个），二选一',
    en: 'Give a draft file, or name stored drafts with --id (repeatable), one of the two'
  },
  draftHead: { 'zh-CN': '## {title}（{id}）', en: '## {title} ({id})' },
  badToday: {
    'zh-CN': '--today 应为 YYYY-MM-DD 格式的日期，收到 {value}',
    en: '--today must be a date written YYYY-MM-DD, got {value}'
  }
} as const

function printHuman(ctx: CliContext, issues: readonly PrintedIssue[]): void {
  const width = Math.max(0, ...issues.map((found) => found.path.length))
  for (const found of issues) {
    const severity = TEXT.severity[found.severity][ctx.lang]
    ctx.io.out(`${severity}  ${found.path.padEnd(width)}  ${found.message}  [${found.code}]`)
  }
  const errors = issues.filter((found) => found.severity === 'error').length
  ctx.io.out(
    issues.length === 0
      ? TEXT.clean[ctx.lang]
      : interpolate(TEXT.counts[ctx.lang], { errors, warnings: issues.length - errors })
  )
}

/** The `--today` option (pins validity checks in scripts and tests), or undefined after an error. */
export function todayOption(ctx: CliContext, options: OptionValues): string | undefined {
  const today =
    typeof options['today'] === 'string' ? options['today'] : localCalendarDate(new Date())
  if (isCalendarDate(today)) return today
  ctx.io.err(interpolate(TEXT.badToday[ctx.lang], { value: today }))
  return undefined
}

/** A draft file read and checked, or undefined after printing why it cannot be used. */
export function readDraftFile(ctx: CliContext, file: string): DraftFile | undefined {
  const read = readJsonFile(ctx, file)
  if (!read.ok) return undefined
  try {
    const parsed = parseDraftFile(read.value)
    printIgnored(ctx, ignoredDraftFileKeys(read.value))
    return parsed
  } catch (error) {
    if (!(error instanceof KaitongError)) throw error
    ctx.io.err(describeError(error.toApiError(), ctx.lang))
    return undefined
  }
}

/** Each issue with its text in the chosen language, as `--json` prints them. */
export function withMessages(ctx: CliContext, found: readonly Issue[]): PrintedIssue[] {
  return found.map((item) => ({ ...item, message: formatIssue(item, ctx.lang) }))
}

/** Prints issues (text or `--json`); true when any is an error. */
export function printIssues(ctx: CliContext, found: readonly Issue[]): boolean {
  const issues = withMessages(ctx, found)
  if (ctx.json) ctx.io.out(JSON.stringify(issues, null, 2))
  else printHuman(ctx, issues)
  return issues.some((item) => item.severity === 'error')
}

/** `--id` may repeat and may list several ids separated by commas. */
export const ID_OPTION = { id: { type: 'string', multiple: true } } as const

export interface DraftSource {
  /** Absent for a draft file. */
  id?: string
  title: string
  content: DraftContent
}

/**
 * The drafts a checking command works on: one draft file, or every stored draft named by
 * `--id` (one process for many drafts). A number is the exit code after printing why not.
 */
export async function readDraftSources(
  ctx: CliContext,
  file: string | undefined,
  options: OptionValues
): Promise<DraftSource[] | number> {
  const raw = options['id']
  const ids = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)
  if ((file === undefined) === (ids.length === 0)) {
    ctx.io.err(TEXT.needSource[ctx.lang])
    return 2
  }
  if (file !== undefined) {
    const draft = readDraftFile(ctx, file)
    return draft ? [{ title: draft.title, content: draft.content }] : 1
  }
  const sources: DraftSource[] = []
  for (const id of ids) {
    const draft = unwrap<MethodOutput<'drafts.get'>>(
      await ctx.app().router.dispatch('drafts.get', { id }),
      ctx.io,
      ctx.lang
    )
    if (!draft) return 1
    sources.push({ id, title: draft.title, content: draft.content })
  }
  return sources
}

/** Before each stored draft's findings, a line naming it (a draft file needs none). */
export function printDraftHead(ctx: CliContext, source: DraftSource): void {
  if (source.id !== undefined && !ctx.json) {
    ctx.io.out(interpolate(TEXT.draftHead[ctx.lang], { title: source.title, id: source.id }))
  }
}

/**
 * `kaitong validate`: exit 1 when a draft is unusable or any issue is an error. With `--id`,
 * `--json` prints one `{ id, title, issues }` per draft.
 */
export async function validateCommand(
  ctx: CliContext,
  [file]: string[],
  options: OptionValues
): Promise<number> {
  const today = todayOption(ctx, options)
  if (!today) return 2
  const sources = await readDraftSources(ctx, file, options)
  if (typeof sources === 'number') return sources
  const [first] = sources
  // A draft file prints as it always has: its issues alone.
  if (first && first.id === undefined)
    return printIssues(ctx, draftIssues(first.content, today)) ? 1 : 0
  let failed = false
  const printed = []
  for (const source of sources) {
    const issues = draftIssues(source.content, today)
    failed ||= issues.some((found) => found.severity === 'error')
    if (ctx.json)
      printed.push({ id: source.id, title: source.title, issues: withMessages(ctx, issues) })
    else {
      printDraftHead(ctx, source)
      printIssues(ctx, issues)
    }
  }
  if (ctx.json) ctx.io.out(JSON.stringify(printed, null, 2))
  return failed ? 1 : 0
}

export const VALIDATE_COMMANDS: CommandSpec[] = [
  {
    name: 'validate',
    args: ['[draft.json]'],
    options: { ...ID_OPTION, today: { type: 'string' } },
    optionsUsage: '[--id ID…] [--today YYYY-MM-DD]',
    summary: {
      'zh-CN': '检查草稿文件或已存草稿（--id 可多个），列出每个问题（有错误时退出码为 1）',
      en: 'check a draft file or stored drafts (--id, repeatable) and list every issue (exit 1 on any error)'
    },
    run: validateCommand
  }
]
