import { z } from 'zod'
import type { Issue } from '../domain/issue'

/**
 * What every call returns across a boundary (IPC, HTTP harness, CLI): never a thrown
 * exception, because Electron passes only `message` through a rejected invoke.
 */
export const IssueSchema = z.object({
  code: z.string(),
  path: z.string(),
  severity: z.enum(['error', 'warning']),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional()
})

export const ApiErrorSchema = z.object({
  /** `area.snake_reason`; the i18n key is `error.<code>`. */
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  issues: z.array(IssueSchema).optional()
})
export type ApiError = z.output<typeof ApiErrorSchema>

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/** A failure the user can act on; the router turns it into `{ ok: false, error }`. */
export class KaitongError extends Error {
  constructor(
    readonly code: string,
    readonly params?: Record<string, string | number>,
    readonly issues?: Issue[]
  ) {
    super(code)
    this.name = 'KaitongError'
  }

  toApiError(): ApiError {
    return {
      code: this.code,
      ...(this.params ? { params: this.params } : {}),
      ...(this.issues ? { issues: this.issues } : {})
    }
  }
}
