import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import type { DocumentKind } from '../../domain/documents/document-read-schema'
import { interpolate, type Lang } from '../../domain/issue'
import { localCalendarDate } from '../../domain/local-date'
import { createDocumentReader } from '../../media/ocr/read-document'
import { formatMessage } from '../../platforms/messages'
import type { CommandSpec, OptionValues } from '../command'
import type { CliContext } from '../context'
import { fileUnreadable } from '../output'

const KINDS: Record<string, DocumentKind> = {
  licence: 'licence',
  'id-front': 'idFront',
  'id-back': 'idBack'
}

const TEXT = {
  badKind: {
    'zh-CN':
      '请用 --as 说明证件：licence（营业执照）、id-front（身份证人像面）或 id-back（国徽面）',
    en: 'Say which document with --as: licence, id-front (ID portrait side) or id-back (emblem side)'
  },
  quality: {
    'zh-CN': '照片：{verdict}（清晰度 {sharpness}，亮度 {brightness}）',
    en: 'Photo: {verdict} (sharpness {sharpness}, brightness {brightness})'
  },
  nothing: {
    'zh-CN': '没有读到证件上的字段，请确认照片是完整的证件，必要时重新拍摄',
    en: 'No fields could be read: check that the photo shows the whole document, and retake it if needed'
  },
  failed: {
    'zh-CN': '无法识别这张图片：{reason}',
    en: 'This picture could not be read: {reason}'
  }
} satisfies Record<string, Record<Lang, string>>

function say(ctx: CliContext, key: keyof typeof TEXT, params?: Record<string, string | number>) {
  return interpolate(TEXT[key][ctx.lang], params)
}

/** `kaitong media read`: what the offline OCR reads from a licence or ID-card photo. */
async function mediaRead(ctx: CliContext, [image]: string[], options: OptionValues) {
  const kind = KINDS[String(options['as'] ?? '')]
  if (!kind) {
    ctx.io.err(say(ctx, 'badKind'))
    return 2
  }
  let bytes: Buffer
  try {
    bytes = readFileSync(String(image))
  } catch (error) {
    ctx.io.err(fileUnreadable(String(image), error, ctx.lang))
    return 1
  }
  const reader = createDocumentReader()
  try {
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    const read = await reader.read(bytes, kind, { sha256, today: localCalendarDate(new Date()) })
    if (ctx.json) {
      ctx.io.out(JSON.stringify(read, null, 2))
      return 0
    }
    const { quality } = read
    ctx.io.out(
      say(ctx, 'quality', {
        verdict: formatMessage(`document.quality.${quality.verdict}`, ctx.lang),
        sharpness: quality.sharpness.toFixed(1),
        brightness: quality.brightness.toFixed(0)
      })
    )
    const entries = Object.entries(read.fields)
    if (entries.length === 0) ctx.io.out(say(ctx, 'nothing'))
    for (const [field, value] of entries) {
      const label = formatMessage(`document.field.${field}`, ctx.lang)
      const shown = field === 'longTerm' ? (value.value === 'true' ? '✓' : '—') : value.value
      ctx.io.out(`  ${label}: ${shown}  (${Math.round(value.confidence * 100)}%)`)
    }
    return 0
  } catch {
    // sharp and the OCR engine say "unsupported image format" and the like in English only.
    ctx.io.err(say(ctx, 'failed', { reason: String(image) }))
    return 1
  } finally {
    await reader.close()
  }
}

export const DOCUMENT_COMMANDS: CommandSpec[] = [
  {
    name: 'media read',
    args: ['<image>'],
    options: { as: { type: 'string' } },
    optionsUsage: '--as licence|id-front|id-back',
    summary: {
      'zh-CN': '离线识别营业执照或身份证照片上的字段（不联网）',
      en: 'read the fields of a licence or ID-card photo offline (no network)'
    },
    run: mediaRead
  }
]
