import { watchDebounced } from '@vueuse/core'
import { shallowRef } from 'vue'
import { localCalendarDate } from '../../src-main/domain/local-date'
import { draftStatus, type DraftStatus } from '../../src-main/platforms/draft-status'
import { useDraftEditorStore } from '../stores/draft-editor'

/**
 * The open draft's step and sub-step states (draft-status.ts: the Review's own lists),
 * recomputed a moment after typing stops so a keystroke never waits for every platform's rules.
 */
export function useDraftStatus() {
  const editor = useDraftEditorStore()
  const status = shallowRef<DraftStatus | null>(null)
  watchDebounced(
    () => editor.content,
    (content) => {
      status.value = content ? draftStatus(content, localCalendarDate(new Date())) : null
    },
    { deep: true, debounce: 250, immediate: true }
  )
  return status
}
