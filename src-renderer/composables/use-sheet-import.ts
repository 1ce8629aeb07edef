import { computed, ref } from 'vue'
import type { ImportPreview, MethodInput } from '../../src-main/api/contract'
import { ImportPreviewSchema, ImportReportSchema } from '../../src-main/api/contract'
import type { ApiError } from '../../src-main/api/result'
import { useApi } from '../api/client'
import { useJob } from './use-job'
import { readBase64 } from './use-media'

export type { ImportPreview }
export type ImportReport = ReturnType<typeof ImportReportSchema.parse>
type PicturesInput = MethodInput<'imports.preview'>['pictures']

/** A folder's files carry their path below the chosen folder (`webkitRelativePath`). */
function pathInFolder(file: File): string {
  const relative = file.webkitRelativePath || file.name
  return relative.split('/').slice(1).join('/') || file.name
}

/**
 * The import dialog's work: read the chosen files as bytes (the renderer may not name paths
 * on disk), ask main for the preview (a job: document photos may be read, seconds each),
 * then run the import as a job; `job` follows whichever of the two is running.
 */
export function useSheetImport() {
  const api = useApi()
  const { job, follow, error: jobError } = useJob()
  const sheet = ref<File | null>(null)
  const folder = ref<File[]>([])
  const zip = ref<File | null>(null)
  /** Also read the document photos of rows that typed every field, to check what was typed. */
  const checkTyped = ref(false)
  const phase = ref<'choose' | 'reading' | 'preview' | 'running' | 'done'>('choose')
  const preview = ref<ImportPreview | null>(null)
  const report = ref<ImportReport | null>(null)
  const failure = ref<ApiError | null>(null)

  const importable = computed(
    () => preview.value?.rows.filter((row) => row.action !== 'refused').length ?? 0
  )

  async function picturesInput(): Promise<PicturesInput> {
    if (zip.value) {
      return { kind: 'zip', name: zip.value.name, dataBase64: await readBase64(zip.value) }
    }
    if (folder.value.length === 0) return undefined
    const files = []
    for (const file of folder.value) {
      files.push({ path: pathInFolder(file), dataBase64: await readBase64(file) })
    }
    return { kind: 'files', files }
  }

  /** The preview job while it runs; a stop asked before it started cancels it once it has. */
  let readingJob: string | null = null
  let stopAsked = false

  async function read(): Promise<void> {
    if (!sheet.value) return
    failure.value = null
    stopAsked = false
    phase.value = 'reading'
    const pictures = await picturesInput()
    job.value = null
    const started = await api['imports.preview']({
      sheet: { name: sheet.value.name, dataBase64: await readBase64(sheet.value) },
      ...(pictures ? { pictures } : {}),
      ...(pictures && checkTyped.value ? { checkTyped: true } : {})
    })
    if (started.ok) {
      readingJob = started.value.id
      if (stopAsked) await api['jobs.cancel']({ id: readingJob })
    }
    const ended = started.ok ? await follow(started.value.id) : null
    readingJob = null
    const parsed = ended?.state === 'done' ? ImportPreviewSchema.safeParse(ended.result) : null
    if (!parsed?.success) {
      // Canceled by the user: back to choosing, with nothing to report.
      failure.value = started.ok ? (ended?.error ?? jobError.value ?? null) : started.error
      phase.value = 'choose'
      return
    }
    preview.value = parsed.data
    phase.value = 'preview'
  }

  async function stopReading(): Promise<void> {
    stopAsked = true
    if (readingJob) await api['jobs.cancel']({ id: readingJob })
  }

  async function run(): Promise<void> {
    if (!preview.value) return
    failure.value = null
    const started = await api['imports.run']({ previewId: preview.value.previewId })
    if (!started.ok) {
      failure.value = started.error
      return
    }
    phase.value = 'running'
    const ended = await follow(started.value.id)
    if (ended?.state === 'failed' && ended.error) failure.value = ended.error
    const parsed = ImportReportSchema.safeParse(ended?.result)
    report.value = parsed.success ? parsed.data : null
    if (!ended && jobError.value) failure.value = jobError.value
    phase.value = 'done'
  }

  function reset(): void {
    phase.value = 'choose'
    preview.value = null
    report.value = null
    failure.value = null
  }

  return {
    sheet,
    folder,
    zip,
    checkTyped,
    phase,
    preview,
    report,
    failure,
    job,
    importable,
    read,
    run,
    stopReading,
    reset
  }
}
