import { ref } from 'vue'
import type { MethodInput, MethodOutput } from '../../src-main/api/contract'
import type { ApiError } from '../../src-main/api/result'
import { useApi } from '../api/client'

export type SubmissionView = MethodOutput<'submissions.forDraft'>[number]

/** One draft's attempts in the ledger, and the two ways to add to them by hand. */
export function useSubmissions(draftId: () => string) {
  const api = useApi()
  const attempts = ref<SubmissionView[]>([])
  const error = ref<ApiError | null>(null)
  const busy = ref(false)

  async function load(): Promise<void> {
    const result = await api['submissions.forDraft']({ id: draftId() })
    if (result.ok) attempts.value = result.value
    else error.value = result.error
  }

  async function run(call: () => ReturnType<(typeof api)['submissions.mark']>): Promise<boolean> {
    busy.value = true
    error.value = null
    try {
      const result = await call()
      if (!result.ok) {
        error.value = result.error
        return false
      }
      await load()
      return true
    } finally {
      busy.value = false
    }
  }

  return {
    attempts,
    error,
    busy,
    load,
    mark: (input: Omit<MethodInput<'submissions.mark'>, 'draftId'>) =>
      run(() => api['submissions.mark']({ ...input, draftId: draftId() })),
    importAnswer: (input: Omit<MethodInput<'submissions.importAnswer'>, 'draftId'>) =>
      run(() => api['submissions.importAnswer']({ ...input, draftId: draftId() }))
  }
}
