import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../../src-main/api/contract'
import { DocumentRead } from '../../../src-main/domain/documents/document-read-schema'
import type { JobView } from '../../../src-main/jobs/jobs'
import { createDocumentReader } from '../../../src-main/media/ocr/read-document'
import { useTempApp } from '../../helpers/app'
import { licenceText, renderLicence } from '../../helpers/documents'

const openTempApp = useTempApp()
const reader = createDocumentReader()
afterAll(() => reader.close())

/** A phone stores the photo sideways and says so in EXIF: the pixels turned, orientation 6. */
async function storedSideways(photo: Buffer): Promise<Buffer> {
  return sharp(photo).rotate(-90).jpeg({ quality: 80 }).withMetadata({ orientation: 6 }).toBuffer()
}

describe('documents.crop', { timeout: 180_000 }, () => {
  it('reads a photo stored sideways upright and crops the line where the name was read', async () => {
    const { app } = openTempApp()
    const text = licenceText()
    const created = await app.router.dispatch('drafts.create', { title: '侧拍执照' })
    const { id } = (created as { value: MethodOutput<'drafts.create'> }).value
    const imported = await app.router.dispatch('media.import', {
      draftId: id,
      name: '营业执照.jpg',
      dataBase64: (await storedSideways(await renderLicence(text, { rotate: 2 }))).toString(
        'base64'
      )
    })
    const { sha256 } = (imported as { value: MethodOutput<'media.import'> }).value

    const started = await app.router.dispatch('documents.read', { sha256, kind: 'licence' })
    const ended = await app.jobs.settled((started.ok && (started.value as JobView).id) || '')
    const read = DocumentRead.parse(ended.result)
    const name = read.fields['registeredName']
    expect(name?.value).toBe(text.name)

    const cropped = await app.router.dispatch('documents.crop', { sha256, box: name?.box ?? [] })
    if (!cropped.ok) throw new Error(cropped.error.code)
    const bytes = Buffer.from(
      (cropped.value as MethodOutput<'documents.crop'>).dataBase64,
      'base64'
    )
    const { width = 0, height = 0 } = await sharp(bytes).metadata()
    // One printed line, upright: far wider than tall, and the name is on it.
    expect(width).toBeGreaterThan(height * 4)
    const again = await reader.read(bytes, 'licence', { sha256, today: '2026-12-06' })
    expect(again.fields['registeredName']?.value).toBe(text.name)
    expect(again.fields['creditCode']).toBeUndefined()
  })

  it('refuses a box with no point', async () => {
    const { app } = openTempApp()
    const result = await app.router.dispatch('documents.crop', { sha256: 'a'.repeat(64), box: [] })
    expect(result).toMatchObject({ ok: false, error: { code: 'api.invalid_input' } })
  })
})
