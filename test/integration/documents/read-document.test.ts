import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkDocumentReads } from '../../../src-main/domain/documents/document-reads'
import { emptyMerchantProfile } from '../../../src-main/domain/merchant-profile'
import { createDocumentReader } from '../../../src-main/media/ocr/read-document'
import {
  idFrontText,
  licenceText,
  renderIdBack,
  renderIdFront,
  renderLicence
} from '../../helpers/documents'

const TODAY = '2026-12-06'
const SHA = 'c'.repeat(64)
const reader = createDocumentReader()
const CANCEL_CHILD = join(import.meta.dirname, '../../helpers/ocr-cancel-child.ts')
afterAll(() => reader.close())

/** One OCR model in a worker, real photos rendered for the test: a few seconds each here. */
describe('reading document photos offline', { timeout: 120_000 }, () => {
  it('reads every field of a turned, skewed, noisy licence photo', async () => {
    const text = licenceText()
    const photo = await renderLicence(text, { rotate: 3, skew: 0.05, quality: 65 })
    const read = await reader.read(photo, 'licence', { sha256: SHA, today: TODAY })
    const values = Object.fromEntries(Object.entries(read.fields).map(([k, v]) => [k, v.value]))
    expect(values).toMatchObject({
      creditCode: text.creditCode,
      registeredName: text.name,
      legalRepresentative: text.legalRepresentative,
      registeredAddress: text.address,
      validFrom: '2019-03-15',
      longTerm: 'true'
    })
    expect(read.quality.verdict).toBe('ok')
  })

  it('reads the portrait side of an ID card, the two-line address joined', async () => {
    const text = idFrontText()
    const photo = await renderIdFront(text, { rotate: -2, skew: 0.04 })
    const read = await reader.read(photo, 'idFront', { sha256: SHA, today: TODAY })
    expect(read.fields['name']?.value).toBe(text.name)
    expect(read.fields['idNumber']?.value).toBe(text.number)
    expect(read.fields['address']?.value).toBe(text.address.join(''))
  })

  it('reads the validity period from the emblem side', async () => {
    const photo = await renderIdBack('2015.03.15-2035.03.15', { rotate: 2 })
    const read = await reader.read(photo, 'idBack', { sha256: SHA, today: TODAY })
    expect(read.fields['validFrom']?.value).toBe('2015-03-15')
    expect(read.fields['validTo']?.value).toBe('2035-03-15')
  })

  it('asks for a retake of a blurred licence photo', async () => {
    const photo = await renderLicence(licenceText(), { rotate: 3, blur: 6 })
    const read = await reader.read(photo, 'licence', { sha256: SHA, today: TODAY })
    expect(read.quality.verdict).toBe('blurred')
    const profile = emptyMerchantProfile()
    profile.licence.photo = { sha256: SHA }
    profile.documentReads.licence = read
    expect(checkDocumentReads(profile, TODAY).map((found) => found.code)).toContain(
      'document.retake_blurred'
    )
  })

  it('cross-checks a typed name one character off what the photo reads', async () => {
    const text = licenceText()
    const read = await reader.read(await renderLicence(text, { rotate: -2 }), 'licence', {
      sha256: SHA,
      today: TODAY
    })
    const profile = emptyMerchantProfile()
    profile.licence.photo = { sha256: SHA }
    profile.licence.registeredName = text.name.replace('餐饮', '餐欲')
    profile.documentReads.licence = read
    expect(checkDocumentReads(profile, TODAY)).toContainEqual(
      expect.objectContaining({
        code: 'document.mismatch',
        path: 'merchant.licence.registeredName'
      })
    )
  })
})

describe('canceling a read', { timeout: 120_000 }, () => {
  it('ends a read canceled while the model runs as aborted, without ending the process', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', CANCEL_CHILD], {
      encoding: 'utf8',
      timeout: 110_000
    })
    expect(child.status).toBe(0)
    expect(JSON.parse(child.stdout)).toEqual({ canceled: 'AbortError', after: licenceText().name })
  })
})
