import { zodIssues } from '../domain/zod-issues'
import { CONTRACT, type HandlerInput, type MethodOutput } from './contract'
import { isMethodName, type MethodName } from './methods'
import { KaitongError, type Result } from './result'

export type Handlers = {
  [K in MethodName]: (input: HandlerInput<K>) => MethodOutput<K> | Promise<MethodOutput<K>>
}

export interface Router {
  dispatch(name: string, raw: unknown): Promise<Result<unknown>>
}

export interface RouterOptions {
  /** Re-validate outputs (dev and tests) to catch drift between handlers and contract. */
  checkOutput?: boolean
  log?: (message: string, error: unknown) => void
  /** Turns a known failure (a full disk, a locked database) into a user's error. */
  translate?: (error: unknown) => KaitongError | undefined
}

/**
 * The single door into main, whatever the transport (IPC, loopback HTTP, CLI): unknown
 * names and bad input are answered with a typed error before any handler runs, and no
 * exception ever crosses the boundary.
 */
export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  const log = options.log ?? ((message, error) => console.error(message, error))
  return {
    async dispatch(name, raw) {
      if (!isMethodName(name)) {
        return { ok: false, error: { code: 'api.unknown_method', params: { name } } }
      }
      const spec = CONTRACT[name]
      const parsed = spec.input.safeParse(raw ?? {}, { reportInput: true })
      if (!parsed.success) {
        return {
          ok: false,
          error: {
            code: 'api.invalid_input',
            params: { method: name },
            issues: zodIssues(parsed.error)
          }
        }
      }
      try {
        const handler = handlers[name] as (input: unknown) => unknown
        const value = await handler(parsed.data)
        if (options.checkOutput) spec.output.parse(value)
        return { ok: true, value }
      } catch (error) {
        const known = error instanceof KaitongError ? error : options.translate?.(error)
        if (known) return { ok: false, error: known.toApiError() }
        log(`[kaitong] ${name} failed`, error)
        return { ok: false, error: { code: 'api.internal', params: { method: name } } }
      }
    }
  }
}
