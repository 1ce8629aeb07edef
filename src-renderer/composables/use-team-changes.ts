import type { MethodOutput } from '../../src-main/api/contract'
import { useApi } from '../api/client'
import { useTeamStore } from '../stores/team'
import { useRepeat } from './use-repeat'

export type TeamChange = MethodOutput<'team.changes'>['changes'][number]

/** How often the renderer asks main for changes main heard of (LISTEN/NOTIFY) meanwhile. */
export const TEAM_POLL_MS = 1500

/**
 * Calls `onChanges` with other operators' changes while this screen is shown and the drafts
 * are on the team store. Main hears them as they commit; this only carries them over.
 */
export function useTeamChanges(onChanges: (changes: TeamChange[]) => void): void {
  const api = useApi()
  const team = useTeamStore()
  let since: number | undefined

  useRepeat(async () => {
    // On the local file nothing polls after the first look (main folds its WAL when idle).
    const status = await team.refresh()
    if (status?.mode !== 'team') return false
    const result = await api['team.changes']({ since: since ?? 0 })
    if (result.ok) {
      // The first answer only sets where "new" starts: older changes are already shown.
      if (since !== undefined && result.value.changes.length > 0) onChanges(result.value.changes)
      since = result.value.seq
    }
    return true
  }, TEAM_POLL_MS)
}
