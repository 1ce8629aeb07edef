import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { MethodOutput } from '../../src-main/api/contract'
import { useApi } from '../api/client'

type Status = MethodOutput<'team.status'>

/** Which store the drafts live in (this computer or the team database) and its connection. */
export const useTeamStore = defineStore('team', () => {
  const api = useApi()
  const status = ref<Status | null>(null)

  async function refresh(): Promise<Status | null> {
    const result = await api['team.status']({})
    if (result.ok) status.value = result.value
    return status.value
  }

  function set(next: Status): void {
    status.value = next
  }

  /** True once known to be on the team store: saves then name the revision they started from. */
  const onTeam = () => status.value?.mode === 'team'

  return { status, refresh, set, onTeam }
})
