import type { MethodOutput } from '../../api/contract'
import { fieldLabels, fieldName } from '../../bundle/field-names'
import type { DraftContent } from '../../domain/draft'
import { localDateTime } from '../../domain/local-date'
import { interpolate, type Lang } from '../../domain/issue'
import { ADAPTERS } from '../../platforms/registry'
import type { CommandSpec, OptionValues } from '../command'
import type { CliContext } from '../context'
import { unwrap } from '../output'

const TEXT = {
  revision: {
    'zh-CN': '第 {revision} 版  {time}{by}{open}  {count} 处修改',
    en: 'Revision {revision}  {time}{by}{open}  {count} change | Revision {revision}  {time}{by}{open}  {count} changes'
  },
  by: { 'zh-CN': '  {author} 保存', en: '  saved by {author}' },
  open: { 'zh-CN': '（编辑中）', en: ' (being edited)' },
  first: {
    'zh-CN': '第 {revision} 版  {time}  最早的版本',
    en: 'Revision {revision}  {time}  the oldest kept'
  },
  change: { 'zh-CN': '    {field}：{before} → {after}', en: '    {field}: {before} → {after}' },
  empty: { 'zh-CN': '（空）', en: '(empty)' },
  more: { 'zh-CN': '    ……另有 {count} 处', en: '    … and {count} more' },
  needRevision: {
    'zh-CN': '请用 --revision <版本号> 指定要恢复的版本（正整数）',
    en: 'Name the revision to restore with --revision <number> (a positive whole number)'
  },
  restored: {
    'zh-CN': '已把第 {from} 版恢复为第 {revision} 版（之前的版本都还在）',
    en: 'Revision {from} restored as revision {revision} (every earlier revision is kept)'
  },
  purged: {
    'zh-CN': '已删除 {count} 个旧版本，只保留当前的第 {revision} 版',
    en: 'Removed {count} older revision; only the current revision {revision} is kept | Removed {count} older revisions; only the current revision {revision} is kept'
  }
} satisfies Record<string, Record<Lang, string>>

function say(ctx: CliContext, key: keyof typeof TEXT, params?: Record<string, string | number>) {
  return interpolate(TEXT[key][ctx.lang], params)
}

/** Changes listed per revision before "… and N more": a history stays readable. */
const CHANGES_SHOWN = 8

/** One line of a value: long text cut, control characters never reach the terminal. */
function shown(ctx: CliContext, value: string): string {
  if (value === '') return say(ctx, 'empty')
  const flat = value.replace(/\p{Cc}/gu, ' ')
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat
}

/** Every platform's field labels for this content: a history names fields, never paths. */
export function labelsFor(content: DraftContent, lang: Lang): Map<string, string> {
  const requirements = Object.values(ADAPTERS).flatMap((adapter) => adapter.requirements(content))
  return fieldLabels(requirements, lang)
}

export async function draftHistory(ctx: CliContext, id: string): Promise<number> {
  const history = unwrap<MethodOutput<'drafts.history'>>(
    await ctx.app().router.dispatch('drafts.history', { id }),
    ctx.io,
    ctx.lang
  )
  if (!history) return 1
  if (ctx.json) {
    ctx.io.out(JSON.stringify(history, null, 2))
    return 0
  }
  const draft = unwrap<MethodOutput<'drafts.get'>>(
    await ctx.app().router.dispatch('drafts.get', { id }),
    ctx.io,
    ctx.lang
  )
  if (!draft) return 1
  const labels = labelsFor(draft.content, ctx.lang)
  history.forEach((entry, index) => {
    const time = localDateTime(new Date(entry.createdAt))
    if (index === history.length - 1 && entry.changes.length === 0) {
      ctx.io.out(say(ctx, 'first', { revision: entry.revision, time }))
      return
    }
    const open = entry.sealed ? '' : say(ctx, 'open')
    // Only a team store records who saved; the local file has one user.
    const by = entry.author ? say(ctx, 'by', { author: shown(ctx, entry.author) }) : ''
    const count = entry.changes.length
    ctx.io.out(say(ctx, 'revision', { revision: entry.revision, time, by, open, count }))
    for (const change of entry.changes.slice(0, CHANGES_SHOWN)) {
      const before = shown(ctx, change.before)
      const field = fieldName(change.path, labels, ctx.lang)
      ctx.io.out(say(ctx, 'change', { field, before, after: shown(ctx, change.after) }))
    }
    if (entry.changes.length > CHANGES_SHOWN) {
      ctx.io.out(say(ctx, 'more', { count: entry.changes.length - CHANGES_SHOWN }))
    }
  })
  return 0
}

export async function restoreRevision(
  ctx: CliContext,
  id: string,
  options: OptionValues
): Promise<number> {
  const revision = Number(options['revision'])
  if (!Number.isInteger(revision) || revision < 1) {
    ctx.io.err(say(ctx, 'needRevision'))
    return 2
  }
  const draft = unwrap<MethodOutput<'drafts.restore'>>(
    await ctx.app().router.dispatch('drafts.restore', { id, revision }),
    ctx.io,
    ctx.lang
  )
  if (!draft) return 1
  if (ctx.json) ctx.io.out(JSON.stringify({ id, restored: revision, revision: draft.revision }))
  else ctx.io.out(say(ctx, 'restored', { from: revision, revision: draft.revision }))
  return 0
}

export async function purgeHistory(ctx: CliContext, id: string): Promise<number> {
  const purged = unwrap<MethodOutput<'drafts.purgeHistory'>>(
    await ctx.app().router.dispatch('drafts.purgeHistory', { id }),
    ctx.io,
    ctx.lang
  )
  if (!purged) return 1
  if (ctx.json) ctx.io.out(JSON.stringify({ id, ...purged }))
  else ctx.io.out(say(ctx, 'purged', { count: purged.removed, revision: purged.revision }))
  return 0
}

export const HISTORY_COMMANDS: CommandSpec[] = [
  {
    name: 'draft history',
    args: ['<id>'],
    summary: {
      'zh-CN': '列出草稿的各个版本，以及每版改了哪些内容',
      en: "list a draft's revisions and what changed in each"
    },
    run: (ctx, [id]) => draftHistory(ctx, String(id))
  },
  {
    name: 'draft restore',
    args: ['<id>'],
    options: { revision: { type: 'string' } },
    optionsUsage: '--revision <N>',
    summary: {
      'zh-CN': '把草稿恢复到第 N 版的内容（作为新版本，旧版本都保留）',
      en: 'put revision N back as a new revision (earlier ones are kept)'
    },
    run: (ctx, [id], options) => restoreRevision(ctx, String(id), options)
  },
  {
    name: 'draft purge-history',
    args: ['<id>'],
    summary: {
      'zh-CN': '删除草稿的旧版本，只保留当前内容',
      en: "delete a draft's older revisions, keeping only the current content"
    },
    run: (ctx, [id]) => purgeHistory(ctx, String(id))
  }
]
