import { describe, expect, it } from 'vitest'
import { emptyDraftContent, type DraftContent } from '../../../../src-main/domain/draft'
import type { DocumentRead } from '../../../../src-main/domain/documents/document-read-schema'
import { applyDocumentRead } from '../../../../src-main/domain/documents/document-reads'
import {
  applyReads,
  nameFromReads,
  photosToRead
} from '../../../../src-main/domain/documents/row-reads'
import { applyRow, judgeRow, mapHeaders, mapRow } from '../../../../src-main/domain/import-row'
import { issue } from '../../../../src-main/domain/issue'
import { emptyMerchantProfile } from '../../../../src-main/domain/merchant-profile'
import { validCitizenNumber, validUscc } from '../../../helpers/documents'

const LICENCE = 'a'.repeat(64)
const ID_FRONT = 'b'.repeat(64)
const HASHES = new Map([
  ['l.jpg', LICENCE],
  ['f.jpg', ID_FRONT]
])
const box: [number, number][] = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10]
]

function read(
  kind: DocumentRead['kind'],
  sha256: string,
  fields: Record<string, string>,
  confidence = 0.99
): DocumentRead {
  return {
    sha256,
    kind,
    fields: Object.fromEntries(
      Object.entries(fields).map(([key, value]) => [key, { value, confidence, box }])
    ),
    quality: { sharpness: 30, brightness: 200, glare: 0, verdict: 'ok' },
    lines: 8
  }
}

const licenceRead = (confidence = 0.99) =>
  read(
    'licence',
    LICENCE,
    {
      creditCode: validUscc(),
      registeredName: '杭州小笼包餐饮有限公司',
      legalRepresentative: '张三丰'
    },
    confidence
  )
const idFrontRead = () =>
  read('idFront', ID_FRONT, { name: '张三丰', idNumber: validCitizenNumber() })

function mapOne(cells: Record<string, string>) {
  return mapRow(mapHeaders(Object.keys(cells)), { line: 2, values: Object.values(cells) })
}

function made(row: ReturnType<typeof mapOne>, base: DraftContent = emptyDraftContent()) {
  return applyRow(base, row, HASHES)
}

describe('photosToRead', () => {
  it('reads the photos of a row that leaves their fields empty', () => {
    const row = mapOne({ 外部编号: 'HZ-1', 营业执照照片: 'l.jpg', 身份证人像面: 'f.jpg' })
    expect(photosToRead(row, made(row), HASHES)).toEqual([
      { kind: 'licence', file: 'l.jpg', sha256: LICENCE },
      { kind: 'idFront', file: 'f.jpg', sha256: ID_FRONT }
    ])
  })

  it('leaves an ID card unread when the legal representative holds another document', () => {
    const row = mapOne({ 外部编号: 'HZ-1', 身份证人像面: 'f.jpg' })
    const content = made(row)
    content.merchant.legalRep.idDocType = 'passport'
    expect(photosToRead(row, content, HASHES)).toEqual([])
  })

  /** A row that typed every field of its licence, beside the photo. */
  function typedLicenceRow() {
    const row = mapOne({ 外部编号: 'HZ-1', 营业执照照片: 'l.jpg' })
    const content = made(row)
    Object.assign(content.merchant.licence, {
      creditCode: validUscc(),
      registeredName: '杭州小笼包餐饮有限公司',
      legalRepresentative: '张三丰',
      registeredAddress: '杭州市上城区清河坊 1 号',
      validFrom: '2020-01-01',
      longTerm: true
    })
    return { row, content }
  }

  it('leaves a photo unread when the row typed every field it holds', () => {
    const { row, content } = typedLicenceRow()
    expect(photosToRead(row, content, HASHES)).toEqual([])
  })

  it('reads a photo whose fields were all typed when asked to check them', () => {
    const { row, content } = typedLicenceRow()
    expect(photosToRead(row, content, HASHES, true)).toEqual([
      { kind: 'licence', file: 'l.jpg', sha256: LICENCE }
    ])
  })

  it('leaves a photo unread once the draft holds a read of it', () => {
    const row = mapOne({ 外部编号: 'HZ-1', 营业执照照片: 'l.jpg' })
    const base = emptyDraftContent()
    base.merchant.documentReads.licence = licenceRead()
    expect(photosToRead(row, made(row, base), HASHES)).toEqual([])
  })
})

describe('nameFromReads', () => {
  it('names a row that gives only its licence photo by the name and credit code read', () => {
    const row = nameFromReads(mapOne({ 营业执照照片: 'l.jpg' }), [
      { file: 'l.jpg', read: licenceRead() }
    ])
    expect([row.title, row.creditCode, row.issues]).toEqual([
      '杭州小笼包餐饮有限公司',
      validUscc(),
      []
    ])
  })

  it('keeps a row unnamed when the reader is unsure of what it read', () => {
    const row = nameFromReads(mapOne({ 营业执照照片: 'l.jpg' }), [
      { file: 'l.jpg', read: licenceRead(0.5) }
    ])
    expect(row.issues.map((found) => found.code)).toEqual(['import.row_unnamed'])
  })
})

describe('applyReads', () => {
  it('fills empty fields only and reports a value read twice for one cell once', () => {
    const row = mapOne({
      营业执照名称: '杭州小笼包（西湖店）',
      营业执照照片: 'l.jpg',
      身份证人像面: 'f.jpg'
    })
    const { content, cells } = applyReads(made(row), [
      { file: 'l.jpg', read: licenceRead() },
      { file: 'f.jpg', read: idFrontRead() }
    ])
    expect(content.merchant.licence.registeredName).toBe('杭州小笼包（西湖店）')
    expect(content.merchant.legalRep.name).toBe('张三丰')
    expect(cells.map((found) => [found.column, found.params?.['file']])).toEqual([
      ['uscc', 'l.jpg'],
      ['legal_representative', 'l.jpg'],
      ['legal_id_number', 'f.jpg']
    ])
  })

  it('fills nothing from a read of a photo no longer in its slot', () => {
    const row = mapOne({ 外部编号: 'HZ-1', 营业执照照片: 'l.jpg' })
    const stale = { ...licenceRead(), sha256: 'c'.repeat(64) }
    const { content, cells } = applyReads(made(row), [{ file: 'l.jpg', read: stale }])
    expect([content.merchant.licence.creditCode, cells]).toEqual(['', []])
  })
})

describe('judgeRow with cells read from photos', () => {
  it('shows an error on a value read from a photo on its cell as still due, never blocking', () => {
    const row = mapOne({ 外部编号: 'HZ-1', 营业执照照片: 'l.jpg' })
    const { cells } = applyReads(made(row), [{ file: 'l.jpg', read: licenceRead() }])
    const verdict = judgeRow(
      row,
      [
        issue('merchant.uscc_check_char', 'merchant.licence.creditCode', 'error'),
        issue('document.read_unconfirmed', 'merchant.licence.creditCode', 'warning')
      ],
      cells
    )
    expect(verdict.blocking).toEqual([])
    expect(verdict.due.map((found) => found.column)).toEqual(['uscc'])
    expect(verdict.warnings.map((found) => found.code)).not.toContain('document.read_unconfirmed')
  })
})

describe('applyDocumentRead beside a typed end date', () => {
  it('keeps a read 长期 out of a licence whose end date was typed', () => {
    const profile = emptyMerchantProfile()
    profile.licence.photo = { sha256: LICENCE }
    profile.licence.validTo = '2039-03-14'
    const { merchant } = applyDocumentRead(profile, read('licence', LICENCE, { longTerm: 'true' }))
    expect([merchant.licence.validTo, merchant.licence.longTerm]).toEqual(['2039-03-14', false])
  })
})
