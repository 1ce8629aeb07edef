import type { Jobs } from '../../jobs/jobs'
import type { SubmissionsRepo } from '../../store/submissions'
import type { Profiles } from '../../submit/credentials'
import { hasSandbox, type SubmitService } from '../../submit/submit-service'
import { KaitongError } from '../result'
import type { Handlers } from '../router'
import { withCodes } from './submissions'

export interface SubmitHandlerDeps {
  submit: SubmitService
  profiles: Profiles
  submissions: SubmissionsRepo
  jobs: Jobs
}

export function createSubmitHandlers(deps: SubmitHandlerDeps) {
  const view = async (submission: Parameters<typeof withCodes>[0]) => ({
    ...(await withCodes(submission)),
    events: deps.submissions.events(submission.id)
  })
  return {
    'submit.saveProfile': (profile) => {
      deps.profiles.save(profile)
      return deps.profiles.view(profile)
    },
    'submit.preview': ({ id, platform, profile }) => deps.submit.preview(id, platform, profile),
    'submit.send': async ({ id, platform, profile, confirmMerchant, confirmProduction }) => {
      // The confirmation is checked before the job starts, so a refusal is the call's answer.
      const preview = await deps.submit.preview(id, platform, profile)
      if (confirmMerchant.trim() !== preview.merchant) {
        throw new KaitongError('submit.confirm_merchant', { merchant: preview.merchant })
      }
      const production = preview.environment === 'production' || !hasSandbox(platform)
      if (production && !confirmProduction) throw new KaitongError('submit.confirm_production')
      return deps.jobs.start('submit.send', async ({ progress, signal }) => {
        const submission = await deps.submit.send({
          draftId: id,
          platform,
          profile,
          onProgress: ({ done, total }) => progress(done, total),
          cancelled: () => signal.aborted
        })
        return view(submission)
      })
    },
    'submit.refresh': async ({ id, profile }) =>
      Promise.all((await deps.submit.refresh(profile, id)).map(view))
  } satisfies Partial<Handlers>
}
