import { net, protocol } from 'electron'
import { pathToFileURL } from 'node:url'
import { readThumbnail, type MediaStore } from '../media'
import { resolveAppPath } from './security'

/** Must run before app ready: app:// behaves like a secure, standard origin. */
export function registerSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: 'kaitong-media', privileges: { standard: true, secure: true } }
  ])
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', (request) => {
    const file = resolveAppPath(request.url, rendererDir)
    if (!file) return new Response('forbidden', { status: 403 })
    return net.fetch(pathToFileURL(file).toString())
  })
}

/** `kaitong-media://thumb/<sha256>`: read-only thumbnails of known pictures, never paths. */
export function serveMedia(store: MediaStore): void {
  protocol.handle('kaitong-media', async (request) => {
    const sha256 = new URL(request.url).pathname.replace(/^\/+/, '')
    const found = await readThumbnail(store, sha256)
    if (!found) return new Response('not found', { status: 404 })
    return new Response(Buffer.from(found.bytes), {
      headers: { 'content-type': found.mime, 'cache-control': 'max-age=31536000, immutable' }
    })
  })
}
