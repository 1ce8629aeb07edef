import { onBeforeUnmount, ref } from 'vue'
import type { MethodOutput } from '../../src-main/api/contract'
import type { ApiError } from '../../src-main/api/result'
import { useApi } from '../api/client'

export type JobView = MethodOutput<'jobs.get'>

const POLL_MS = 250

/**
 * Follows a background job started by another call (bulk import, bulk export): `job` holds its
 * progress for a progress bar, `wait()` resolves with its final view. Polling stops when the
 * component goes away; the job itself goes on in main until it ends or is canceled.
 */
export function useJob() {
  const api = useApi()
  const job = ref<JobView | null>(null)
  const error = ref<ApiError | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  function follow(id: string): Promise<JobView | null> {
    error.value = null
    return new Promise((resolve) => {
      const poll = async () => {
        if (stopped) return resolve(job.value)
        const result = await api['jobs.get']({ id })
        if (!result.ok) {
          error.value = result.error
          return resolve(null)
        }
        job.value = result.value
        if (result.value.state !== 'running') return resolve(result.value)
        timer = setTimeout(() => void poll(), POLL_MS)
      }
      void poll()
    })
  }

  async function cancel(): Promise<void> {
    if (job.value?.state === 'running') await api['jobs.cancel']({ id: job.value.id })
  }

  onBeforeUnmount(() => {
    stopped = true
    clearTimeout(timer)
  })

  return { job, error, follow, cancel }
}
