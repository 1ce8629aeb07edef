import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { MethodOutput } from '../../api/contract'
import { exportPlatformBundle } from '../../api/export'
import { KaitongError, type ApiError } from '../../api/result'
import { verifyBundle } from '../../bundle'
import { normalizeDraftContent } from '../../domain/draft'
import { interpolate, type Lang } from '../../domain/issue'
import { formatMessage } from '../../platforms/messages'
import { draftTargets } from '../../platforms/review'
import type { CommandSpec, OptionValues } from '../command'
import type { CliContext } from '../context'
import { describeError, fileUnreadable, unwrap } from '../output'
import { cliText } from '../messages'
import { PLATFORM_OPTIONS, pickPlatforms } from '../platform-option'
import { bundleManyCommand } from './bundle-many'
import { readDraftFile, todayOption } from './validate'

const TEXT = {
  needSource: {
    'zh-CN': '请给出草稿文件，或用 --id 指定数据库中的草稿（二选一）',
    en: 'Give a draft file, or name a stored draft with --id (one of the two)'
  },
  needPlatform: {
    'zh-CN':
      '请用 --platform <平台> 指定平台，或用 --all 导出草稿的全部目标平台（可选：{platforms}）',
    en: 'Name a platform with --platform <p>, or use --all for every target of the draft (one of: {platforms})'
  },
  noTargets: {
    'zh-CN': '草稿还没有选择任何目标平台',
    en: 'The draft has no target platform yet'
  },
  written: {
    'zh-CN': '✓ {platform} → {path}（{bytes} 字节，sha256 {sha}）',
    en: '✓ {platform} → {path} ({bytes} bytes, sha256 {sha})'
  },
  failed: { 'zh-CN': '✗ {platform}：{message}', en: '✗ {platform}: {message}' },
  verified: {
    'zh-CN': '✓ 提交包完好：{files} 个文件的校验值全部一致（{platform}，草稿第 {revision} 版）',
    en: '✓ The bundle is intact: all {files} file checksums match ({platform}, draft revision {revision})'
  }
} satisfies Record<string, Record<Lang, string>>

function say(ctx: CliContext, key: keyof typeof TEXT, params?: Record<string, string | number>) {
  return interpolate(TEXT[key][ctx.lang], params)
}

type ExportResult = MethodOutput<'bundles.export'>[number]

function report(ctx: CliContext, results: readonly ExportResult[]): number {
  if (ctx.json) ctx.io.out(JSON.stringify(results, null, 2))
  for (const result of ctx.json ? [] : results) {
    if (result.ok) {
      const { path, bytes, sha256 } = result.export
      ctx.io.out(
        say(ctx, 'written', { platform: result.platform, path, bytes, sha: sha256.slice(0, 12) })
      )
    } else {
      ctx.io.err(
        say(ctx, 'failed', {
          platform: result.platform,
          message: describeError(result.error, ctx.lang)
        })
      )
    }
  }
  return results.every((result) => result.ok) ? 0 : 1
}

/**
 * A draft file has no stored revision: its `source` gives the id, revision and time when
 * Kaitong exported it, otherwise the file's own hash and today's date stand in, so the
 * same file gives the same bundle all day.
 */
function fileDraftIdentity(
  file: string,
  source: { draftId: string; revision: number; exportedAt: string } | undefined,
  today: string
) {
  if (source)
    return { id: source.draftId, revision: source.revision, revisionCreatedAt: source.exportedAt }
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex')
  return {
    id: `file-${hash.slice(0, 16)}`,
    revision: 0,
    revisionCreatedAt: `${today}T00:00:00.000Z`
  }
}

async function bundleCommand(
  ctx: CliContext,
  args: string[],
  options: OptionValues
): Promise<number> {
  const [file] = args
  if (options['ids'] !== undefined || options['all-ready'] === true) {
    if (file === undefined && options['id'] === undefined) return bundleManyCommand(ctx, options)
    ctx.io.err(say(ctx, 'needSource'))
    return 2
  }
  const id = typeof options['id'] === 'string' ? options['id'] : undefined
  const out = typeof options['out'] === 'string' ? resolve(options['out']) : undefined
  if ((file === undefined) === (id === undefined) || !out) {
    ctx.io.err(say(ctx, 'needSource'))
    return 2
  }
  try {
    mkdirSync(out, { recursive: true })
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    ctx.io.err(cliText('writeFailed', ctx.lang, { file: out, reason }))
    return 1
  }
  if (id) {
    const draft = unwrap<MethodOutput<'drafts.get'>>(
      await ctx.app().router.dispatch('drafts.get', { id }),
      ctx.io,
      ctx.lang
    )
    if (!draft) return 1
    const platforms = pickPlatforms(ctx, options, () => draftTargets(draft.content))
    if (!platforms) return 2
    const results = unwrap<MethodOutput<'bundles.export'>>(
      await ctx.app().router.dispatch('bundles.export', { id, platforms, outDir: out }),
      ctx.io,
      ctx.lang
    )
    return results ? report(ctx, results) : 1
  }
  const today = todayOption(ctx, options)
  if (!today) return 2
  const parsed = readDraftFile(ctx, String(file))
  if (!parsed) return 1
  const content = normalizeDraftContent(parsed.content)
  const platforms = pickPlatforms(ctx, options, () => draftTargets(content))
  if (!platforms) return 2
  const app = ctx.app()
  const draft = {
    ...fileDraftIdentity(String(file), parsed.source, today),
    title: parsed.title,
    content
  }
  const results: ExportResult[] = []
  for (const platform of platforms) {
    try {
      const written = await exportPlatformBundle({
        draft,
        platform,
        media: app.media,
        settings: app.settings,
        appVersion: app.version,
        today,
        outDir: out
      })
      results.push({
        platform,
        ok: true,
        export: {
          id: 0,
          draftId: draft.id,
          platform,
          revision: draft.revision,
          createdAt: new Date().toISOString(),
          ...written
        }
      })
    } catch (error) {
      if (!(error instanceof KaitongError)) throw error
      results.push({ platform, ok: false, error: error.toApiError() })
    }
  }
  return report(ctx, results)
}

function verifyCommand(ctx: CliContext, [file]: string[]): number {
  let bytes: Buffer
  try {
    if (statSync(String(file)).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' })
    bytes = readFileSync(String(file))
  } catch (error) {
    ctx.io.err(fileUnreadable(String(file), error, ctx.lang))
    return 1
  }
  const result = verifyBundle(bytes)
  if (ctx.json) {
    ctx.io.out(JSON.stringify({ ok: result.ok, problems: result.problems }, null, 2))
    return result.ok ? 0 : 1
  }
  if (result.ok && result.manifest) {
    const { files, platform, revision } = result.manifest
    ctx.io.out(say(ctx, 'verified', { files: files.length, platform, revision }))
    return 0
  }
  for (const problem of result.problems) {
    const error: ApiError = {
      code: problem.code,
      params: { ...problem.params, path: problem.path }
    }
    ctx.io.err(
      `✗ ${problem.path}  ${formatMessage(error.code, ctx.lang, error.params)}  [${problem.code}]`
    )
  }
  return 1
}

export const BUNDLE_COMMANDS: CommandSpec[] = [
  {
    name: 'bundle',
    args: ['[draft.json]'],
    options: {
      id: { type: 'string' },
      ...PLATFORM_OPTIONS,
      out: { type: 'string' },
      today: { type: 'string' },
      ids: { type: 'string' },
      'all-ready': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false }
    },
    optionsUsage:
      '[--id ID] --platform <p>|--all --out DIR | --ids ID,…|--all-ready [--platform <p>] --out DIR [--force]',
    summary: {
      'zh-CN':
        '为草稿文件或已存草稿写出各平台提交包；--ids/--all-ready 一次导出多份草稿（已导出的版本跳过，--force 重写），并写出报告',
      en: 'write submission bundles for a draft file or a stored draft; --ids/--all-ready export many drafts at once (revisions already exported are skipped unless --force) with a report'
    },
    run: bundleCommand
  },
  {
    name: 'verify',
    args: ['<bundle.zip>'],
    summary: {
      'zh-CN': '核对提交包：每个校验值、清单、多出/缺少/越界的条目',
      en: 'check a bundle: every checksum, the manifest, extra/missing/escaping entries'
    },
    run: (ctx, args) => Promise.resolve(verifyCommand(ctx, args))
  }
]
