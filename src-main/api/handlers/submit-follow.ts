import type { Jobs } from '../../jobs/jobs'
import type { DraftsRepo } from '../../store/drafts'
import type { SubmissionsRepo } from '../../store/submissions'
import type { LedgerShare } from '../../store/ledger-share'
import { planMany, sendMany, type BulkSubmitDeps } from '../../submit/bulk-submit'
import type { Poller, PollerConfig } from '../../submit/poller'
import type { ProfileForms } from '../../submit/profile-form'
import type { SubmitService } from '../../submit/submit-service'
import { KaitongError } from '../result'
import type { Handlers } from '../router'

export interface SubmitFollowDeps {
  profileForms: ProfileForms
  poller: Poller
  pollerConfig: { get(): PollerConfig; set(config: PollerConfig): void }
  drafts: DraftsRepo
  submissions: SubmissionsRepo
  submit: SubmitService
  jobs: Jobs
  ledger?: LedgerShare
}

/** Sending profiles in Settings, following sent applications, and bulk submit. */
export function createSubmitFollowHandlers(deps: SubmitFollowDeps) {
  const bulk: BulkSubmitDeps = deps
  return {
    'submit.profiles': () => deps.profileForms.list(),
    'submit.checkProfile': (input) => deps.profileForms.check(input),
    'submit.storeProfile': (input) => deps.profileForms.save(input),
    'submit.deleteProfile': ({ name }) => {
      deps.profileForms.remove(name)
      return { removed: true as const }
    },
    'submit.pollerStatus': () => deps.poller.status(),
    'submit.setPoller': (config) => {
      deps.pollerConfig.set(config)
      return deps.poller.status()
    },
    'submit.pollNow': async () => {
      await deps.poller.pollNow()
      return deps.poller.status()
    },
    'submit.notices': () => deps.poller.notices(),
    'submit.dismissNotice': ({ id }) => {
      deps.poller.dismiss(id)
      return { dismissed: true as const }
    },
    'submit.planMany': (request) => planMany(bulk, request),
    'submit.sendMany': async ({ confirmCount, confirmProduction, concurrency, ...request }) => {
      // Checked before the job starts, against a fresh plan: the count names what goes.
      const plan = await planMany(bulk, request)
      if (plan.ready === 0) throw new KaitongError('submit.nothing_ready')
      if (confirmCount !== plan.ready) {
        throw new KaitongError('submit.confirm_count', { count: plan.ready })
      }
      if (plan.production && !confirmProduction) throw new KaitongError('submit.confirm_production')
      return deps.jobs.start('submit.sendMany', (job) =>
        sendMany(bulk, { ...request, concurrency }, plan, job)
      )
    }
  } satisfies Partial<Handlers>
}
