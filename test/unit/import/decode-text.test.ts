import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeSheetText } from '../../../src-main/import/decode-text'

const TEXT =
  '营业执照名称,统一社会信用代码\r\n深圳市山海咖啡餐饮管理有限公司,91440305MA5G7K2L8A\r\n'

describe('decodeSheetText', () => {
  it.each([
    ['UTF-8 without a BOM', Buffer.from(TEXT, 'utf8'), 'utf-8'],
    [
      'UTF-8 with a BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]),
      'utf-8'
    ],
    ['GBK from Chinese Excel', iconv.encode(TEXT, 'gbk'), 'gb18030'],
    [
      'UTF-16 LE with its BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]),
      'utf-16le'
    ]
  ])('reads %s', (_name, bytes, encoding) => {
    expect(decodeSheetText(bytes)).toEqual({ text: TEXT, encoding })
  })
})
