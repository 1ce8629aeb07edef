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
import { describeError } from '../output'
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
    en: '{errors} error(s), {warnings} warning(s)'
  },
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

/** Prints issues (text or `--json`); true when any is an error. */
export function printIssues(ctx: CliContext, found: readonly Issue[]): boolean {
  const issues = found.map((item) => ({ ...item, message: formatIssue(item, ctx.lang) }))
  if (ctx.json) ctx.io.out(JSON.stringify(issues, null, 2))
  else printHuman(ctx, issues)
  return issues.some((item) => item.severity === 'error')
}

/** `kaitong validate`: exit 1 when the file is unusable or any issue is an error. */
export function validateDraftFile(ctx: CliContext, file: string, options: OptionValues): number {
  const today = todayOption(ctx, options)
  if (!today) return 2
  const draft = readDraftFile(ctx, file)
  if (!draft) return 1
  return printIssues(ctx, draftIssues(draft.content, today)) ? 1 : 0
}

export const VALIDATE_COMMANDS: CommandSpec[] = [
  {
    name: 'validate',
    args: ['<draft.json>'],
    options: { today: { type: 'string' } },
    optionsUsage: '[--today YYYY-MM-DD]',
    summary: {
      'zh-CN': '检查草稿文件，列出每个问题（有错误时退出码为 1）',
      en: 'check a draft file and list every issue (exit 1 on any error)'
    },
    run: (ctx, [file], options) => Promise.resolve(validateDraftFile(ctx, String(file), options))
  }
]
