import { onBeforeUnmount, onMounted } from 'vue'

/**
 * Runs `step` when the component mounts, then again `ms` after each run ends (never two at
 * once), until the component unmounts or a run answers `false`.
 */
export function useRepeat(step: () => Promise<boolean | void>, ms: number): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  async function run(): Promise<void> {
    if (stopped) return
    const again = await step()
    if (!stopped && again !== false) timer = setTimeout(() => void run(), ms)
  }
  onMounted(() => void run())
  onBeforeUnmount(() => {
    stopped = true
    clearTimeout(timer)
  })
}
