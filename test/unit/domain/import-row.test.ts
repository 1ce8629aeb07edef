import { describe, expect, it } from 'vitest'
import { emptyDraftContent } from '../../../src-main/domain/draft'
import {
  applyRow,
  judgeRow,
  mapHeaders,
  mapRow,
  relativePicturePath
} from '../../../src-main/domain/import-row'
import { issue } from '../../../src-main/domain/issue'

function mapOne(cells: Record<string, string>) {
  const headers = mapHeaders(Object.keys(cells))
  return mapRow(headers, { line: 2, values: Object.values(cells) })
}

describe('mapHeaders', () => {
  it('knows a column by its Chinese header, its English header or its key', () => {
    const { columns } = mapHeaders(['统一社会信用代码', 'Registered name', 'short_name'])
    expect(columns.map((found) => found?.key)).toEqual(['uscc', 'registered_name', 'short_name'])
  })

  it('tolerates full-width letters, extra spaces and a required-field star', () => {
    const { columns } = mapHeaders(['*统一社会信用代码 ', 'ＲＥＧＩＳＴＥＲＥＤ  NAME'])
    expect(columns.map((found) => found?.key)).toEqual(['uscc', 'registered_name'])
  })

  it('lists headers it does not know instead of guessing', () => {
    expect(mapHeaders(['备注', '统一社会信用代码']).unknown).toEqual(['备注'])
  })
})

describe('mapRow', () => {
  it('writes the legal representative typed once to the licence and to the person', () => {
    const row = mapOne({ 法定代表人: '陈建华' })
    expect(row.writes).toEqual([
      { path: 'merchant.licence.legalRepresentative', value: '陈建华' },
      { path: 'merchant.legalRep.name', value: '陈建华' }
    ])
  })

  it('reads 长期 in a validity end as long-term, not as a date', () => {
    const content = applyRow(emptyDraftContent(), mapOne({ 营业期限结束: '长期' }), new Map())
    expect(content.merchant.licence).toMatchObject({ longTerm: true, validTo: '' })
  })

  it('maps choices written in either language and lists the accepted ones for a wrong one', () => {
    const row = mapOne({
      新增支付渠道: 'WeChat Pay',
      上架平台: '微信、支付宝小程序',
      结算账户类型: '私人'
    })
    expect(row.writes).toContainEqual({ path: 'payment.addProvider', value: 'wechat-pay' })
    expect(row.writes).toContainEqual({
      path: 'listing.targets',
      value: ['wechat-mp', 'alipay-mp']
    })
    expect(row.issues.filter((found) => found.column !== '')).toEqual([
      expect.objectContaining({
        code: 'import.unknown_choice',
        column: 'account_type',
        params: { value: '私人', choices: '对公/corporate、对私/personal' }
      })
    ])
  })

  it('refuses a number the spreadsheet shortened rather than storing wrong digits', () => {
    const headers = mapHeaders(['银行账号'])
    const row = mapRow(headers, { line: 3, values: [{ inexactNumber: '6222020000000000000' }] })
    expect(row.issues.filter((found) => found.column !== '')).toEqual([
      expect.objectContaining({ code: 'import.number_lost_digits', column: 'account_number' })
    ])
    expect(row.writes).toEqual([])
  })

  it('takes the registered name as the title when no title is given', () => {
    expect(mapOne({ 营业执照名称: '杭州小笼包餐饮有限公司' }).title).toBe('杭州小笼包餐饮有限公司')
  })

  it('refuses a row that names no merchant at all', () => {
    expect(mapOne({ 客服电话: '0571-88886666' }).issues).toEqual([
      expect.objectContaining({ code: 'import.row_unnamed', column: '' })
    ])
  })
})

describe('relativePicturePath', () => {
  it('accepts Windows separators and a leading ./', () => {
    expect(relativePicturePath('.\\licences\\a.jpg')).toBe('licences/a.jpg')
  })

  it.each(['../a.jpg', 'a/../../b.jpg', '/etc/passwd', 'C:\\Users\\a.jpg', 'C:a.jpg'])(
    'refuses %s, which leaves the pictures folder',
    (path) => {
      expect(relativePicturePath(path)).toBeNull()
    }
  )
})

describe('applyRow', () => {
  it('keeps what the draft holds where the row leaves a cell empty', () => {
    const base = emptyDraftContent()
    base.merchant.business.servicePhone = '0755-86013388'
    const content = applyRow(base, mapOne({ 商户简称: '山海咖啡', 客服电话: '' }), new Map())
    expect(content.merchant.business).toMatchObject({
      shortName: '山海咖啡',
      servicePhone: '0755-86013388'
    })
  })

  it('puts pictures by content hash, lists in cell order', () => {
    const row = mapOne({ 营业执照照片: 'a.jpg', 小程序截图: 'b.jpg; c.jpg' })
    const hashes = new Map([
      ['a.jpg', 'a'.repeat(64)],
      ['b.jpg', 'b'.repeat(64)],
      ['c.jpg', 'c'.repeat(64)]
    ])
    const content = applyRow(emptyDraftContent(), row, hashes)
    expect(content.merchant.licence.photo).toEqual({ sha256: 'a'.repeat(64) })
    expect(content.listing.screenshots).toEqual([
      { sha256: 'b'.repeat(64) },
      { sha256: 'c'.repeat(64) }
    ])
  })
})

describe('judgeRow', () => {
  it('blocks on an error in a cell the row filled and counts one on an empty field as still due', () => {
    const row = mapOne({ 统一社会信用代码: '91440305MA5G7K2L8B' })
    const verdict = judgeRow(row, [
      issue('merchant.uscc_check_char', 'merchant.licence.creditCode', 'error'),
      issue('merchant.required', 'merchant.licence.photo', 'error')
    ])
    expect(verdict.blocking.map((found) => [found.code, found.column])).toEqual([
      ['merchant.uscc_check_char', 'uscc']
    ])
    expect(verdict.due.map((found) => found.path)).toEqual(['merchant.licence.photo'])
  })

  it('never blocks on a warning', () => {
    const row = mapOne({ 统一社会信用代码: '91440305MA5G7K2L8A' })
    const verdict = judgeRow(row, [
      issue('merchant.uscc_organization_code', 'merchant.licence.creditCode', 'warning')
    ])
    expect([verdict.blocking, verdict.warnings.length]).toEqual([[], 1])
  })
})
