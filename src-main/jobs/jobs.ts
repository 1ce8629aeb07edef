import { randomUUID } from 'node:crypto'
import { KaitongError, type ApiError } from '../api/result'

/**
 * Long work (bulk import, bulk export, reading documents) runs as a job: the call that starts
 * it returns at once with the job's id, and the renderer polls `jobs.get` for progress. Polling
 * keeps the one request/response contract for every door (IPC, harness, CLI) instead of a
 * second, event-shaped channel.
 */
export type JobState = 'running' | 'done' | 'failed' | 'canceled'

export interface JobView {
  id: string
  kind: string
  state: JobState
  done: number
  total: number
  /** What is being worked on now, for the progress line (a merchant's name, a file). */
  label?: string
  startedAt: string
  finishedAt?: string
  /** The area's own report; its schema lives beside the method that started the job. */
  result?: unknown
  error?: ApiError
}

export interface JobContext {
  signal: AbortSignal
  progress: (done: number, total: number, label?: string) => void
}

export interface Jobs {
  start(kind: string, run: (context: JobContext) => Promise<unknown>): JobView
  get(id: string): JobView
  cancel(id: string): JobView
  /** Resolves when the job has ended, whatever its outcome (tests, CLI and shutdown). */
  settled(id: string): Promise<JobView>
}

/** Finished jobs are kept for the renderer to read their report, then forgotten. */
const KEEP_FINISHED = 50

export function createJobs(
  options: { translate?: (error: unknown) => KaitongError | undefined } = {}
): Jobs {
  const jobs = new Map<
    string,
    { view: JobView; controller: AbortController; ended: Promise<JobView> }
  >()

  function forgetOld() {
    const finished = [...jobs.values()].filter((job) => job.view.state !== 'running')
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      jobs.delete(job.view.id)
    }
  }

  function find(id: string) {
    const job = jobs.get(id)
    if (!job) throw new KaitongError('jobs.not_found', { id })
    return job
  }

  function failure(error: unknown): ApiError {
    const known = error instanceof KaitongError ? error : options.translate?.(error)
    return known ? known.toApiError() : { code: 'api.internal', params: { method: 'jobs' } }
  }

  return {
    start(kind, run) {
      const controller = new AbortController()
      const view: JobView = {
        id: randomUUID(),
        kind,
        state: 'running',
        done: 0,
        total: 0,
        startedAt: new Date().toISOString()
      }
      const context: JobContext = {
        signal: controller.signal,
        progress(done, total, label) {
          view.done = done
          view.total = total
          if (label === undefined) delete view.label
          else view.label = label
        }
      }
      const ended = (async () => {
        try {
          view.result = await run(context)
          view.state = controller.signal.aborted ? 'canceled' : 'done'
        } catch (error) {
          if (controller.signal.aborted) view.state = 'canceled'
          else {
            view.state = 'failed'
            view.error = failure(error)
          }
        }
        view.finishedAt = new Date().toISOString()
        forgetOld()
        return { ...view }
      })()
      jobs.set(view.id, { view, controller, ended })
      return { ...view }
    },
    get: (id) => ({ ...find(id).view }),
    cancel(id) {
      const job = find(id)
      if (job.view.state === 'running') job.controller.abort()
      return { ...job.view }
    },
    settled: (id) => find(id).ended
  }
}
