import { z } from 'zod'
import { reviewDraft } from '../../api/review'
import type { MethodOutput } from '../../api/contract'
import { normalizeDraftContent, type DraftContent } from '../../domain/draft'
import type { PlatformId } from '../../platforms/adapter'
import { unwrap } from '../output'
import { DraftFile } from '../../domain/draft-file'
import { interpolate, type Lang } from '../../domain/issue'
import { formatMessage } from '../../platforms/messages'
import { draftTargets } from '../../platforms/review'
import type { CommandSpec, OptionValues } from '../command'
import type { CliContext } from '../context'
import { PLATFORM_OPTIONS, pickPlatforms } from '../platform-option'
import {
  ID_OPTION,
  printDraftHead,
  printIssues,
  readDraftSources,
  todayOption,
  withMessages
} from './validate'
import type { PlatformReview } from '../../platforms/review'

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
  const sources = await readDraftSources(ctx, file, options)
  if (typeof sources === 'number') return sources
  let failed = false
  const printed = []
  for (const source of sources) {
    const content = normalizeDraftContent(source.content)
    const platforms = pickPlatforms(ctx, options, () => draftTargets(content))
    if (!platforms) return 2
    const reviews = await reviewSource(ctx, source.id, content, platforms, today)
    if (!reviews) return 1
    failed ||= reviews.some((review) => review.issues.some((found) => found.severity === 'error'))
    const shown = reviews.map((review) => ({ ...review, issues: withMessages(ctx, review.issues) }))
    if (ctx.json)
      printed.push(
        source.id === undefined ? shown : { id: source.id, title: source.title, reviews: shown }
      )
    else {
      printDraftHead(ctx, source)
      printReviews(ctx, reviews)
    }
  }
  // A draft file prints its reviews alone, as before; stored drafts one entry each.
  if (ctx.json)
    ctx.io.out(JSON.stringify(sources[0]?.id === undefined ? printed[0] : printed, null, 2))
  return failed ? 1 : 0
}

/**
 * A stored draft is reviewed as the Review step does, the ledger's rules included (an
 * application in flight, quotas, windows); a draft file has no ledger.
 */
async function reviewSource(
  ctx: CliContext,
  id: string | undefined,
  content: DraftContent,
  platforms: PlatformId[],
  today: string
): Promise<PlatformReview[] | undefined> {
  const app = ctx.app()
  if (id === undefined) {
    const overrides = app.settings.ruleLevels()
    return reviewDraft({ content, platforms, media: app.media, today, overrides })
  }
  const result = await app.router.dispatch('review.draft', { id, platforms, today })
  return unwrap<MethodOutput<'review.draft'>>(result, ctx.io, ctx.lang)
}

function printReviews(ctx: CliContext, reviews: readonly PlatformReview[]): void {
  for (const review of reviews) {
    ctx.io.out(interpolate(TEXT.platform[ctx.lang], { platform: review.platform }))
    printIssues(ctx, review.issues)
    const due = review.requirements.filter((item) => !item.met)
    if (due.length > 0) {
      const items = due.map((item) => formatMessage(`requirement.${item.id}`, ctx.lang)).join('；')
      ctx.io.out(interpolate(TEXT.due[ctx.lang], { items }))
    }
  }
}

/** The draft file's JSON Schema, generated from the zod schema (input side: defaults optional). */
export function draftFileJsonSchema(): unknown {
  return z.toJSONSchema(DraftFile, { io: 'input', unrepresentable: 'any' })
}

export const PRECHECK_COMMANDS: CommandSpec[] = [
  {
    name: 'precheck',
    args: ['[draft.json]'],
    options: { ...ID_OPTION, ...PLATFORM_OPTIONS, today: { type: 'string' } },
    optionsUsage: '[--id ID…] --platform <p>|--all',
    summary: {
      'zh-CN': '按各平台规则预检草稿文件或已存草稿（与界面一致；有错误时退出码为 1）',
      en: 'precheck a draft file or stored drafts against each platform’s rules (as the UI does; exit 1 on errors)'
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
