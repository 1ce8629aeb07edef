import { describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../../src-main/submit/rate-limit'

/** A clock that advances only when a caller sleeps, so waits are exact and instant. */
function manualClock() {
  let time = 0
  return {
    now: () => time,
    sleep: (ms: number) => {
      time += ms
      return Promise.resolve()
    }
  }
}

describe('the upload rate limiter', () => {
  it('lets ten uploads a second through for one merchant and holds the rest for the next second', async () => {
    const clock = manualClock()
    const acquire = createRateLimiter(10, 1000, clock)
    const started: number[] = []
    for (let index = 0; index < 25; index += 1) {
      await acquire('1900013511')
      started.push(clock.now())
    }
    expect(started.filter((time) => time < 1000)).toHaveLength(10)
    expect(started.filter((time) => time >= 1000 && time < 2000)).toHaveLength(10)
    expect(started.filter((time) => time >= 2000)).toHaveLength(5)
  })

  it('counts each merchant number on its own', async () => {
    const clock = manualClock()
    const acquire = createRateLimiter(10, 1000, clock)
    for (let index = 0; index < 10; index += 1) await acquire('1900013511')
    await acquire('1900000109')
    expect(clock.now()).toBe(0)
  })

  it('never has more than ten starts inside any one-second window', async () => {
    const clock = manualClock()
    const acquire = createRateLimiter(10, 1000, clock)
    const started: number[] = []
    for (let index = 0; index < 40; index += 1) {
      await acquire('1900013511')
      started.push(clock.now())
      if (index % 7 === 0) await clock.sleep(130)
    }
    for (const start of started) {
      expect(
        started.filter((time) => time >= start && time < start + 1000).length
      ).toBeLessThanOrEqual(10)
    }
  })
})
