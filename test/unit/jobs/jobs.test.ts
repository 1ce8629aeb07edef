import { describe, expect, it } from 'vitest'
import { createJobs } from '../../../src-main/jobs/jobs'
import { KaitongError } from '../../../src-main/api/result'

describe('jobs', () => {
  it('reports progress while running and the result once done', async () => {
    const jobs = createJobs()
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const started = jobs.start('test', async ({ progress }) => {
      progress(1, 3, 'first')
      await gate
      progress(3, 3)
      return { written: 3 }
    })
    await Promise.resolve()
    expect(jobs.get(started.id)).toMatchObject({
      state: 'running',
      done: 1,
      total: 3,
      label: 'first'
    })
    release()
    const ended = await jobs.settled(started.id)
    expect(ended).toMatchObject({ state: 'done', done: 3, total: 3, result: { written: 3 } })
    expect(ended.label).toBeUndefined()
  })

  it('marks a canceled job canceled and lets the work see the abort signal', async () => {
    const jobs = createJobs()
    let sawAbort = false
    const started = jobs.start('test', ({ signal }) => {
      return new Promise((resolve) => {
        signal.addEventListener('abort', () => {
          sawAbort = true
          resolve(null)
        })
      })
    })
    jobs.cancel(started.id)
    expect((await jobs.settled(started.id)).state).toBe('canceled')
    expect(sawAbort).toBe(true)
  })

  it('turns a known failure into the user-facing error and hides unexpected ones', async () => {
    const jobs = createJobs()
    const known = jobs.start('test', () => Promise.reject(new KaitongError('import.sheet_empty')))
    const unknown = jobs.start('test', () => Promise.reject(new Error('boom at /tmp/x')))
    expect((await jobs.settled(known.id)).error).toEqual({ code: 'import.sheet_empty' })
    expect((await jobs.settled(unknown.id)).error?.code).toBe('api.internal')
  })

  it('answers an unknown id with jobs.not_found', () => {
    expect(() => createJobs().get('nope')).toThrow(KaitongError)
  })
})
