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
  const shownAt = Date.now()
  let since: number | undefined

  useRepeat(async () => {
    // On the local file nothing polls after the first look (main folds its WAL when idle).
    const status = await team.refresh()
    if (status?.mode !== 'team') return false
    const result = await api['team.changes']({ since: since ?? 0 })
    if (!result.ok) return true
    const changes =
      since === undefined ? firstNews(result.value.changes, shownAt) : result.value.changes
    if (changes.length > 0) onChanges(changes)
    since = result.value.seq
    return true
  }, TEAM_POLL_MS)
}

/**
 * The first answer also holds what the screen loaded already: only what main heard after the
 * screen was shown is news, and who has a draft open (presence, aged by the screen) always is.
 */
export function firstNews(changes: TeamChange[], shownAt: number): TeamChange[] {
  return changes.filter((change) => change.kind === 'editing' || Date.parse(change.at) >= shownAt)
}
