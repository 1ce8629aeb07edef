import { anotherStoreOf } from '../../domain/draft-copy'
import type { JobView, Jobs } from '../../jobs/jobs'
import type { DraftBatch } from '../../store/draft-batch'
import type { DraftSummariesRepo } from '../../store/draft-summaries'
import type { DraftsRepo } from '../../store/drafts'
import type { TeamSession } from '../../store/pg/team-session'
import type { Handlers } from '../router'

export interface PortfolioDeps {
  drafts: DraftsRepo
  summaries: DraftSummariesRepo
  batch: DraftBatch
  jobs: Jobs
  /** On the team store a copy or a deletion goes through it, so colleagues see it too. */
  team: TeamSession
  /** Called after drafts are deleted, to drop files nothing uses any more. */
  afterDelete?: () => void
}

/**
 * Stale summaries a list call recomputes itself (a few ms each: the drafts saved since the
 * last call). More than this — every draft after an upgrade, a large import by the CLI — and
 * a background job does it, so the list answers at once and shows its progress.
 */
export const INLINE_STALE_SUMMARIES = 200

/** The drafts list for an agency's thousands of merchants: pages, duplicate, bulk delete. */
export function createPortfolioHandlers(deps: PortfolioDeps) {
  let refreshing: string | undefined

  /** Brings the summaries up to date, or returns the job doing it while it runs. */
  function freshen(): JobView | undefined {
    if (refreshing) return deps.jobs.get(refreshing)
    if (deps.summaries.staleCount(INLINE_STALE_SUMMARIES + 1) <= INLINE_STALE_SUMMARIES) {
      deps.summaries.refreshStale()
      return undefined
    }
    const job = deps.jobs.start('drafts.summaries', (context) =>
      deps.summaries.refreshGradually(context)
    )
    refreshing = job.id
    void deps.jobs.settled(job.id).then(() => {
      refreshing = undefined
    })
    return job
  }

  return {
    'drafts.page': (query) => {
      const summaries = freshen()
      return { ...deps.summaries.page(query), ...(summaries ? { summaries } : {}) }
    },
    'drafts.matchingIds': async (query) => {
      // Saves made while a job ran are usually few enough for the next freshen to do itself.
      for (let job = freshen(); job; job = freshen()) {
        if ((await deps.jobs.settled(job.id)).state !== 'done') break
      }
      return deps.summaries.matchingIds(query)
    },
    'drafts.duplicate': async ({ id, title }) => {
      const source = deps.drafts.get(id)
      const content = anotherStoreOf(source.content)
      if (deps.team.status().mode === 'team')
        return deps.team.drafts().create(title ?? source.title, content)
      return deps.batch.copy(id, title ?? source.title, content)
    },
    'drafts.deleteMany': async ({ ids }) => {
      const onTeam = deps.team.status().mode === 'team'
      if (onTeam) for (const id of ids) await deps.team.drafts().remove(id)
      const deleted = onTeam ? ids.length : deps.batch.removeAll(ids)
      deps.afterDelete?.()
      return { deleted }
    }
  } satisfies Partial<Handlers>
}
