import Ocr from '@gutenye/ocr-node'
import type { OcrLine } from '../../domain/documents/ocr-lines'

/**
 * Runs in a worker thread (piscina): PaddleOCR's PP-OCRv4 Chinese detection and recognition
 * models, shipped inside the npm package, on onnxruntime-node. Loaded once per worker.
 */
let engine: Promise<Ocr> | undefined

export default async function recognise({ image }: { image: Uint8Array }): Promise<OcrLine[]> {
  engine ??= Ocr.create()
  const ocr = await engine
  // The engine opens its input with sharp(), which takes bytes as well as a path: the
  // decrypted picture never has to be written to disk.
  const found = await ocr.detect(Buffer.from(image) as unknown as string)
  return found.map((line) => ({
    text: line.text,
    confidence: line.mean,
    box: (line.box ?? []).map(([x, y]) => [x, y] as [number, number])
  }))
}
