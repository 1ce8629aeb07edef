import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { startHarness, type Harness } from '../../src-main/harness/http'
import { readThumbnail } from '../../src-main/media'
import { useTempApp } from './app'

export const RENDERER_DIR = join(import.meta.dirname, '../../out/renderer')

/** The built renderer served with a real router over a temp SQLite file. */
export function useHarness() {
  const openTempApp = useTempApp()
  const running: Harness[] = []
  afterEach(async () => {
    for (const harness of running.splice(0)) await harness.close()
  })
  return async () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
      throw new Error('out/renderer is missing: run `npm run build` before the e2e tests')
    }
    const temp = openTempApp()
    const harness = await startHarness({
      router: temp.app.router,
      staticDir: RENDERER_DIR,
      thumbnail: (sha256) => readThumbnail(temp.app.media, sha256)
    })
    running.push(harness)
    return { ...temp, harness }
  }
}
