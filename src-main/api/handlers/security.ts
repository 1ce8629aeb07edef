import type { SecurityStatus } from '../contract'
import { KaitongError } from '../result'
import type { Handlers } from '../router'

export type KeySourceName = Extract<SecurityStatus, { state: 'ready' }>['keySource']

export interface SecurityDeps {
  /** Where this start got the root key (the keychain in the app). */
  keySource: KeySourceName
}

/** With the store open the key is fine: starting over is only for a locked store. */
export function createSecurityHandlers(deps: SecurityDeps) {
  return {
    'security.status': () => ({ state: 'ready' as const, keySource: deps.keySource }),
    'security.startOver': () => {
      throw new KaitongError('security.not_locked')
    }
  } satisfies Partial<Handlers>
}
