import { MediaError, pixelCrop, type MediaStore } from '../../media'
import type { FractionBox, PlatformId } from '../../platforms/adapter'
import { mediaSpecFor } from '../../platforms/registry'
import type { MethodOutput } from '../contract'
import { KaitongError } from '../result'
import type { Handlers } from '../router'

export interface MediaDeps {
  media: MediaStore
}

/** Strict base64 (what FileReader and Buffer produce); anything else is a broken upload. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

export function decodeBase64(data: string): Uint8Array {
  if (data.length % 4 !== 0 || !BASE64.test(data)) {
    throw new KaitongError('media.bad_upload')
  }
  return Buffer.from(data, 'base64')
}

export function createMediaHandlers(deps: MediaDeps) {
  return {
    'media.import': ({ draftId, name, dataBase64 }) =>
      deps.media.importMedia({ bytes: decodeBase64(dataBase64), originalName: name, draftId }),
    'media.get': ({ sha256 }) => deps.media.get(sha256),
    'media.verdicts': async ({ sha256, targets, crop }) => {
      const verdicts: MethodOutput<'media.verdicts'> = []
      // One after another: a large original is decoded once per slot, never all at once.
      for (const { platform, slot } of targets) {
        verdicts.push(await verdictFor(deps.media, sha256, platform, slot, crop))
      }
      return verdicts
    }
  } satisfies Partial<Handlers>
}

async function verdictFor(
  media: MediaStore,
  sha256: string,
  platform: PlatformId,
  slot: string,
  crop?: FractionBox
): Promise<MethodOutput<'media.verdicts'>[number]> {
  const spec = mediaSpecFor(platform, slot)
  if (!spec) throw new KaitongError('media.unknown_slot', { platform, slot })
  const asIs = await media.verdict(sha256, spec)
  const base = { platform, slot, ok: asIs.ok, problems: asIs.problems }
  try {
    const variant = await media.variantFor(
      sha256,
      spec,
      crop && (await pixelCrop(media, sha256, crop))
    )
    const { mime, width, height, bytes } = variant
    return { ...base, export: { ok: true as const, mime, width, height, bytes } }
  } catch (error) {
    if (!(error instanceof MediaError)) throw error
    return {
      ...base,
      export: {
        ok: false as const,
        code: error.code,
        ...(error.params ? { params: error.params } : {})
      }
    }
  }
}
