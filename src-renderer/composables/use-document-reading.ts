import { computed, ref, watch } from 'vue'
import {
  DocumentRead,
  type DocumentKind
} from '../../src-main/domain/documents/document-read-schema'
import {
  applyDocumentRead,
  confirmDocumentReads,
  DOCUMENT_TARGETS
} from '../../src-main/domain/documents/document-reads'
import { readDraftPath } from '../../src-main/domain/draft-path'
import { MERCHANT_PATH_PREFIX } from '../../src-main/domain/merchant-fields'
import { useApi } from '../api/client'
import { useDraftEditorStore } from '../stores/draft-editor'
import { useJob } from './use-job'

export type ReadingState = 'idle' | 'reading' | 'done' | 'failed'

/** Photos already sent to the reader in this session, so a failed read is not retried in a loop. */
const attempted = new Set<string>()

/**
 * Reads a document photo as soon as it is put in its slot (picked, dropped or pasted) and fills the profile's still-empty fields from it. The read runs in main's
 * worker; the fill happens here, on the open draft, so autosave stores it like typing.
 */
export function useDocumentReading(kind: DocumentKind) {
  const api = useApi()
  const editor = useDraftEditorStore()
  const { job, follow } = useJob()
  const state = ref<ReadingState>('idle')
  const filled = ref(0)
  const photoPath = DOCUMENT_TARGETS[kind].photo.slice(MERCHANT_PATH_PREFIX.length)

  const photo = computed(() => {
    const merchant = editor.content?.merchant
    const ref = merchant && (readDraftPath(merchant, photoPath) as { sha256: string } | null)
    return ref?.sha256 ?? null
  })
  /** A photo in the slot that was never read (a draft opened with it): read on request. */
  const unread = computed(
    () =>
      state.value === 'idle' &&
      !!photo.value &&
      editor.content?.merchant.documentReads[kind]?.sha256 !== photo.value
  )
  const unconfirmed = computed(() => editor.content?.merchant.readFromPhoto.length ?? 0)

  async function read(sha256: string): Promise<void> {
    attempted.add(`${kind}:${sha256}`)
    state.value = 'reading'
    try {
      await readAndFill(sha256)
    } catch {
      state.value = 'failed'
    }
  }

  async function readAndFill(sha256: string): Promise<void> {
    const started = await api['documents.read']({ sha256, kind })
    const ended = started.ok ? await follow(started.value.id) : null
    const parsed = ended?.state === 'done' ? DocumentRead.safeParse(ended.result) : null
    const content = editor.content
    if (!parsed?.success || !content) {
      state.value = 'failed'
      return
    }
    // The merchant replaced the photo while it was being read: this read is stale.
    if (photo.value !== sha256) return
    const applied = applyDocumentRead(content.merchant, parsed.data)
    content.merchant = applied.merchant
    filled.value = applied.filled.length
    state.value = 'done'
  }

  watch(
    photo,
    (sha256) => {
      const merchant = editor.content?.merchant
      if (!sha256 || !merchant) return
      if (merchant.documentReads[kind]?.sha256 === sha256) return
      if (attempted.has(`${kind}:${sha256}`)) return
      void read(sha256)
    },
    // Not on opening the step: only a photo put into the slot now is read (a draft opened
    // with photos is not re-read behind the merchant's back; "重新读取" reads it on request).
    {}
  )

  function confirmAll(): void {
    if (editor.content) editor.content.merchant = confirmDocumentReads(editor.content.merchant)
  }

  function retry(): void {
    if (photo.value) void read(photo.value)
  }

  return { state, job, filled, unread, unconfirmed, confirmAll, retry }
}
