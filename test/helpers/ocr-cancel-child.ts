/**
 * `node --import tsx ocr-cancel-child.ts`: in a fresh process, reads a licence photo, cancels a
 * second read while the model runs, then reads once more, and prints what each gave. A native
 * abort would end this process, not the test runner.
 */
import { createDocumentReader } from '../../src-main/media/ocr/read-document'
import { licenceText, renderLicence } from './documents'

const reader = createDocumentReader()
const photo = await renderLicence(licenceText(), { rotate: 1 })
const options = { sha256: 'a'.repeat(64), today: '2026-12-06' }
// The model loaded first, then a warm read timed, so the cancel lands a third of the way into
// an inference whatever the machine's speed (upright and decode take milliseconds of it).
await reader.read(photo, 'licence', options)
const started = performance.now()
await reader.read(photo, 'licence', options)
const readTime = performance.now() - started
const controller = new AbortController()
const canceled = reader.read(photo, 'licence', { ...options, signal: controller.signal })
setTimeout(() => controller.abort(), readTime / 3)
const outcome = await canceled.then(
  () => 'finished',
  (error: Error) => error.name
)
const after = await reader.read(photo, 'licence', options)
await reader.close()
process.stdout.write(
  JSON.stringify({ canceled: outcome, after: after.fields['registeredName']?.value })
)
