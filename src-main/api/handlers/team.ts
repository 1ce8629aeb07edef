import type { TeamSession } from '../../store/pg/team-session'
import type { Handlers } from '../router'

export interface TeamDeps {
  team: TeamSession
}

/** Settings › team store: test a server, switch to it or back, and follow others' changes. */
export function createTeamHandlers({ team }: TeamDeps) {
  return {
    'team.status': () => team.status(),
    'team.test': ({ url }) => team.test(url),
    'team.use': ({ url }) => team.use(url),
    'team.leave': () => team.leave(),
    'team.changes': ({ since }) => team.changes(since),
    'team.editing': async ({ id }) => {
      await team.editing(id)
      return {}
    },
    'team.unlock': ({ passphrase }) => team.unlock(passphrase),
    'team.createKey': ({ passphrase }) => team.createKey(passphrase)
  } satisfies Partial<Handlers>
}
