import type { Result } from '../../src-main/api/result'
import type { Transport } from './transport'

/** The e2e harness: same origin, token from the page URL (`?harness=<token>`). */
export function harnessToken(search: string): string | undefined {
  return new URLSearchParams(search).get('harness') ?? undefined
}

export function createHttpTransport(token: string, base = ''): Transport {
  return {
    mediaUrl: (sha256) => `${base}/media/${sha256}?harness=${token}`,
    async call(method, input) {
      try {
        const response = await fetch(`${base}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-kaitong-token': token },
          body: JSON.stringify(input ?? {})
        })
        return (await response.json()) as Result<unknown>
      } catch {
        return { ok: false, error: { code: 'api.unreachable' } }
      }
    }
  }
}
