import type { Jobs } from '../../jobs/jobs'
import type { Handlers } from '../router'

export interface JobsDeps {
  jobs: Jobs
}

export function createJobHandlers({ jobs }: JobsDeps) {
  return {
    'jobs.get': ({ id }) => jobs.get(id),
    'jobs.cancel': ({ id }) => jobs.cancel(id)
  } satisfies Partial<Handlers>
}
