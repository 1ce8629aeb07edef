import { anotherStoreOf } from '../../domain/draft-copy'
import type { DraftBatch } from '../../store/draft-batch'
import type { DraftSummariesRepo } from '../../store/draft-summaries'
import type { DraftsRepo } from '../../store/drafts'
import type { TeamSession } from '../../store/pg/team-session'
import type { Handlers } from '../router'

export interface PortfolioDeps {
  drafts: DraftsRepo
  summaries: DraftSummariesRepo
  batch: DraftBatch
  /** On the team store a copy or a deletion goes through it, so colleagues see it too. */
  team: TeamSession
  /** Called after drafts are deleted, to drop files nothing uses any more. */
  afterDelete?: () => void
}

/** The drafts list for an agency's thousands of merchants: pages, duplicate, bulk delete. */
export function createPortfolioHandlers(deps: PortfolioDeps) {
  return {
    'drafts.page': (query) => deps.summaries.page(query),
    'drafts.matchingIds': (query) => deps.summaries.matchingIds(query),
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
