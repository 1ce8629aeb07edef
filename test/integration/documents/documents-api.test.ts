import { describe, expect, it } from 'vitest'
import { DocumentRead } from '../../../src-main/domain/documents/document-read-schema'
import type { JobView } from '../../../src-main/jobs/jobs'
import { useTempApp } from '../../helpers/app'
import { licenceText, renderLicence } from '../../helpers/documents'

const openTempApp = useTempApp()

describe('documents.read', { timeout: 120_000 }, () => {
  it('reads a stored licence photo in a background job and reports the fields', async () => {
    const { app } = openTempApp()
    const draft = await app.router.dispatch('drafts.create', { title: '小笼包' })
    if (!draft.ok) throw new Error('draft not created')
    const { id } = draft.value as { id: string }
    const photo = await renderLicence(licenceText(), { rotate: 2 })
    const imported = await app.router.dispatch('media.import', {
      draftId: id,
      name: '营业执照.jpg',
      dataBase64: photo.toString('base64')
    })
    if (!imported.ok) throw new Error('photo not imported')
    const { sha256 } = imported.value as { sha256: string }

    const started = await app.router.dispatch('documents.read', { sha256, kind: 'licence' })
    expect(started).toMatchObject({ ok: true, value: { state: 'running', kind: 'documents.read' } })
    const ended = await app.jobs.settled((started.ok && (started.value as JobView).id) || '')
    expect(ended.state).toBe('done')
    const read = DocumentRead.parse(ended.result)
    expect(read.sha256).toBe(sha256)
    expect(read.fields['registeredName']?.value).toBe(licenceText().name)
  })

  it('ends the job with media.not_found for a picture that is not stored', async () => {
    const { app } = openTempApp()
    const started = await app.router.dispatch('documents.read', {
      sha256: 'd'.repeat(64),
      kind: 'idFront'
    })
    const ended = await app.jobs.settled((started.ok && (started.value as JobView).id) || '')
    expect(ended).toMatchObject({ state: 'failed', error: { code: 'media.not_found' } })
  })
})
