import { anotherStoreOf } from '../../domain/draft-copy'
import type { DraftBatch } from '../../store/draft-batch'
import type { DraftSummariesRepo } from '../../store/draft-summaries'
import type { DraftsRepo } from '../../store/drafts'
import type { Handlers } from '../router'

export interface PortfolioDeps {
  drafts: DraftsRepo
  summaries: DraftSummariesRepo
  batch: DraftBatch
  /** Called after drafts are deleted, to drop files nothing uses any more. */
  afterDelete?: () => void
}

/** The drafts list for an agency's thousands of merchants: pages, duplicate, bulk delete. */
export function createPortfolioHandlers(deps: PortfolioDeps) {
  return {
    'drafts.page': (query) => deps.summaries.page(query),
    'drafts.matchingIds': (query) => deps.summaries.matchingIds(query),
    'drafts.duplicate': ({ id, title }) => {
      const source = deps.drafts.get(id)
      return deps.batch.copy(id, title ?? source.title, anotherStoreOf(source.content))
    },
    'drafts.deleteMany': ({ ids }) => {
      const deleted = deps.batch.removeAll(ids)
      deps.afterDelete?.()
      return { deleted }
    }
  } satisfies Partial<Handlers>
}
