import type { SecurityStatus } from './contract'
import { KaitongError, type Result } from './result'
import type { Router } from './router'

export type LockedReason = Extract<SecurityStatus, { state: 'locked' }>['reason']

export interface LockedOptions {
  reason: LockedReason
  dataDir: string
  version: string
  /** Sets the unreadable data aside and restarts; returns where it was kept. */
  startOver: () => string
}

/**
 * What main serves when the database's key is gone: the renderer learns why and may start
 * over explicitly; every other call is refused, so nothing ever writes a new empty database
 * beside (or over) the one that cannot be read.
 */
export function createLockedRouter(options: LockedOptions): Router {
  const refuse = (code: string): Result<unknown> => ({
    ok: false,
    error: new KaitongError(code).toApiError()
  })
  return {
    dispatch(name) {
      if (name === 'security.status') {
        const status: SecurityStatus = {
          state: 'locked',
          reason: options.reason,
          dataDir: options.dataDir
        }
        return Promise.resolve({ ok: true, value: status })
      }
      if (name === 'app.info') {
        return Promise.resolve({
          ok: true,
          value: { version: options.version, dataDir: options.dataDir }
        })
      }
      if (name === 'security.startOver') {
        try {
          return Promise.resolve({ ok: true, value: { keptAs: options.startOver() } })
        } catch {
          return Promise.resolve(refuse('security.start_over_failed'))
        }
      }
      return Promise.resolve(refuse('store.key_lost'))
    }
  }
}
