import { watch, type Ref } from 'vue'
import type { DraftContent } from '../../src-main/domain/draft'
import { syncPrefills, syncSources } from '../../src-main/domain/prefill'

/**
 * Keeps the open draft's repeated fields (legal representative, store address, privacy
 * contact, the only possible account type) following what they repeat, by the pure rules of
 * domain/prefill.ts, whenever the merchant changes a source. Opening a draft changes nothing
 * (a save nobody asked for could overwrite other edits): the "与营业执照一致" lines offer it.
 */
export function usePrefill(draftId: () => string | undefined, content: Ref<DraftContent | null>) {
  let before: string[] | null = null
  let openedId: string | undefined
  watch(
    () => {
      const current = content.value
      if (!current) return ''
      const { subjectType, legalRep } = current.merchant
      return [draftId() ?? '', subjectType, legalRep.holder, ...syncSources(current)].join('\u0000')
    },
    () => {
      const current = content.value
      if (!current) return
      // Another draft: its copies follow its own sources from now on.
      if (draftId() !== openedId || before === null) {
        openedId = draftId()
        before = syncSources(current)
        return
      }
      syncPrefills(current, before)
      before = syncSources(current)
    },
    { immediate: true }
  )
}
