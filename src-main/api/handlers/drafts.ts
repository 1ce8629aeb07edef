import { normalizeDraftContent } from '../../domain/draft'
import { draftChanges, valueText } from '../../domain/draft-diff'
import { DraftFile, DRAFT_FILE_VERSION, ignoredDraftFileKeys } from '../../domain/draft-file'
import { zodIssues } from '../../domain/zod-issues'
import { mergeDraftContent } from '../../domain/draft-merge'
import type { DraftsRepo } from '../../store/drafts'
import type { DraftsPort } from '../../store/port'
import { KaitongError } from '../result'
import type { Handlers } from '../router'

export interface DraftsDeps {
  /** The local file: sealing for export files, purging history. */
  drafts: DraftsRepo
  /** The store chosen in Settings (local file or team store): every edit goes through it. */
  store: () => DraftsPort
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

/** A draft file of the draft's newest revision, sealed first. */
export function draftFile(drafts: DraftsRepo, id: string): DraftFile {
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
}

export function createDraftHandlers(deps: DraftsDeps) {
  const { drafts, store } = deps
  return {
    'drafts.list': () => store().list(),
    'drafts.create': ({ title }) => store().create(title),
    'drafts.get': ({ id }) => store().get(id),
    'drafts.rename': ({ id, title }) => store().rename(id, title),
    'drafts.delete': async ({ id }) => {
      await store().remove(id)
      deps.afterDelete?.()
      return { deleted: true as const }
    },
    'drafts.save': ({ id, content, checkpoint, baseRevision, choices }) =>
      store().save(id, {
        content: normalizeDraftContent(content),
        ...(checkpoint ? { checkpoint } : {}),
        ...(baseRevision === undefined ? {} : { baseRevision }),
        ...(choices ? { choices } : {})
      }),
    'drafts.revisions': ({ id }) => store().revisions(id),
    'drafts.exportFile': ({ id }) => draftFile(drafts, id),
    'drafts.history': async ({ id }) =>
      (await store().history(id))
        .map((entry, index, all) => ({
          revision: entry.revision,
          createdAt: entry.createdAt,
          sealed: entry.sealed,
          author: entry.author,
          changes: index === 0 ? [] : draftChanges(all[index - 1]!.content, entry.content)
        }))
        .reverse(),
    'drafts.compare': async ({ id, from, to }) =>
      draftChanges(
        (await store().revision(id, from)).content,
        (await store().revision(id, to)).content
      ),
    'drafts.restore': ({ id, revision }) => store().restore(id, revision),
    'drafts.purgeHistory': ({ id }) => drafts.purgeHistory(id),
    'drafts.importFile': async ({ file }) => {
      const parsed = parseDraftFile(file)
      const draft = await store().create(parsed.title, normalizeDraftContent(parsed.content))
      return { ...draft, ignored: ignoredDraftFileKeys(file) }
    },
    'drafts.conflict': async ({ id, baseRevision, content }) => {
      const port = store()
      const theirs = await port.get(id)
      const base = await port.revision(id, baseRevision)
      const outcome = mergeDraftContent(
        base.content,
        theirs.content,
        normalizeDraftContent(content)
      )
      const [author] = (await port.revisions(id)).map((entry) => entry.author)
      return {
        current: theirs.revision,
        author: author ?? '',
        fields: outcome.ok
          ? []
          : outcome.conflicts.map((found) => ({
              path: found.path,
              mine: valueText(found.mine),
              theirs: valueText(found.theirs)
            }))
      }
    }
  } satisfies Partial<Handlers>
}
