import { KaitongError, type ApiError, type Result } from '../api/result'
import { formatIssue, formatMessage } from '../platforms/messages'
import type { Lang } from '../domain/issue'
import { removeControls } from '../domain/text'

export interface Io {
  out(text: string): void
  err(text: string): void
  /** Rewrites one status line in place (a progress bar); only on a terminal. */
  status?(text: string): void
}

/** What reaches the terminal never carries control characters (a title with ESC [2J would act). */
export const processIo: Io = {
  out: (text) => process.stdout.write(removeControls(text) + '\n'),
  err: (text) => process.stderr.write(removeControls(text) + '\n'),
  ...(process.stderr.isTTY
    ? {
        status: (text: string) =>
          process.stderr.write(`\r${removeControls(text)}\x1b[K${text ? '' : '\r'}`)
      }
    : {})
}

/** An API error as the user reads it: the message, then each issue with its field path. */
export function describeError(error: ApiError, lang: Lang): string {
  const lines = [formatMessage(error.code, lang, error.params)]
  for (const found of error.issues ?? []) {
    lines.push(`  ${found.path || '(root)'}: ${formatIssue(found, lang)} [${found.code}]`)
  }
  return lines.join('\n')
}

/** Why the system could not read a file, in the user's words (its code for anything rarer). */
const READ_FAILURES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  ENOENT: { 'zh-CN': '文件不存在，请检查路径', en: 'there is no such file; check the path' },
  ENOTDIR: { 'zh-CN': '路径中有一段不是文件夹', en: 'part of the path is not a folder' },
  EISDIR: { 'zh-CN': '这是文件夹，请给出其中的文件', en: 'it is a folder; name a file in it' },
  EACCES: { 'zh-CN': '没有读取它的权限', en: 'you have no permission to read it' },
  EPERM: { 'zh-CN': '没有读取它的权限', en: 'you have no permission to read it' }
}

/** Says why `file` could not be read: Kaitong's own refusal as itself, the system's by reason. */
export function fileUnreadable(file: string, error: unknown, lang: Lang): string {
  if (error instanceof KaitongError) return describeError(error.toApiError(), lang)
  const code = (error as NodeJS.ErrnoException | null)?.code ?? ''
  const reason = READ_FAILURES[code]?.[lang] ?? (code || String(error))
  return describeError({ code: 'drafts.file_unreadable', params: { file, reason } }, lang)
}

/** Unwraps a call's result or prints its error and signals failure with undefined. */
export function unwrap<T>(result: Result<unknown>, io: Io, lang: Lang): T | undefined {
  if (result.ok) return result.value as T
  io.err(describeError(result.error, lang))
  return undefined
}
