import { resolve } from 'node:path'
import { KaitongError } from '../../api/result'
import { interpolate, type Lang } from '../../domain/issue'
import { checkAgainstSpec, normalizeForSpec, readImageHeader } from '../../media'
import { DEFAULT_DECODE_LIMITS } from '../../media/decode'
import { readFileBounded } from '../../store/read-bounded'
import { ADAPTERS, mediaSpecFor } from '../../platforms/registry'
import { formatMessage } from '../../platforms/messages'
import { writeFileAtomic } from '../../store/atomic-write'
import type { CommandSpec, OptionValues } from '../command'
import type { CliContext } from '../context'
import { describeError, fileUnreadable } from '../output'
import { onePlatform, PLATFORM_OPTIONS } from '../platform-option'

const TEXT = {
  unknownSlot: {
    'zh-CN': '{platform} 没有图片位置 “{slot}”，可选：{slots}',
    en: '{platform} has no picture slot “{slot}”; one of: {slots}'
  },
  original: {
    'zh-CN': '原图：{format} {width}×{height}，{bytes} 字节',
    en: 'Original: {format} {width}×{height}, {bytes} bytes'
  },
  fits: {
    'zh-CN': '✓ 原图已符合 {platform} {slot} 的要求',
    en: '✓ The original meets {platform} {slot} as it is'
  },
  adjust: { 'zh-CN': '△ 原图需要调整：', en: '△ The original needs adjusting:' },
  written: {
    'zh-CN': '✓ 已写出规范化图片 {file}：{mime} {width}×{height}，{bytes} 字节',
    en: '✓ Wrote the normalised picture {file}: {mime} {width}×{height}, {bytes} bytes'
  }
} satisfies Record<string, Record<Lang, string>>

function say(ctx: CliContext, key: keyof typeof TEXT, params?: Record<string, string | number>) {
  return interpolate(TEXT[key][ctx.lang], params)
}

/** `kaitong media check`: a slot's verdict on a picture, and with --out the normalised file. */
async function mediaCheck(
  ctx: CliContext,
  [image]: string[],
  options: OptionValues
): Promise<number> {
  const platform = onePlatform(ctx, options)
  if (!platform) return 2
  const slot = String(options['slot'] ?? '')
  const spec = mediaSpecFor(platform, slot)
  if (!spec) {
    const slots = Object.keys(ADAPTERS[platform].mediaSpecs).join(', ')
    ctx.io.err(say(ctx, 'unknownSlot', { platform, slot, slots }))
    return 2
  }
  let bytes: Buffer
  try {
    bytes = readFileBounded(String(image), DEFAULT_DECODE_LIMITS.maxBytes)
  } catch (error) {
    ctx.io.err(fileUnreadable(String(image), error, ctx.lang))
    return 1
  }
  try {
    const header = await readImageHeader(bytes)
    const verdict = checkAgainstSpec({ ...header, format: header.kind }, spec)
    const out = typeof options['out'] === 'string' ? resolve(options['out']) : undefined
    const normalized = out ? await normalizeForSpec(bytes, spec) : undefined
    if (out && normalized) writeFileAtomic(out, normalized.data)
    if (ctx.json) {
      const written = normalized && {
        mime: normalized.mime,
        width: normalized.width,
        height: normalized.height,
        bytes: normalized.bytes
      }
      ctx.io.out(
        JSON.stringify(
          { platform, slot, original: header, ...verdict, ...(out ? { out, written } : {}) },
          null,
          2
        )
      )
      return 0
    }
    ctx.io.out(
      say(ctx, 'original', {
        format: header.kind,
        width: header.width,
        height: header.height,
        bytes: header.bytes
      })
    )
    if (verdict.ok) ctx.io.out(say(ctx, 'fits', { platform, slot }))
    else {
      ctx.io.out(say(ctx, 'adjust'))
      for (const problem of verdict.problems) {
        ctx.io.out(`  - ${formatMessage(problem.code, ctx.lang, problem.params)}`)
      }
    }
    if (out && normalized) {
      const { mime, width, height } = normalized
      ctx.io.out(say(ctx, 'written', { file: out, mime, width, height, bytes: normalized.bytes }))
    }
    return 0
  } catch (error) {
    if (!(error instanceof KaitongError)) throw error
    ctx.io.err(describeError(error.toApiError(), ctx.lang))
    return 1
  }
}

export const MEDIA_COMMANDS: CommandSpec[] = [
  {
    name: 'media check',
    args: ['<image>'],
    options: { ...PLATFORM_OPTIONS, slot: { type: 'string' }, out: { type: 'string' } },
    optionsUsage: '--platform <p> --slot <slot> [--out file]',
    summary: {
      'zh-CN': '判断图片是否符合某平台某位置的要求；--out 写出规范化后的图片',
      en: 'judge a picture against a platform slot; --out writes the normalised file'
    },
    run: mediaCheck
  }
]
