import { GatewayFailure } from './gateway'

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number
  /** The first wait; each next one doubles. */
  baseDelayMs: number
  sleep: (ms: number) => Promise<void>
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 1000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Retries only what may succeed unchanged (rate limits, server errors, timeouts); a business
 * error would fail the same way again, so it surfaces at once.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  onRetry: (failure: GatewayFailure, waitMs: number) => void = () => {}
): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt()
    } catch (error) {
      const retryable = error instanceof GatewayFailure && error.kind === 'transient'
      if (!retryable || tries >= policy.attempts) throw error
      const wait = policy.baseDelayMs * 2 ** (tries - 1)
      onRetry(error, wait)
      await policy.sleep(wait)
    }
  }
}
