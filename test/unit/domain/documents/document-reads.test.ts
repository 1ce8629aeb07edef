import { describe, expect, it } from 'vitest'
import type { DocumentRead } from '../../../../src-main/domain/documents/document-read-schema'
import {
  applyDocumentRead,
  checkDocumentReads,
  confirmDocumentReads
} from '../../../../src-main/domain/documents/document-reads'
import {
  emptyMerchantProfile,
  type MerchantProfile
} from '../../../../src-main/domain/merchant-profile'
import { validateMerchant } from '../../../../src-main/domain/merchant-rules'
import { validCitizenNumber, validUscc } from '../../../helpers/documents'

const TODAY = '2026-12-06'
const PHOTO = 'a'.repeat(64)
const OTHER_PHOTO = 'b'.repeat(64)
const box: [number, number][] = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10]
]

function licenceRead(fields: Record<string, string>, confidence = 0.99): DocumentRead {
  return {
    sha256: PHOTO,
    kind: 'licence',
    fields: Object.fromEntries(
      Object.entries(fields).map(([key, value]) => [key, { value, confidence, box }])
    ),
    quality: { sharpness: 30, brightness: 230, glare: 0.05, verdict: 'ok' },
    lines: 8
  }
}

function withLicencePhoto(): MerchantProfile {
  const profile = emptyMerchantProfile()
  profile.licence.photo = { sha256: PHOTO }
  return profile
}

const READ = { creditCode: validUscc(), registeredName: '杭州小笼包餐饮有限公司', longTerm: 'true' }

describe('applyDocumentRead', () => {
  it('fills empty fields and marks each one for the merchant to check', () => {
    const { merchant, filled } = applyDocumentRead(withLicencePhoto(), licenceRead(READ))
    expect(merchant.licence.creditCode).toBe(READ.creditCode)
    expect(merchant.licence.registeredName).toBe(READ.registeredName)
    expect(merchant.licence.longTerm).toBe(true)
    expect(filled).toContain('merchant.licence.creditCode')
    expect(merchant.readFromPhoto).toEqual(filled)
  })

  it('never overwrites a value the merchant typed', () => {
    const typed = withLicencePhoto()
    typed.licence.registeredName = '杭州小笼包餐饮有限公司（西湖店）'
    const { merchant, filled } = applyDocumentRead(typed, licenceRead(READ))
    expect(merchant.licence.registeredName).toBe('杭州小笼包餐饮有限公司（西湖店）')
    expect(filled).not.toContain('merchant.licence.registeredName')
  })

  it('fills nothing from a value the reader is unsure of', () => {
    const { filled } = applyDocumentRead(withLicencePhoto(), licenceRead(READ, 0.5))
    expect(filled).toEqual([])
  })
})

describe('checkDocumentReads', () => {
  it('warns on a typed name one character off the licence, showing what the photo says', () => {
    const profile = withLicencePhoto()
    profile.licence.registeredName = '杭州小笼包餐饮有限公可'
    profile.documentReads.licence = licenceRead(READ)
    const found = checkDocumentReads(profile, TODAY)
    expect(found).toContainEqual({
      code: 'document.mismatch',
      path: 'merchant.licence.registeredName',
      severity: 'warning',
      params: { read: READ.registeredName, document: 'licence' }
    })
  })

  it('agrees with a value that differs only in bracket width and spaces', () => {
    const profile = withLicencePhoto()
    profile.licence.registeredName = '某某(深圳) 有限公司'
    profile.documentReads.licence = licenceRead({ registeredName: '某某（深圳）有限公司' })
    expect(checkDocumentReads(profile, TODAY)).toEqual([])
  })

  it('reports filled values as unconfirmed until the merchant confirms them', () => {
    const { merchant } = applyDocumentRead(withLicencePhoto(), licenceRead(READ))
    const codes = checkDocumentReads(merchant, TODAY).map((found) => found.code)
    expect(codes).toContain('document.read_unconfirmed')
    expect(checkDocumentReads(confirmDocumentReads(merchant), TODAY)).toEqual([])
  })

  it('ignores a read of a photo that has since been replaced', () => {
    const profile = withLicencePhoto()
    profile.licence.registeredName = '别的公司'
    profile.documentReads.licence = { ...licenceRead(READ), sha256: OTHER_PHOTO }
    expect(checkDocumentReads(profile, TODAY)).toEqual([])
  })

  it('asks to retake a blurred photo, on the photo', () => {
    const profile = withLicencePhoto()
    profile.documentReads.licence = {
      ...licenceRead({}),
      quality: { sharpness: 8, brightness: 220, glare: 0, verdict: 'blurred' }
    }
    expect(checkDocumentReads(profile, TODAY)).toContainEqual({
      code: 'document.retake_blurred',
      path: 'merchant.licence.photo',
      severity: 'warning'
    })
  })

  it('points at the photo, not the field, when the number read fails its check digit', () => {
    const profile = emptyMerchantProfile()
    profile.legalRep.frontPhoto = { sha256: PHOTO }
    const number = validCitizenNumber()
    const misread = number.slice(0, 17) + (number.endsWith('1') ? '2' : '1')
    profile.legalRep.idNumber = number
    profile.documentReads.idFront = {
      ...licenceRead({ idNumber: misread }, 0.3),
      kind: 'idFront'
    }
    const found = checkDocumentReads(profile, TODAY)
    expect(found).toEqual([
      {
        code: 'document.number_unreadable',
        path: 'merchant.legalRep.frontPhoto',
        severity: 'warning',
        params: { read: misread }
      }
    ])
  })

  it('runs as part of the merchant precheck', () => {
    const profile = withLicencePhoto()
    profile.licence.creditCode = validUscc('330106', 'MA2CKT9R')
    profile.documentReads.licence = licenceRead(READ)
    const paths = validateMerchant(profile, TODAY)
      .filter((found) => found.code === 'document.mismatch')
      .map((found) => found.path)
    expect(paths).toEqual(['merchant.licence.creditCode'])
  })
})
