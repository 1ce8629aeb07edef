import { onMounted, ref } from 'vue'
import type { MethodOutput } from '../../src-main/api/contract'
import type { ApiError } from '../../src-main/api/result'
import type { PlatformId } from '../../src-main/platforms/adapter'
import { useApi } from '../api/client'
import { useDraftEditorStore } from '../stores/draft-editor'

export type ExportRecord = MethodOutput<'bundles.history'>[number]

/**
 * One platform's bundle in the current export, from waiting to written or refused; or
 * skipped, when an earlier bundle found the folder unwritable (the next would fail alike).
 */
export interface ExportRun {
  platform: PlatformId
  state: 'waiting' | 'writing' | 'done' | 'failed' | 'skipped'
  record?: ExportRecord
  error?: ApiError
}

const INTERNAL: ApiError = { code: 'internal' }

/** Failures of the folder or the disk, not of one platform's bundle. */
const FOLDER_FAILURES: ReadonlySet<string> = new Set([
  'bundle.write_failed',
  'bundle.folder_missing',
  'bundle.no_permission',
  'bundle.disk_full'
])

export function isFolderFailure(run: ExportRun): boolean {
  return run.state === 'failed' && FOLDER_FAILURES.has(run.error?.code ?? '')
}

/** The folder part of a written file's path, whichever separator the OS uses. */
export function folderOf(path: string): string {
  return path.slice(0, Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')))
}

export function fileNameOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
}

/**
 * The Export step's work: writing bundles one platform per call (so each shows its own
 * progress and result) into `outDir()` (undefined: the default folder), and the draft's
 * export history.
 */
export function useDraftExport(outDir: () => string | undefined) {
  const api = useApi()
  const editor = useDraftEditorStore()
  const history = ref<ExportRecord[]>([])
  const historyError = ref<ApiError | null>(null)
  const runs = ref<ExportRun[]>([])
  const busy = ref(false)

  async function loadHistory(): Promise<void> {
    const id = editor.draft?.id
    if (!id) return
    const result = await api['bundles.history']({ id })
    historyError.value = result.ok ? null : result.error
    if (result.ok) history.value = result.value
  }
  onMounted(() => void loadHistory())

  async function writeOne(id: string, run: ExportRun): Promise<void> {
    run.state = 'writing'
    const dir = outDir()
    const result = await api['bundles.export']({
      id,
      platforms: [run.platform],
      ...(dir ? { outDir: dir } : {})
    })
    const entry = result.ok ? result.value[0] : undefined
    if (entry?.ok) {
      run.state = 'done'
      run.record = entry.export
      return
    }
    run.state = 'failed'
    run.error = (result.ok ? entry?.error : result.error) ?? INTERNAL
  }

  /** Writes the platforms' bundles in turn; the Export button and "export again" share it. */
  async function exportPlatforms(platforms: readonly PlatformId[]): Promise<void> {
    const id = editor.draft?.id
    if (!id || busy.value || platforms.length === 0) return
    busy.value = true
    runs.value = platforms.map((platform) => ({ platform, state: 'waiting' }))
    try {
      // A bundle is built from the saved revision: save what is still pending first.
      const saved = await editor.save()
      let folderFailed = false
      for (const run of runs.value) {
        if (folderFailed) {
          run.state = 'skipped'
        } else if (saved) {
          await writeOne(id, run)
          folderFailed = isFolderFailure(run)
        } else {
          run.state = 'failed'
          run.error = editor.saveError ?? INTERNAL
        }
      }
    } finally {
      busy.value = false
      await loadHistory()
    }
  }

  async function reveal(record: ExportRecord) {
    return api['bundles.reveal']({ exportId: record.id })
  }

  return {
    history,
    historyError,
    loadHistory,
    runs,
    busy,
    exportPlatforms,
    reveal
  }
}
