import type { ApiError, Result } from '../api/result'
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

/** Unwraps a call's result or prints its error and signals failure with undefined. */
export function unwrap<T>(result: Result<unknown>, io: Io, lang: Lang): T | undefined {
  if (result.ok) return result.value as T
  io.err(describeError(result.error, lang))
  return undefined
}
