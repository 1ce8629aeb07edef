import { interpolate, type Lang } from '../domain/issue'
import { PLATFORM_IDS, type PlatformId } from '../platforms/adapter'
import type { OptionValues } from './command'
import type { CliContext } from './context'

const TEXT = {
  needPlatform: {
    'zh-CN':
      '请用 --platform <平台> 指定平台，或用 --all 选草稿的全部目标平台（可选：{platforms}）',
    en: 'Name a platform with --platform <p>, or use --all for every target of the draft (one of: {platforms})'
  },
  noTargets: {
    'zh-CN': '草稿还没有选择任何目标平台',
    en: 'The draft has no target platform yet'
  }
} satisfies Record<string, Record<Lang, string>>

export const PLATFORM_OPTIONS = {
  platform: { type: 'string' },
  all: { type: 'boolean', default: false }
} as const

/** `--platform p` (one known id) or `--all` (the draft's targets); undefined after an error. */
export function pickPlatforms(
  ctx: CliContext,
  options: OptionValues,
  targets: () => PlatformId[]
): PlatformId[] | undefined {
  const named = options['platform']
  if (options['all'] === true && named === undefined) {
    const all = targets()
    if (all.length === 0) ctx.io.err(TEXT.noTargets[ctx.lang])
    return all.length > 0 ? all : undefined
  }
  const known = PLATFORM_IDS.find((id) => id === named)
  if (known && options['all'] !== true) return [known]
  ctx.io.err(interpolate(TEXT.needPlatform[ctx.lang], { platforms: PLATFORM_IDS.join(', ') }))
  return undefined
}

/** `--platform p` alone (no `--all`), for commands about one platform. */
export function onePlatform(ctx: CliContext, options: OptionValues): PlatformId | undefined {
  return pickPlatforms(ctx, { ...options, all: false }, () => [])?.[0]
}
