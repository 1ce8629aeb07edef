import { KaitongError } from '../../api/result'
import type { DraftContent } from '../../domain/draft'
import { interpolate, type Lang } from '../../domain/issue'
import { localCalendarDate } from '../../domain/local-date'
import { PaymentProviderId } from '../../domain/payment-setup'
import { loadWechatPayKey } from '../../keys/platform-key'
import { createWechatPayEncryptor } from '../../keys/wechat-pay-encryptor'
import type {
  BundlePart,
  PayloadOptions,
  PlatformAdapter,
  ResolvedMedia
} from '../../platforms/adapter'
import { formatIssue } from '../../platforms/messages'
import { ADAPTERS } from '../../platforms/registry'
import { reviewPlatform } from '../../platforms/review'
import type { CommandSpec, OptionValues } from '../command'
import type { CliContext } from '../context'
import { describeError } from '../output'
import { ID_OPTION, printDraftHead, readDraftSources } from './validate'

/**
 * `kaitong payload`: the onboarding request(s) a payment provider takes for a draft file,
 * without a bundle. A preview: precheck findings are printed as warnings and the requests
 * are printed anyway; `kaitong bundle` is the command that refuses a draft with errors.
 */

/**
 * Pictures by their ORIGINAL's hash, as `media/<sha256>.<ext>`: a preview has no bundle. The
 * extension is the slot's preferred format (what normalisation writes), because the calls
 * read it (Alipay's `image_type`). The bundle holds the normalised files instead, named by
 * their own hash and actual format, so its references differ; their size is unknown here.
 */
export function previewMedia(adapter: PlatformAdapter): ResolvedMedia {
  return {
    file(slot, source) {
      const format = adapter.mediaSpecs[slot]?.formats[0] ?? 'jpeg'
      const extension = format === 'jpeg' ? 'jpg' : format
      return { path: `media/${source}.${extension}`, sha256: source, bytes: 0 }
    }
  }
}

const TEXT = {
  badPlatform: {
    'zh-CN': '--platform 应为 wechat-pay 或 alipay，收到 {value}',
    en: '--platform must be wechat-pay or alipay, got {value}'
  },
  certOnlyWechat: {
    'zh-CN': '--cert 只用于 wechat-pay：支付宝进件不加密字段',
    en: '--cert applies to wechat-pay only: Alipay onboarding encrypts no fields'
  },
  keyIdWithoutCert: {
    'zh-CN': '--key-id 需要与 --cert 一起使用',
    en: '--key-id needs --cert'
  },
  warning: { 'zh-CN': '警告', en: 'warning' },
  precheck: {
    'zh-CN': '预检发现 {count} 个问题：以上请求只是预览，kaitong bundle 会拒绝导出有错误的草稿',
    en: 'The precheck found {count} issue: the requests are a preview only; kaitong bundle refuses a draft with errors | The precheck found {count} issues: the requests are a preview only; kaitong bundle refuses a draft with errors'
  },
  unencrypted: {
    'zh-CN':
      '敏感字段未加密（见各请求的 placeholders）：用 --cert 指定微信支付公钥或平台证书，或由上传方在提交前加密',
    en: 'Sensitive fields are not encrypted (see each request’s placeholders): pass the WeChat Pay public key or platform certificate with --cert, or the uploader encrypts them before submitting'
  },
  call: { 'zh-CN': '第 {index} 步', en: 'Step {index}' }
} satisfies Record<string, Record<Lang, string>>

function text(key: keyof typeof TEXT, lang: Lang, params?: Record<string, string | number>) {
  return interpolate(TEXT[key][lang], params)
}

function stringOption(options: OptionValues, name: string): string | undefined {
  const value = options[name]
  return typeof value === 'string' ? value : undefined
}

/** The precheck the bundle writer runs, printed as warnings: nothing here refuses. */
function warnPrecheck(ctx: CliContext, platform: PaymentProviderId, content: DraftContent): void {
  const { issues } = reviewPlatform(platform, content, { today: localCalendarDate(new Date()) })
  if (issues.length === 0) return
  const label = text('warning', ctx.lang)
  for (const found of issues) {
    ctx.io.err(`${label}  ${found.path}  ${formatIssue(found, ctx.lang)}  [${found.code}]`)
  }
  ctx.io.err(text('precheck', ctx.lang, { count: issues.length }))
}

/** One call as a person reads it: which step, the method, then its body and files as JSON. */
function printCall(ctx: CliContext, part: BundlePart, index: number): void {
  ctx.io.out(
    `# ${text('call', ctx.lang, { index: index + 1 })}: ${part.name}  ${part.endpoint}  (${part.contentType})`
  )
  const shown = part.files ? { body: part.body, files: part.files } : part.body
  ctx.io.out(JSON.stringify(shown, null, 2))
}

export async function printPayload(
  ctx: CliContext,
  [file]: string[],
  options: OptionValues
): Promise<number> {
  const platform = PaymentProviderId.safeParse(options['platform'])
  if (!platform.success) {
    ctx.io.err(text('badPlatform', ctx.lang, { value: String(options['platform'] ?? '') }))
    return 2
  }
  const cert = stringOption(options, 'cert')
  const keyId = stringOption(options, 'key-id')
  if (cert !== undefined && platform.data !== 'wechat-pay') {
    ctx.io.err(text('certOnlyWechat', ctx.lang))
    return 2
  }
  if (keyId !== undefined && cert === undefined) {
    ctx.io.err(text('keyIdWithoutCert', ctx.lang))
    return 2
  }
  const sources = await readDraftSources(ctx, file, options)
  if (typeof sources === 'number') return sources

  let encrypt: PayloadOptions['encrypt']
  const printed = []
  try {
    encrypt = cert
      ? createWechatPayEncryptor(await loadWechatPayKey(cert, keyId ? { keyId } : {}))
      : undefined
    for (const source of sources) {
      const { content } = source
      const adapter = ADAPTERS[platform.data]
      const parts: BundlePart[] = adapter.buildPayload(content, previewMedia(adapter), {
        now: new Date(),
        attempt: content.payment.wechat.attempt,
        ...(encrypt ? { encrypt } : {})
      })
      printDraftHead(ctx, source)
      warnPrecheck(ctx, platform.data, content)
      if (parts.some((part) => part.placeholders?.some((entry) => entry.kind === 'encrypt'))) {
        ctx.io.err(text('unencrypted', ctx.lang))
      }
      if (ctx.json)
        printed.push(
          source.id === undefined ? parts : { id: source.id, title: source.title, parts }
        )
      else parts.forEach((part, index) => printCall(ctx, part, index))
    }
  } catch (error) {
    if (!(error instanceof KaitongError)) throw error
    ctx.io.err(describeError(error.toApiError(), ctx.lang))
    return 1
  }
  // A draft file prints its calls alone, as before; stored drafts one entry each.
  if (ctx.json)
    ctx.io.out(JSON.stringify(sources[0]?.id === undefined ? printed[0] : printed, null, 2))
  return 0
}

export const PAYLOAD_COMMANDS: CommandSpec[] = [
  {
    name: 'payload',
    args: ['[draft.json]'],
    options: {
      ...ID_OPTION,
      platform: { type: 'string' },
      cert: { type: 'string' },
      'key-id': { type: 'string' }
    },
    optionsUsage: '[--id ID…] --platform wechat-pay|alipay [--cert file] [--key-id ID]',
    summary: {
      'zh-CN': '打印草稿在该支付渠道的进件请求（JSON 预览，图片按原图哈希引用）',
      en: "print the draft's onboarding requests for a payment provider (JSON preview, pictures by original hash)"
    },
    run: printPayload
  }
]
