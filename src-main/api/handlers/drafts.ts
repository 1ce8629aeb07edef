import { normalizeDraftContent } from '../../domain/draft'
import { draftChanges } from '../../domain/draft-diff'
import { DraftFile, DRAFT_FILE_VERSION, ignoredDraftFileKeys } from '../../domain/draft-file'
import { zodIssues } from '../../domain/zod-issues'
import type { DraftsRepo } from '../../store/drafts'
import { KaitongError } from '../result'
import type { Handlers } from '../router'

export interface DraftsDeps {
  drafts: DraftsRepo
  /** Called after a draft is deleted, to drop files nothing uses any more. */
  afterDelete?: () => void
}

/** Reads a draft file, with a specific error for a version from a newer Kaitong. */
export function parseDraftFile(raw: unknown): DraftFile {
  const version = (raw as { kaitongDraft?: unknown } | null)?.kaitongDraft
  if (typeof version === 'number' && version > DRAFT_FILE_VERSION) {
    throw new KaitongError('drafts.file_from_future', { version, supported: DRAFT_FILE_VERSION })
  }
  const parsed = DraftFile.safeParse(raw, { reportInput: true })
  if (!parsed.success) {
    throw new KaitongError('drafts.file_invalid', undefined, zodIssues(parsed.error))
  }
  return parsed.data
}

export function createDraftHandlers(deps: DraftsDeps) {
  const { drafts } = deps
  return {
    'drafts.list': () => drafts.list(),
    'drafts.create': ({ title }) => drafts.create(title),
    'drafts.get': ({ id }) => drafts.get(id),
    'drafts.rename': ({ id, title }) => drafts.rename(id, title),
    'drafts.delete': ({ id }) => {
      drafts.remove(id)
      deps.afterDelete?.()
      return { deleted: true as const }
    },
    'drafts.save': ({ id, content, checkpoint }) =>
      drafts.saveContent(id, normalizeDraftContent(content), { checkpoint: checkpoint ?? false }),
    'drafts.revisions': ({ id }) => drafts.revisions(id),
    'drafts.exportFile': ({ id }) => {
      // Like a bundle, a file names a sealed revision and its time, so both build the same zip.
      const revision = drafts.checkpoint(id)
      const draft = drafts.get(id)
      const { createdAt } = drafts.revision(id, revision)
      return {
        kaitongDraft: DRAFT_FILE_VERSION,
        title: draft.title,
        content: draft.content,
        source: { draftId: draft.id, revision, exportedAt: createdAt }
      }
    },
    'drafts.history': ({ id }) =>
      drafts
        .history(id)
        .map((entry, index, all) => ({
          revision: entry.revision,
          createdAt: entry.createdAt,
          sealed: entry.sealed,
          changes: index === 0 ? [] : draftChanges(all[index - 1]!.content, entry.content)
        }))
        .reverse(),
    'drafts.compare': ({ id, from, to }) =>
      draftChanges(drafts.revision(id, from).content, drafts.revision(id, to).content),
    'drafts.restore': ({ id, revision }) => drafts.restore(id, revision),
    'drafts.purgeHistory': ({ id }) => drafts.purgeHistory(id),
    'drafts.importFile': ({ file }) => {
      const parsed = parseDraftFile(file)
      const draft = drafts.create(parsed.title, normalizeDraftContent(parsed.content))
      return { ...draft, ignored: ignoredDraftFileKeys(file) }
    }
  } satisfies Partial<Handlers>
}
