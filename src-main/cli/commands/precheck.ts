import { z } from 'zod'
import { reviewDraft } from '../../api/review'
import { normalizeDraftContent } from '../../domain/draft'
import { DraftFile } from '../../domain/draft-file'
import { interpolate, type Lang } from '../../domain/issue'
import { formatMessage } from '../../platforms/messages'
import { draftTargets } from '../../platforms/review'
import type { CommandSpec, OptionValues } from '../command'
import type { CliContext } from '../context'
import { PLATFORM_OPTIONS, pickPlatforms } from '../platform-option'
import { printIssues, readDraftFile, todayOption } from './validate'

const TEXT = {
  platform: { 'zh-CN': '== {platform}', en: '== {platform}' },
  due: { 'zh-CN': '尚待完成：{items}', en: 'Still due: {items}' }
} satisfies Record<string, Record<Lang, string>>

/** `kaitong precheck`: the Review step's findings for a draft file; exit 1 on any error. */
async function precheckCommand(
  ctx: CliContext,
  [file]: string[],
  options: OptionValues
): Promise<number> {
  const today = todayOption(ctx, options)
  if (!today) return 2
  const parsed = readDraftFile(ctx, String(file))
  if (!parsed) return 1
  const content = normalizeDraftContent(parsed.content)
  const platforms = pickPlatforms(ctx, options, () => draftTargets(content))
  if (!platforms) return 2
  const app = ctx.app()
  const reviews = await reviewDraft({
    content,
    platforms,
    media: app.media,
    today,
    overrides: app.settings.ruleLevels()
  })
  const failed = reviews.some((review) => review.issues.some((found) => found.severity === 'error'))
  if (ctx.json) {
    const withMessages = reviews.map((review) => ({
      ...review,
      issues: review.issues.map((found) => ({
        ...found,
        message: formatMessage(found.code, ctx.lang, found.params)
      }))
    }))
    ctx.io.out(JSON.stringify(withMessages, null, 2))
    return failed ? 1 : 0
  }
  for (const review of reviews) {
    ctx.io.out(interpolate(TEXT.platform[ctx.lang], { platform: review.platform }))
    printIssues(ctx, review.issues)
    const due = review.requirements.filter((item) => !item.met)
    if (due.length > 0) {
      const items = due.map((item) => formatMessage(`requirement.${item.id}`, ctx.lang)).join('；')
      ctx.io.out(interpolate(TEXT.due[ctx.lang], { items }))
    }
  }
  return failed ? 1 : 0
}

/** The draft file's JSON Schema, generated from the zod schema (input side: defaults optional). */
export function draftFileJsonSchema(): unknown {
  return z.toJSONSchema(DraftFile, { io: 'input', unrepresentable: 'any' })
}

export const PRECHECK_COMMANDS: CommandSpec[] = [
  {
    name: 'precheck',
    args: ['<draft.json>'],
    options: { ...PLATFORM_OPTIONS, today: { type: 'string' } },
    optionsUsage: '--platform <p>|--all',
    summary: {
      'zh-CN': '按各平台规则预检草稿文件（与界面一致；有错误时退出码为 1）',
      en: 'precheck a draft file against each platform’s rules (as the UI does; exit 1 on errors)'
    },
    run: precheckCommand
  },
  {
    name: 'schema',
    args: [],
    summary: {
      'zh-CN': '输出草稿文件的 JSON Schema（由 zod 模式生成）',
      en: 'print the JSON Schema of the draft file (generated from the zod schema)'
    },
    run: (ctx) => {
      ctx.io.out(JSON.stringify(draftFileJsonSchema(), null, 2))
      return Promise.resolve(0)
    }
  }
]
