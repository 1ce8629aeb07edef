/**
 * Reading a document photo (offline OCR in its worker) beside the cheapest thing that must
 * happen to the same photo anyway: sharp decoding it. Both measured here, in the same run.
 */
import sharp from 'sharp'
import { createDocumentReader } from '../src-main/media/ocr/read-document'
import {
  idFrontText,
  licenceText,
  renderIdBack,
  renderIdFront,
  renderLicence
} from '../test/helpers/documents'

const ROUNDS = 3

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

export interface OcrBenchRow {
  document: string
  ocrMs: number
  decodeMs: number
  ratio: number
}

export async function benchOcr(): Promise<OcrBenchRow[]> {
  const photos = {
    licence: await renderLicence(licenceText(), { rotate: 2, skew: 0.03 }),
    idFront: await renderIdFront(idFrontText(), { rotate: -2 }),
    idBack: await renderIdBack()
  } as const
  const reader = createDocumentReader()
  const rows: OcrBenchRow[] = []
  try {
    // The first read starts the worker and loads the models: reported apart, not averaged in.
    const warmUp = await time(() =>
      reader.read(photos.licence, 'licence', { sha256: '0'.repeat(64), today: '2026-12-06' })
    )
    console.log(`OCR worker start + model load + first read: ${warmUp.toFixed(0)} ms`)
    for (const [kind, photo] of Object.entries(photos) as [keyof typeof photos, Buffer][]) {
      const ocr: number[] = []
      const decode: number[] = []
      for (let round = 0; round < ROUNDS; round += 1) {
        decode.push(await time(() => sharp(photo).raw().toBuffer()))
        ocr.push(
          await time(() =>
            reader.read(photo, kind, { sha256: '0'.repeat(64), today: '2026-12-06' })
          )
        )
      }
      const row = { document: kind, ocrMs: median(ocr), decodeMs: median(decode), ratio: 0 }
      row.ratio = row.ocrMs / row.decodeMs
      rows.push(row)
    }
  } finally {
    await reader.close()
  }
  console.log('document   OCR (median ms)   sharp decode (median ms)   OCR ÷ decode')
  for (const row of rows) {
    console.log(
      `${row.document.padEnd(10)} ${row.ocrMs.toFixed(0).padStart(15)} ${row.decodeMs.toFixed(1).padStart(26)} ${row.ratio.toFixed(0).padStart(14)}×`
    )
  }
  return rows
}

if (import.meta.url === `file://${process.argv[1]}`) await benchOcr()
