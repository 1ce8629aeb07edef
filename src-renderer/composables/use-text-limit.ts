import { computed } from 'vue'
import { readDraftPath } from '../../src-main/domain/draft-path'
import {
  draftTextLimit,
  isPickedField,
  lengthIssue,
  textLength
} from '../../src-main/domain/field-limits'
import type { Issue } from '../../src-main/domain/issue'
import { useDraftEditorStore } from '../stores/draft-editor'

export interface TextLimitState {
  length: number
  max: number
  /** False for a value picked from a list: it keeps its rule but shows no counter. */
  counted: boolean
  /** The same `draft.too_long` issue the Review and the CLI report, or null when it fits. */
  issue: Issue | null
}

/**
 * The live "133/128" of a text field of the open draft, from the limit the length rule
 * uses (field-limits.ts): the counter and the rule can never disagree.
 */
export function useTextLimit(path: () => string | undefined) {
  const editor = useDraftEditorStore()
  return computed<TextLimitState | null>(() => {
    const at = path()
    if (!at || !editor.content) return null
    const max = draftTextLimit(at)
    const value = readDraftPath(editor.content, at)
    if (max === null || typeof value !== 'string') return null
    const counted = !isPickedField(at)
    return { length: textLength(value), max, counted, issue: lengthIssue(at, value, max) }
  })
}
