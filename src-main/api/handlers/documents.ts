import { localCalendarDate } from '../../domain/local-date'
import type { Jobs } from '../../jobs/jobs'
import type { MediaStore } from '../../media'
import type { DocumentReader } from '../../media/ocr/read-document'
import type { Handlers } from '../router'

export interface DocumentsDeps {
  jobs: Jobs
  media: MediaStore
  documents: DocumentReader
}

/** OCR takes seconds: it runs as a job and the renderer applies the read when it ends. */
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
      })
  } satisfies Partial<Handlers>
}
