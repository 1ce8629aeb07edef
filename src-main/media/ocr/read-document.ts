import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Piscina from 'piscina'
import sharp from 'sharp'
import type { DocumentKind, DocumentRead } from '../../domain/documents/document-read-schema'
import { readIdBack, readIdFront } from '../../domain/documents/id-card-reader'
import { readLicence } from '../../domain/documents/licence-reader'
import type { OcrLine } from '../../domain/documents/ocr-lines'
import { measurePhotoQuality } from './quality'

export interface DocumentReader {
  read(
    image: Uint8Array,
    kind: DocumentKind,
    options: { sha256: string; today: string; signal?: AbortSignal }
  ): Promise<DocumentRead>
  close(): Promise<void>
}

/**
 * The built app has the worker bundled beside main (electron.vite.config.ts); the CLI and
 * tests run the TypeScript source through tsx.
 */
function workerScript(): { filename: string; execArgv: string[] } {
  // A path join, not `new URL(…, import.meta.url)`, which the bundler would treat as an asset.
  const here = dirname(fileURLToPath(import.meta.url))
  const built = join(here, 'ocr-worker.js')
  if (existsSync(built)) return { filename: built, execArgv: [] }
  return { filename: join(here, 'ocr-worker.ts'), execArgv: ['--import', 'tsx'] }
}

/**
 * The photo as it is meant to be seen: a phone stores it sideways with an EXIF orientation,
 * and the OCR engine reads raw pixels. Read upright, the boxes of what was read are in the
 * upright picture's pixels, which is what `cropReadValue` cuts.
 */
async function upright(image: Uint8Array): Promise<Uint8Array> {
  const { orientation } = await sharp(image).metadata()
  return orientation && orientation !== 1 ? sharp(image).rotate().toBuffer() : image
}

export function parseDocument(lines: readonly OcrLine[], kind: DocumentKind, today: string) {
  const fields =
    kind === 'licence'
      ? readLicence(lines)
      : kind === 'idFront'
        ? readIdFront(lines, today)
        : readIdBack(lines)
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))
}

/**
 * OCR off the main thread: one worker (the models take ~100 MB and onnxruntime already uses
 * every core for one image), started on first use and ended after a minute idle.
 */
export function createDocumentReader(): DocumentReader {
  let pool: Piscina | undefined
  return {
    async read(image, kind, { sha256, today, signal }) {
      signal?.throwIfAborted()
      pool ??= new Piscina({ ...workerScript(), maxThreads: 1, minThreads: 0, idleTimeout: 60_000 })
      const running = pool
      // The signal never reaches the worker: piscina would end the thread mid-inference, and
      // onnxruntime ended that way aborts the whole process. A canceled read finishes (a few
      // seconds) and is dropped.
      const [lines, quality] = await Promise.all([
        upright(image).then((seen) => running.run({ image: seen }) as Promise<OcrLine[]>),
        measurePhotoQuality(image)
      ])
      signal?.throwIfAborted()
      return {
        sha256,
        kind,
        fields: parseDocument(lines, kind, today),
        quality,
        lines: lines.length
      }
    },
    async close() {
      // Graceful: a read still running finishes first; stopping onnxruntime mid-inference
      // aborts the whole process.
      await pool?.close()
      pool = undefined
    }
  }
}
