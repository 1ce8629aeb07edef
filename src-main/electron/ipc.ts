import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNEL_PREFIX, METHOD_NAMES } from '../api/methods'
import type { Router } from '../api/router'
import { isAllowedOrigin } from './security'

/** The only place ipcMain is used: one handler per contract method, sender checked first. */
export function registerIpc(router: Router, devServerUrl?: string): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(CHANNEL_PREFIX + name, (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame
      if (!frame || frame.parent !== null || !isAllowedOrigin(frame.url, devServerUrl)) {
        return { ok: false, error: { code: 'api.forbidden_sender' } }
      }
      return router.dispatch(name, input)
    })
  }
}
