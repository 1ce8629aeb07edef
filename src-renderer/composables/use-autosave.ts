import { watchDebounced } from '@vueuse/core'
import { computed, onBeforeUnmount, ref, watch, type WatchSource } from 'vue'

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'retrying'

/** Waits before each retry of a failed save; the last one repeats until a save succeeds. */
export const RETRY_DELAYS_MS: readonly number[] = [500, 1000, 2000, 4000, 8000, 15_000]

export interface SaveLoopOptions {
  retryDelaysMs?: readonly number[]
}

/**
 * The save loop behind autosave: the content stays dirty until a save is acknowledged; a
 * refused save (the database busy with an import, a full disk, main restarting) is retried
 * with growing pauses, never dropped. One save runs at a time; a change made during a save is
 * saved right after it.
 */
export function createSaveLoop(save: () => Promise<boolean>, options: SaveLoopOptions = {}) {
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS
  const status = ref<SaveStatus>('idle')
  const failures = ref(0)
  let dirty = false
  let running: Promise<void> | null = null
  let retryTimer: ReturnType<typeof setTimeout> | undefined

  function scheduleRetry(): void {
    clearTimeout(retryTimer)
    const delay = delays[Math.min(failures.value - 1, delays.length - 1)] ?? 1000
    retryTimer = setTimeout(() => void flush(), delay)
  }

  async function run(): Promise<void> {
    while (dirty) {
      dirty = false
      status.value = 'saving'
      const ok = await save().catch(() => false)
      if (!ok) {
        dirty = true
        failures.value += 1
        status.value = 'retrying'
        scheduleRetry()
        return
      }
      failures.value = 0
      status.value = dirty ? 'pending' : 'saved'
    }
  }

  function flush(): Promise<void> {
    if (!dirty) return running ?? Promise.resolve()
    clearTimeout(retryTimer)
    running ??= run().finally(() => (running = null))
    return running
  }

  function markDirty(): void {
    dirty = true
    if (status.value !== 'saving' && status.value !== 'retrying') status.value = 'pending'
  }

  function stop(): void {
    clearTimeout(retryTimer)
  }

  /** Something typed is not yet acknowledged by main. */
  const unsaved = computed(() => status.value !== 'idle' && status.value !== 'saved')

  return { status, failures, unsaved, flush, markDirty, stop, isDirty: () => dirty }
}

/**
 * Saves `source` after `delayMs` of quiet; `flush()` saves at once (step or route leave).
 * While anything is unsaved, closing or reloading the window asks first (beforeunload; in
 * Electron the window's close guard turns that into a dialog).
 */
export function useAutosave(
  source: WatchSource<unknown>,
  save: () => Promise<boolean>,
  options: {
    delayMs?: number
    /** Other work that leaving would lose (pictures still importing). */
    holds?: () => boolean
  } & SaveLoopOptions = {}
) {
  const loop = createSaveLoop(save, options)

  watchDebounced(source, () => void loop.flush(), {
    deep: true,
    debounce: options.delayMs ?? 600
  })
  // Marked dirty immediately so a flush before the debounce fires still saves.
  const stopDirty = watch(
    source,
    (value, previous) => {
      // A new object is a draft being loaded, not an edit.
      if (value !== previous) return
      loop.markDirty()
    },
    { deep: true, flush: 'sync' }
  )

  const onUnload = (event: BeforeUnloadEvent) => {
    void loop.flush()
    if (loop.unsaved.value || options.holds?.()) {
      event.preventDefault()
      // Older engines (and Electron) read returnValue.
      event.returnValue = ''
    }
  }
  window.addEventListener('beforeunload', onUnload)
  onBeforeUnmount(() => {
    window.removeEventListener('beforeunload', onUnload)
    stopDirty()
    void loop.flush()
  })

  return { status: loop.status, unsaved: loop.unsaved, failures: loop.failures, flush: loop.flush }
}
