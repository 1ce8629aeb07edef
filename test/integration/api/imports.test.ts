import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  ImportPreviewSchema,
  ImportReportSchema,
  type MethodInput,
  type MethodOutput
} from '../../../src-main/api/contract'
import type { OpenedApp } from '../../../src-main/api'
import { MAX_SHEET_BYTES } from '../../../src-main/import/limits'
import { useTempApp } from '../../helpers/app'
import { merchantRow, sheetCells, utf8CsvBytes, writePictures } from '../../helpers/import-sheet'
import { useTempDir } from '../../helpers/temp-dir'

const openTempApp = useTempApp()
const tempDir = useTempDir('kaitong-api-import-')

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

async function uploadedFolder(count: number) {
  const dir = tempDir()
  await writePictures(dir, count)
  const files = ['ids/front.jpg', 'ids/back.jpg', 'stores/entrance.jpg', 'stores/interior.jpg']
  for (let n = 1; n <= count; n++) files.push(`licences/licence-${n}.jpg`)
  return files.map((path) => ({ path, dataBase64: base64(readFileSync(join(dir, path))) }))
}

/** The preview is a job (document photos may be read): its result once it has ended. */
async function previewOf(app: OpenedApp, input: MethodInput<'imports.preview'>) {
  const started = await app.router.dispatch('imports.preview', input)
  if (!started.ok) throw new Error(started.error.code)
  const ended = await app.jobs.settled((started.value as MethodOutput<'imports.preview'>).id)
  expect(ended.state).toBe('done')
  return ImportPreviewSchema.parse(ended.result)
}

describe('imports.preview / imports.run', () => {
  it('previews uploaded bytes, then imports exactly that preview as a job with a report', async () => {
    const { app } = openTempApp()
    const sheet = {
      name: 'm.csv',
      dataBase64: base64(utf8CsvBytes(sheetCells([merchantRow(1)]), true))
    }
    const { previewId, rows } = await previewOf(app, {
      sheet,
      pictures: { kind: 'files', files: await uploadedFolder(1) }
    })
    expect(rows.map((row) => row.action)).toEqual(['create'])

    const started = await app.router.dispatch('imports.run', { previewId })
    const job = (started as { value: MethodOutput<'imports.run'> }).value
    const ended = await app.jobs.settled(job.id)
    expect(ended.state).toBe('done')
    expect(ImportReportSchema.parse(ended.result)).toMatchObject({ created: 1, refused: 0 })
    expect(await app.router.dispatch('imports.run', { previewId })).toEqual({
      ok: false,
      error: { code: 'import.preview_not_found' }
    })
  })

  it('never offers a zip entry whose name leaves the archive, so a row naming it finds nothing', async () => {
    const { app } = openTempApp()
    const files = await uploadedFolder(1)
    const entries = Object.fromEntries(
      files.map((file) => [file.path, new Uint8Array(Buffer.from(file.dataBase64, 'base64'))])
    )
    entries['../escape.jpg'] = entries['ids/front.jpg'] ?? new Uint8Array()
    const row = { ...merchantRow(1), licence_photo: 'escape.jpg' }
    const preview = await previewOf(app, {
      sheet: { name: 'm.csv', dataBase64: base64(utf8CsvBytes(sheetCells([row]))) },
      pictures: { kind: 'zip', name: 'p.zip', dataBase64: base64(zipSync(entries)) }
    })
    const [planned] = preview.rows
    expect(planned?.blocking).toContainEqual(
      expect.objectContaining({ code: 'import.picture_missing', column: 'licence_photo' })
    )
  })

  it('refuses a sheet above the size limit before reading it', async () => {
    const { app } = openTempApp()
    const huge = Buffer.alloc(MAX_SHEET_BYTES + 1000, 0x41)
    const result = await app.router.dispatch('imports.preview', {
      sheet: { name: 'big.csv', dataBase64: base64(huge) }
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'import.sheet_too_large' } })
  })
})
