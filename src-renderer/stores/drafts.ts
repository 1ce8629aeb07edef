import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { MethodOutput } from '../../src-main/api/contract'
import type { ApiError } from '../../src-main/api/result'
import { useApi } from '../api/client'

type DraftSummary = MethodOutput<'drafts.list'>[number]

/** The drafts list: every action returns the error instead of throwing, for the view to show. */
export const useDraftsStore = defineStore('drafts', () => {
  const api = useApi()
  const items = ref<DraftSummary[]>([])
  const loading = ref(false)
  const error = ref<ApiError | null>(null)

  async function refresh(): Promise<void> {
    loading.value = true
    const result = await api['drafts.list']({})
    loading.value = false
    if (result.ok) {
      items.value = result.value
      error.value = null
    } else error.value = result.error
  }

  async function create(title: string) {
    const result = await api['drafts.create']({ title })
    if (result.ok) await refresh()
    return result
  }

  async function rename(id: string, title: string) {
    const result = await api['drafts.rename']({ id, title })
    if (result.ok) await refresh()
    return result
  }

  async function remove(id: string) {
    const result = await api['drafts.delete']({ id })
    if (result.ok) await refresh()
    return result
  }

  return { items, loading, error, refresh, create, rename, remove }
})
