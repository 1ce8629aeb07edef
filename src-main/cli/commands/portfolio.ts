import type { MethodInput, MethodOutput } from '../../api/contract'
import { DraftSortSchema, DraftStatusFilterSchema } from '../../api/contract'
import { interpolate, type Lang } from '../../domain/issue'
import { localDateTime } from '../../domain/local-date'
import { PLATFORM_IDS } from '../../platforms/adapter'
import type { CommandSpec, OptionValues } from '../command'
import type { CliContext } from '../context'
import { cliText } from '../messages'
import { unwrap } from '../output'

const TEXT = {
  badChoice: {
    'zh-CN': '--{option} 只能是：{choices}',
    en: '--{option} must be one of: {choices}'
  },
  badCount: {
    'zh-CN': '--{option} 应为正整数',
    en: '--{option} takes a positive whole number'
  },
  total: { 'zh-CN': '共 {total} 份草稿', en: 'Drafts: {total}' },
  summarizing: {
    'zh-CN': '正在整理 {total} 份草稿的状态（升级后只做一次）…',
    en: 'Working out the status of {total} drafts (once, after an upgrade)…'
  },
  shown: { 'zh-CN': '显示 {shown} / {total} 份草稿', en: 'Showing {shown} of {total} drafts' },
  ready: { 'zh-CN': '可导出', en: 'ready' },
  noTarget: { 'zh-CN': '未选开通目标', en: 'no target chosen' },
  due: { 'zh-CN': '还差 {count} 项', en: '{count} still due' },
  errors: { 'zh-CN': '{count} 个错误', en: '{count} error | {count} errors' },
  complete: { 'zh-CN': '完成 {percent}%', en: '{percent}% complete' },
  edited: { 'zh-CN': '最后编辑 {time}', en: 'last edited {time}' },
  duplicated: {
    'zh-CN': '已复制为新草稿 {id}：{title}（门店信息已清空，请填写新门店）',
    en: 'Copied as new draft {id}: {title} (store fields cleared for the new store)'
  }
} satisfies Record<string, Record<Lang, string>>

type Text = keyof typeof TEXT
const say = (ctx: CliContext, key: Text, params?: Record<string, string | number>) =>
  interpolate(TEXT[key][ctx.lang], params)

type ListQuery = MethodInput<'drafts.matchingIds'>
type Item = MethodOutput<'drafts.page'>['items'][number]

const PAGE = 200

/** A named option's value from a fixed list; undefined when absent, null (and a message) when wrong. */
function choice<T extends string>(
  ctx: CliContext,
  options: OptionValues,
  option: string,
  choices: readonly T[]
): T | undefined | null {
  const value = options[option]
  if (value === undefined) return undefined
  const found = choices.find((known) => known === value)
  if (found) return found
  ctx.io.err(say(ctx, 'badChoice', { option, choices: choices.join(', ') }))
  return null
}

function listQuery(ctx: CliContext, options: OptionValues): ListQuery | null {
  const status = choice(ctx, options, 'filter', DraftStatusFilterSchema.options)
  const platform = choice(ctx, options, 'platform', PLATFORM_IDS)
  const sort = choice(ctx, options, 'sort', DraftSortSchema.options)
  if (status === null || platform === null || sort === null) return null
  const search = options['search']
  return {
    ...(typeof search === 'string' ? { search } : {}),
    ...(status ? { status } : {}),
    ...(platform ? { platform } : {}),
    ...(sort ? { sort } : {})
  }
}

/** The state words a row shows: ready, or how much is still due and wrong. */
function stateText(ctx: CliContext, item: Item): string {
  if (item.targets.length === 0) return say(ctx, 'noTarget')
  const parts = [say(ctx, 'complete', { percent: item.completeness })]
  if (item.ready) parts.push(say(ctx, 'ready'))
  if (item.due > 0) parts.push(say(ctx, 'due', { count: item.due }))
  if (item.errors > 0) parts.push(say(ctx, 'errors', { count: item.errors }))
  return parts.join(' · ')
}

/** Merchant name and the USCC's last digits: what tells two drafts of one title apart. */
function whoText(item: Item): string {
  return [item.merchantName, item.uscc && `…${item.uscc.slice(-6)}`, item.storeName]
    .filter(Boolean)
    .join(' · ')
}

async function listDrafts(ctx: CliContext, options: OptionValues): Promise<number> {
  const query = listQuery(ctx, options)
  if (!query) return 2
  const limitOption = options['limit']
  const limit = limitOption === undefined ? Infinity : Number(limitOption)
  if ((!Number.isInteger(limit) && limit !== Infinity) || limit < 1) {
    ctx.io.err(say(ctx, 'badCount', { option: 'limit' }))
    return 2
  }
  const items: Item[] = []
  let total: number
  // One page at a time (the API's limit), until the list or --limit runs out.
  do {
    const page = unwrap<MethodOutput<'drafts.page'>>(
      await ctx.app().router.dispatch('drafts.page', {
        ...query,
        offset: items.length,
        limit: Math.min(PAGE, limit - items.length)
      }),
      ctx.io,
      ctx.lang
    )
    if (!page) return 1
    if (page.summaries?.state === 'running') {
      // After an upgrade every summary is recomputed once; the list waits for it, then starts over.
      ctx.io.err(say(ctx, 'summarizing', { total: page.summaries.total }))
      await ctx.app().jobs.settled(page.summaries.id)
      items.length = 0
      total = Infinity
      continue
    }
    total = page.total
    items.push(...page.items)
    if (page.items.length === 0) break
  } while (items.length < Math.min(total, limit))

  if (ctx.json) {
    ctx.io.out(JSON.stringify(items, null, 2))
    return 0
  }
  if (total === 0) {
    ctx.io.out(cliText('noDrafts', ctx.lang))
    return 0
  }
  for (const item of items) {
    const who = whoText(item)
    ctx.io.out(
      [
        item.id,
        item.title + (who ? ` (${who})` : ''),
        stateText(ctx, item),
        say(ctx, 'edited', { time: localDateTime(new Date(item.updatedAt)) })
      ].join('  ')
    )
  }
  ctx.io.out(
    items.length < total
      ? say(ctx, 'shown', { shown: items.length, total })
      : say(ctx, 'total', { total })
  )
  return 0
}

async function duplicateDraft(ctx: CliContext, id: string, options: OptionValues): Promise<number> {
  const title = options['title']
  const draft = unwrap<MethodOutput<'drafts.duplicate'>>(
    await ctx
      .app()
      .router.dispatch('drafts.duplicate', { id, ...(typeof title === 'string' ? { title } : {}) }),
    ctx.io,
    ctx.lang
  )
  if (!draft) return 1
  if (ctx.json) ctx.io.out(JSON.stringify({ id: draft.id, title: draft.title }))
  else ctx.io.out(say(ctx, 'duplicated', { id: draft.id, title: draft.title }))
  return 0
}

export const PORTFOLIO_COMMANDS: CommandSpec[] = [
  {
    name: 'drafts list',
    args: [],
    options: {
      search: { type: 'string' },
      filter: { type: 'string' },
      platform: { type: 'string' },
      sort: { type: 'string' },
      limit: { type: 'string' }
    },
    optionsUsage:
      '[--search <text>] [--filter incomplete|ready|exported|errors] [--platform <p>] [--sort updated|name|completeness] [--limit N]',
    summary: {
      'zh-CN': '列出草稿：按名称、简称、统一社会信用代码、联系人或拼音首字母搜索，按状态或平台筛选',
      en: 'list drafts: search by name, short name, USCC, contact or pinyin initials; filter by status or platform'
    },
    run: (ctx, _args, options) => listDrafts(ctx, options)
  },
  {
    name: 'draft duplicate',
    args: ['<id>'],
    options: { title: { type: 'string' } },
    optionsUsage: '[--title <name>]',
    summary: {
      'zh-CN': '复制草稿用于同一执照的另一家门店（门店信息清空）',
      en: 'copy a draft for another store under the same licence (store fields cleared)'
    },
    run: (ctx, [id], options) => duplicateDraft(ctx, String(id), options)
  }
]
