import { KaitongError } from '../api/result'
import { mergeDraftContent, type ConflictChoices } from '../domain/draft-merge'
import { DraftContent } from '../domain/draft'
import type { WritableDb } from './connection'
import { createDraftsRepo, type Draft, type DraftSummary, type SaveOutcome } from './drafts'
import { writeTransaction } from './write-transaction'

export interface RevisionEntry {
  revision: number
  createdAt: string
  contentSha256: string
  /** The operator who saved it on a team store; '' on a local store (one user). */
  author: string
}

export interface SaveRequest {
  content: DraftContent
  /**
   * The revision the editor loaded. When the draft has moved on since, fields changed by
   * only one side merge; fields both sides changed refuse the save (`drafts.conflict`,
   * naming them). Omitted: last write wins, as the local store always did.
   */
  baseRevision?: number
  /** For a save from the conflict view: which side each conflicting field keeps. */
  choices?: ConflictChoices
  /** Seal the revision after this save (the operator left a step); see SqlitePortOptions. */
  checkpoint?: boolean
}

/** One revision with its content, for the history drawer (who changed what, when). */
export interface HistoryRevision {
  revision: number
  createdAt: string
  author: string
  sealed: boolean
  content: DraftContent
}

export interface MergedSaveOutcome extends SaveOutcome {
  /** Fields another save changed that this save kept (empty when nothing was merged). */
  mergedFromOthers: string[]
}

/**
 * The drafts + revisions repository as both stores offer it: async, because the team
 * store answers over the network. The app's drafts handlers call the port of the store
 * chosen in Settings (the local file, or the team store with a local working copy).
 */
export interface DraftsPort {
  create(title: string, content?: DraftContent): Promise<Draft>
  get(id: string): Promise<Draft>
  list(): Promise<DraftSummary[]>
  save(id: string, request: SaveRequest): Promise<MergedSaveOutcome>
  rename(id: string, title: string): Promise<DraftSummary>
  remove(id: string): Promise<void>
  revisions(id: string): Promise<RevisionEntry[]>
  revision(id: string, revision: number): Promise<{ content: DraftContent; createdAt: string }>
  /** Every revision with its content, oldest first. */
  history(id: string): Promise<HistoryRevision[]>
  /** Puts an old revision's content back as a new revision; the history stays. */
  restore(id: string, revision: number): Promise<Draft>
}

export type Resolved =
  { content: DraftContent; mergedFromOthers: string[] } | { conflict: KaitongError }

/**
 * What to store when a save started from `base` and the draft is now at `current`. Shared
 * by both adapters so they refuse and merge the same way.
 */
export function resolveSave(
  request: SaveRequest,
  current: number,
  loadRevision: (revision: number) => DraftContent
): Resolved {
  const base = request.baseRevision
  if (base === undefined || base === current)
    return { content: request.content, mergedFromOthers: [] }
  const outcome = mergeDraftContent(
    loadRevision(base),
    loadRevision(current),
    request.content,
    request.choices
  )
  if (!outcome.ok)
    return {
      conflict: new KaitongError('drafts.conflict', {
        base,
        current,
        fields: outcome.conflicts.map((found) => found.path).join(', ')
      })
    }
  return { content: DraftContent.parse(outcome.merged), mergedFromOthers: outcome.changedByThem }
}

export interface SqlitePortOptions {
  /**
   * The local app's autosaves rewrite the open revision (one sitting, one revision) and
   * seal it only on a checkpoint; a save checked against a base always seals. Default: every
   * save seals, as a store several writers share must.
   */
  coalesce?: boolean
}

/** The local SQLite repository behind the port; each save is one write transaction. */
export function sqliteDraftsPort(db: WritableDb, options: SqlitePortOptions = {}): DraftsPort {
  const repo = createDraftsRepo(db)
  const selectRevision = db.prepare('SELECT revision FROM drafts WHERE id = ?').pluck()
  const save = writeTransaction(db, (id: string, request: SaveRequest): MergedSaveOutcome => {
    const current = selectRevision.get(id) as number | undefined
    if (current === undefined) throw new KaitongError('drafts.not_found', { id })
    const resolved = resolveSave(request, current, (n) => repo.revision(id, n).content)
    if ('conflict' in resolved) throw resolved.conflict
    // Sealed: the revision an operator loaded must keep meaning the content they saw.
    const seal =
      !options.coalesce || request.checkpoint === true || request.baseRevision !== undefined
    return {
      ...repo.saveContent(id, resolved.content, { checkpoint: seal }),
      mergedFromOthers: resolved.mergedFromOthers
    }
  })
  return {
    create: deferred((title: string, content?: DraftContent) => {
      const draft = repo.create(title, content)
      // The local app's first sitting goes on in revision 1, as it always did.
      if (!options.coalesce) repo.checkpoint(draft.id)
      return draft
    }),
    get: deferred((id: string) => repo.get(id)),
    list: deferred(() => repo.list()),
    save: deferred(save),
    rename: deferred((id: string, title: string) => repo.rename(id, title)),
    remove: deferred(repo.remove),
    revisions: deferred((id: string) =>
      repo.revisions(id).map((entry) => ({ ...entry, author: '' }))
    ),
    revision: deferred((id: string, revision: number) => repo.revision(id, revision)),
    history: deferred((id: string) => repo.history(id).map((entry) => ({ ...entry, author: '' }))),
    restore: deferred(repo.restore)
  }
}

/** A synchronous call as a promise; what it throws becomes the rejection, as on the network. */
function deferred<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => Promise<R> {
  return (...args) => Promise.resolve().then(() => fn(...args))
}

/**
 * The same port with every rejection passed through `failure`: a network store's driver
 * errors become the messages a user can act on (server unreachable, password refused).
 */
export function withFailures(port: DraftsPort, failure: (error: unknown) => unknown): DraftsPort {
  const wrapped = {} as Record<string, unknown>
  for (const [name, method] of Object.entries(port) as [
    string,
    (...a: unknown[]) => Promise<unknown>
  ][])
    wrapped[name] = (...args: unknown[]) =>
      method(...args).catch((error: unknown) => {
        throw failure(error)
      })
  return wrapped as unknown as DraftsPort
}
