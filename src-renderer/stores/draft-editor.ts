import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { MethodOutput } from '../../src-main/api/contract'
import type { ApiError } from '../../src-main/api/result'
import type { DraftContent } from '../../src-main/domain/draft'
import { useApi } from '../api/client'
import { useTeamStore } from './team'

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
  /**
   * On the team store: the revision the content on screen builds on (sent with each save, so
   * a colleague's change since is merged or shown as a conflict, never overwritten).
   */
  const baseRevision = ref<number | null>(null)
  /** A save refused because a colleague changed the same fields: the conflict view opens. */
  const conflict = ref<{ baseRevision: number; content: DraftContent } | null>(null)
  /** Fields a colleague changed that the last save merged in. */
  const merged = ref<string[]>([])
  const team = useTeamStore()

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
    baseRevision.value = result.value.revision
    conflict.value = null
    if (!team.status) await team.refresh()
  }

  /** `checkpoint` seals the revision: the merchant is leaving a step. */
  async function save(options: { checkpoint?: boolean } = {}): Promise<boolean> {
    if (!draft.value || !content.value) return true
    const sent = content.value
    // The form edits the content in place: what was sent is remembered as text.
    const sentJson = JSON.stringify(sent)
    const base = team.onTeam() ? baseRevision.value : null
    const result = await api['drafts.save']({
      id: draft.value.id,
      content: sent,
      ...(options.checkpoint ? { checkpoint: true } : {}),
      ...(base !== null ? { baseRevision: base } : {})
    })
    if (!result.ok) {
      saveError.value = result.error
      if (result.error.code === 'drafts.conflict' && base !== null) {
        conflict.value = { baseRevision: base, content: JSON.parse(sentJson) as DraftContent }
        // The conflict view names the fields in the merchant's words; the status only points to it.
        saveError.value = { code: 'team.conflict_shown', params: {} }
      }
      return false
    }
    saveError.value = null
    conflict.value = null
    draft.value.revision = result.value.revision
    baseRevision.value = result.value.revision
    savedAt.value = result.value.savedAt
    merged.value = result.value.mergedFromOthers
    // A colleague's fields merged in: show the stored content, unless typing went on meanwhile.
    if (merged.value.length > 0 && JSON.stringify(content.value) === sentJson) await reload()
    return true
  }

  /** Shows the stored draft (a colleague's newer revision) as the open one. */
  async function reload(): Promise<boolean> {
    if (!draft.value) return false
    const result = await api['drafts.get']({ id: draft.value.id })
    if (!result.ok) return false
    replace(result.value)
    return true
  }

  /** Shows a draft main has just changed (a restored revision) as the open one. */
  function replace(next: Draft): void {
    draft.value = next
    content.value = next.content
    savedAt.value = next.updatedAt
    baseRevision.value = next.revision
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
    baseRevision,
    conflict,
    merged,
    open,
    reload,
    save,
    replace,
    close
  }
})
