import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { MethodOutput } from '../../src-main/api/contract'
import type { ApiError } from '../../src-main/api/result'
import type { DraftContent } from '../../src-main/domain/draft'
import { useApi } from '../api/client'

type Draft = MethodOutput<'drafts.get'>

/** The open draft: its content (edited in place by the wizard), revision and save result. */
export const useDraftEditorStore = defineStore('draft-editor', () => {
  const api = useApi()
  const draft = ref<Draft | null>(null)
  const content = ref<DraftContent | null>(null)
  const loadError = ref<ApiError | null>(null)
  const saveError = ref<ApiError | null>(null)
  const savedAt = ref<string | null>(null)
  /** Picture imports still running: leaving now would lose the pictures not yet stored. */
  const importsInFlight = ref(0)

  async function open(id: string): Promise<void> {
    if (draft.value?.id === id) return
    draft.value = null
    content.value = null
    loadError.value = null
    const result = await api['drafts.get']({ id })
    if (!result.ok) {
      loadError.value = result.error
      return
    }
    draft.value = result.value
    content.value = result.value.content
    savedAt.value = result.value.updatedAt
  }

  /** `checkpoint` seals the revision: the merchant is leaving a step. */
  async function save(options: { checkpoint?: boolean } = {}): Promise<boolean> {
    if (!draft.value || !content.value) return true
    const result = await api['drafts.save']({
      id: draft.value.id,
      content: content.value,
      ...(options.checkpoint ? { checkpoint: true } : {})
    })
    if (!result.ok) {
      saveError.value = result.error
      return false
    }
    saveError.value = null
    draft.value.revision = result.value.revision
    savedAt.value = result.value.savedAt
    return true
  }

  /** Shows a draft main has just changed (a restored revision) as the open one. */
  function replace(next: Draft): void {
    draft.value = next
    content.value = next.content
    savedAt.value = next.updatedAt
  }

  function close(): void {
    draft.value = null
    content.value = null
  }

  return {
    draft,
    content,
    loadError,
    saveError,
    savedAt,
    importsInFlight,
    open,
    save,
    replace,
    close
  }
})
