import { watchDebounced } from '@vueuse/core'
import { onBeforeUnmount, ref, watch, type WatchSource } from 'vue'

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error'

/**
 * Saves `source` after `delayMs` of quiet; `flush()` saves at once (route leave, window
 * close). One save runs at a time; a change made during a save is saved right after.
 */
export function useAutosave(
  source: WatchSource<unknown>,
  save: () => Promise<boolean>,
  options: { delayMs?: number } = {}
) {
  const status = ref<SaveStatus>('idle')
  let dirty = false
  let running: Promise<void> | null = null

  async function run(): Promise<void> {
    while (dirty) {
      dirty = false
      status.value = 'saving'
      const ok = await save()
      status.value = ok ? (dirty ? 'pending' : 'saved') : 'error'
      if (!ok) return
    }
  }

  function flush(): Promise<void> {
    if (!dirty) return running ?? Promise.resolve()
    running ??= run().finally(() => (running = null))
    return running
  }

  watchDebounced(
    source,
    () => {
      void flush()
    },
    { deep: true, debounce: options.delayMs ?? 600 }
  )
  // Marked dirty immediately so a flush before the debounce fires still saves.
  const stopDirty = watch(
    source,
    (value, previous) => {
      // A new object is a draft being loaded, not an edit.
      if (value !== previous) return
      dirty = true
      if (status.value !== 'saving') status.value = 'pending'
    },
    { deep: true, flush: 'sync' }
  )

  const onUnload = () => void flush()
  window.addEventListener('beforeunload', onUnload)
  onBeforeUnmount(() => {
    window.removeEventListener('beforeunload', onUnload)
    stopDirty()
    void flush()
  })

  return { status, flush }
}
