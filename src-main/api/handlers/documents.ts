import { localCalendarDate } from '../../domain/local-date'
import type { Jobs } from '../../jobs/jobs'
import type { MediaStore } from '../../media'
import { cropReadValue } from '../../media/ocr/document-crop'
import type { DocumentReader } from '../../media/ocr/read-document'
import type { Handlers } from '../router'

export interface DocumentsDeps {
  jobs: Jobs
  media: MediaStore
  documents: DocumentReader
}

/**
 * OCR takes seconds: it runs as a job and the renderer applies the read when it ends. A crop
 * of where a value was read is quick (one decode) and answers at once.
 */
export function createDocumentHandlers(deps: DocumentsDeps) {
  return {
    'documents.read': ({ sha256, kind }) =>
      deps.jobs.start('documents.read', async ({ signal, progress }) => {
        progress(0, 1)
        const image = await deps.media.read(sha256)
        const read = await deps.documents.read(image, kind, {
          sha256,
          today: localCalendarDate(new Date()),
          signal
        })
        progress(1, 1)
        return read
      }),
    'documents.crop': async ({ sha256, box }) => ({
      mime: 'image/jpeg' as const,
      dataBase64: Buffer.from(await cropReadValue(await deps.media.read(sha256), box)).toString(
        'base64'
      )
    })
  } satisfies Partial<Handlers>
}
