import { z } from 'zod'
import { DraftContent, DraftTitle } from './draft'
import { unknownKeys } from './schema-walk'

/**
 * The draft file (`*.kaitong.json`): how drafts leave and enter Kaitong (CLI, agencies'
 * own systems). Versioned by `kaitongDraft`; a newer version is refused, not guessed at.
 */
export const DRAFT_FILE_VERSION = 1

export const DraftFile = z.object({
  kaitongDraft: z.literal(DRAFT_FILE_VERSION),
  title: DraftTitle,
  content: DraftContent,
  /** Where the file came from, informational only: import always creates a new draft. */
  source: z
    .object({
      draftId: z.string(),
      revision: z.number().int().nonnegative(),
      exportedAt: z.string()
    })
    .optional()
})
export type DraftFile = z.output<typeof DraftFile>
export type DraftFileInput = z.input<typeof DraftFile>

/**
 * Keys of a draft file that Kaitong does not read (a misspelt `registerdName`): reading
 * drops them, so they are listed for the user instead of vanishing silently.
 */
export function ignoredDraftFileKeys(raw: unknown): string[] {
  return unknownKeys(DraftFile, raw)
}
