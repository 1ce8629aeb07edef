import { describe, expect, it } from 'vitest'
import { readIdBack, readIdFront } from '../../../../src-main/domain/documents/id-card-reader'
import { readLicence } from '../../../../src-main/domain/documents/licence-reader'
import type { OcrLine } from '../../../../src-main/domain/documents/ocr-lines'
import { validCitizenNumber, validUscc } from '../../../helpers/documents'

/** An OCR line at (x, y), 30 px high, as wide as its text. */
function at(x: number, y: number, text: string, confidence = 0.98): OcrLine {
  const width = text.length * 30
  return {
    text,
    confidence,
    box: [
      [x, y],
      [x + width, y],
      [x + width, y + 30],
      [x, y + 30]
    ]
  }
}

const TODAY = '2026-12-06'

describe('readLicence', () => {
  it('reads every field of the 2016 layout when label and value share a line', () => {
    const code = validUscc()
    const read = readLicence([
      at(500, 80, '营业执照'),
      at(90, 200, `统一社会信用代码${code}`),
      at(90, 300, '名称杭州小笼包餐饮有限公司'),
      at(90, 370, '法定代表人张三丰'),
      at(90, 440, '住所浙江省杭州市西湖区文三路100号'),
      at(90, 510, '成立日期2019年03月15日'),
      at(90, 580, '营业期限2019年03月15日至长期')
    ])
    expect(read.creditCode?.value).toBe(code)
    expect(read.registeredName?.value).toBe('杭州小笼包餐饮有限公司')
    expect(read.legalRepresentative?.value).toBe('张三丰')
    expect(read.registeredAddress?.value).toBe('浙江省杭州市西湖区文三路100号')
    expect(read.validFrom?.value).toBe('2019-03-15')
    expect(read.validTo).toBeUndefined()
    expect(read.longTerm?.value).toBe('true')
  })

  it('pairs a letter-spaced label with the value printed to its right on the same row', () => {
    const read = readLicence([at(90, 300, '名　　称'), at(400, 302, '杭州小笼包餐饮有限公司')])
    expect(read.registeredName?.value).toBe('杭州小笼包餐饮有限公司')
  })

  it('joins an address that wraps onto the next line, and stops at the next label', () => {
    const read = readLicence([
      at(90, 440, '住所浙江省杭州市西湖区'),
      at(180, 480, '文三路100号2幢'),
      at(90, 560, '成立日期2019年03月15日')
    ])
    expect(read.registeredAddress?.value).toBe('浙江省杭州市西湖区文三路100号2幢')
  })

  it('reads an individual business licence: 经营者 and 经营场所, with an end date', () => {
    const read = readLicence([
      at(90, 200, `统一社会信用代码${validUscc('330106', 'L12345678'.slice(0, 8))}`),
      at(90, 300, '名称西湖区老张面馆'),
      at(90, 370, '经营者张三'),
      at(90, 440, '经营场所杭州市西湖区文一路8号'),
      at(90, 510, '注册日期2018年5月2日'),
      at(90, 580, '营业期限自2018年05月02日至2038年05月01日')
    ])
    expect(read.legalRepresentative?.value).toBe('张三')
    expect(read.registeredAddress?.value).toBe('杭州市西湖区文一路8号')
    expect(read.validFrom?.value).toBe('2018-05-02')
    expect(read.validTo?.value).toBe('2038-05-01')
    expect(read.longTerm?.value).toBe('false')
  })

  it('reads the old layout’s 15-digit registration number and 法定代表人姓名', () => {
    const read = readLicence([
      at(90, 200, '注册号330106000123456'),
      at(90, 300, '法定代表人姓名李四')
    ])
    expect(read.creditCode?.value).toBe('330106000123456')
    expect(read.legalRepresentative?.value).toBe('李四')
  })

  it('reads an institution’s certificate: 有效期 自…至…', () => {
    const read = readLicence([
      at(90, 120, '事业单位法人证书'),
      at(90, 200, `统一社会信用代码${validUscc('330100', '47000123')}`),
      at(90, 300, '名称杭州市西湖区图书馆'),
      at(90, 370, '法定代表人王五'),
      at(90, 440, '有效期自2021年01月01日至2026年12月31日')
    ])
    expect(read.registeredName?.value).toBe('杭州市西湖区图书馆')
    expect(read.validTo?.value).toBe('2026-12-31')
  })

  it('undoes the letters OCR reads for digits a credit code cannot hold', () => {
    const code = validUscc()
    const misread = code.replace(/0/g, 'O')
    expect(readLicence([at(90, 200, `统一社会信用代码${misread}`)]).creditCode?.value).toBe(code)
  })

  it('keeps a credit code failing its check character, with a confidence too low to trust', () => {
    const code = validUscc()
    const wrong = code.slice(0, 17) + (code.endsWith('1') ? '2' : '1')
    const read = readLicence([at(90, 200, `统一社会信用代码${wrong}`)])
    expect(read.creditCode?.value).toBe(wrong)
    expect(read.creditCode?.confidence).toBeLessThan(0.5)
  })
})

describe('readIdFront', () => {
  it('reads name, sex, ethnicity, birth date, a two-line address and the number', () => {
    const number = validCitizenNumber()
    const read = readIdFront(
      [
        at(70, 80, '姓名张三丰'),
        at(70, 160, '性别男民族汉'),
        at(70, 240, '出生1985年6月15日'),
        at(70, 320, '住址浙江省杭州市西湖区文三路'),
        at(160, 360, '100号2幢301室'),
        at(70, 550, '公民身份号码'),
        at(400, 552, number)
      ],
      TODAY
    )
    expect(read.name?.value).toBe('张三丰')
    expect(read.sex?.value).toBe('男')
    expect(read.ethnicity?.value).toBe('汉')
    expect(read.birthDate?.value).toBe('1985-06-15')
    expect(read.address?.value).toBe('浙江省杭州市西湖区文三路100号2幢301室')
    expect(read.idNumber?.value).toBe(number)
    expect(read.idNumber?.confidence).toBeGreaterThan(0.9)
  })

  it('marks a number that fails its check digit as not to be trusted', () => {
    const number = validCitizenNumber()
    const wrong = number.slice(0, 17) + (number.endsWith('1') ? '2' : '1')
    const read = readIdFront([at(70, 550, `公民身份号码${wrong}`)], TODAY)
    expect(read.idNumber?.value).toBe(wrong)
    expect(read.idNumber?.confidence).toBeLessThan(0.5)
  })
})

describe('readIdBack', () => {
  it('reads the issuer and a dotted validity period', () => {
    const read = readIdBack([
      at(200, 500, '签发机关杭州市公安局西湖分局'),
      at(200, 580, '有效期限2015.03.15-2035.03.15')
    ])
    expect(read.issuer?.value).toBe('杭州市公安局西湖分局')
    expect(read.validFrom?.value).toBe('2015-03-15')
    expect(read.validTo?.value).toBe('2035-03-15')
    expect(read.longTerm?.value).toBe('false')
  })

  it('reads a long-term card', () => {
    const read = readIdBack([at(200, 580, '有效期限2010.07.01-长期')])
    expect(read.validFrom?.value).toBe('2010-07-01')
    expect(read.longTerm?.value).toBe('true')
  })
})
