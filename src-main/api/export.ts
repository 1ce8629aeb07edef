import type { BundleDraft } from '../bundle'
import { exportDraftBundle } from '../bundle/export-draft'
import type { WrittenBundle } from '../bundle/write-file'
import type { MediaStore } from '../media'
import type { PlatformId } from '../platforms/adapter'
import { ADAPTERS } from '../platforms/registry'
import { reviewDraft } from './review'
import type { Settings } from './settings'

export interface PlatformExport {
  draft: BundleDraft
  platform: PlatformId
  media: MediaStore
  settings: Settings
  appVersion: string
  /** Local date `YYYY-MM-DD` for the validity rules. */
  today: string
  outDir: string
}

/**
 * One platform's bundle from a draft revision, as the app and the CLI both make it: the
 * same review (with the user's rule levels) decides, then the writer builds and renames.
 */
export async function exportPlatformBundle(request: PlatformExport): Promise<WrittenBundle> {
  const { draft, platform, settings } = request
  const [review] = await reviewDraft({
    content: draft.content,
    platforms: [platform],
    media: request.media,
    today: request.today,
    overrides: settings.ruleLevels()
  })
  const encrypt = settings.encryptorFor(platform)
  const { written } = await exportDraftBundle(
    {
      adapter: ADAPTERS[platform],
      draft,
      issues: review?.issues ?? [],
      media: request.media,
      appVersion: request.appVersion,
      ...(encrypt ? { encrypt } : {})
    },
    request.outDir
  )
  return written
}
