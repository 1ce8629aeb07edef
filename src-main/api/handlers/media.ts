import type { MediaStore } from '../../media'
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
    'media.get': ({ sha256 }) => deps.media.get(sha256)
  } satisfies Partial<Handlers>
}
