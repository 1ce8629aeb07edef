/** The clock a limiter waits on; tests pass their own. */
export interface LimiterClock {
  now(): number
  sleep(ms: number): Promise<void>
}

const REAL_CLOCK: LimiterClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * At most `limit` requests started per `windowMs` for each key, over a sliding window: a
 * caller waits until the oldest start in the window has left it. Shared by every send, so
 * concurrent sends for one merchant number together stay under the platform's limit.
 */
export function createRateLimiter(limit: number, windowMs: number, clock = REAL_CLOCK) {
  const starts = new Map<string, number[]>()
  return async function acquire(key: string): Promise<void> {
    for (;;) {
      const now = clock.now()
      const recent = (starts.get(key) ?? []).filter((time) => now - time < windowMs)
      if (recent.length < limit) {
        recent.push(now)
        starts.set(key, recent)
        return
      }
      starts.set(key, recent)
      await clock.sleep(recent[0]! + windowMs - now)
    }
  }
}
