import { net, protocol } from 'electron'
import { pathToFileURL } from 'node:url'
import { resolveAppPath } from './security'

/** Must run before app ready: app:// behaves like a secure, standard origin. */
export function registerSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', (request) => {
    const file = resolveAppPath(request.url, rendererDir)
    if (!file) return new Response('forbidden', { status: 403 })
    return net.fetch(pathToFileURL(file).toString())
  })
}
