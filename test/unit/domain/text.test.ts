import { describe, expect, it } from 'vitest'
import { emptyDraftContent, normalizeDraftContent } from '../../../src-main/domain/draft'
import {
  collapseSpaces,
  normalizeCode,
  normalizeDate,
  normalizeEmail,
  normalizeMerchantProfile,
  normalizeMobile,
  normalizePhone,
  normalizeText,
  removeControls,
  sameName,
  toHalfWidth
} from '../../../src-main/domain/text'
import { MerchantProfile } from '../../../src-main/domain/merchant-profile'

describe('toHalfWidth', () => {
  it('turns full-width letters, digits, punctuation and the ideographic space half-width', () => {
    expect(toHalfWidth('９１４４０３００ＡＢｃ（）　－')).toBe('91440300ABc() -')
  })
})

describe('normalizeText', () => {
  it('trims, collapses spaces and folds full-width letters and digits', () => {
    expect(normalizeText('  深圳市　示例   科技 Ｎｏ．１  ')).toBe('深圳市 示例 科技 No．1')
  })

  it('keeps Chinese brackets as printed on the licence', () => {
    expect(normalizeText('示例（深圳）有限公司')).toBe('示例（深圳）有限公司')
  })

  it('unifies the middle dot of minority and foreign names', () => {
    expect(normalizeText('买买提・艾力')).toBe('买买提·艾力')
    expect(normalizeText('买买提•艾力')).toBe('买买提·艾力')
  })
})

describe('collapseSpaces', () => {
  it('collapses tabs and newlines too', () => {
    expect(collapseSpaces(' a\t\nb ')).toBe('a b')
  })
})

describe('normalizeCode', () => {
  it('makes codes half-width, upper-case and space-free', () => {
    expect(normalizeCode(' ９１４４ 0300 708461136t ')).toBe('91440300708461136T')
    expect(normalizeCode('11010519491231002ｘ')).toBe('11010519491231002X')
  })
})

describe('normalizeMobile', () => {
  it('drops separators and the +86 / 0086 / 86 country prefix', () => {
    expect(normalizeMobile('+86 138-0013-8000')).toBe('13800138000')
    expect(normalizeMobile('0086 13800138000')).toBe('13800138000')
    expect(normalizeMobile('8613800138000')).toBe('13800138000')
    expect(normalizeMobile('１３８ ００１３ ８０００')).toBe('13800138000')
  })
})

describe('normalizePhone', () => {
  it('writes landlines as AREA-NUMBER[-EXT] whatever the typed separators', () => {
    expect(normalizePhone('(0755)86013388')).toBe('0755-86013388')
    expect(normalizePhone('０７５５ ８６０１ ３３８８')).toBe('0755-86013388')
    expect(normalizePhone('01062555555')).toBe('010-62555555')
    expect(normalizePhone('0755-86013388 转 123')).toBe('0755-86013388-123')
  })

  it('writes 400 numbers in groups and mobiles as 11 digits', () => {
    expect(normalizePhone('4006700700')).toBe('400-670-0700')
    expect(normalizePhone('+86 138 0013 8000')).toBe('13800138000')
  })

  it('leaves what it does not recognise trimmed, for the checker to report', () => {
    expect(normalizePhone('  12345 ')).toBe('12345')
  })
})

describe('normalizeEmail', () => {
  it('removes spaces and lower-cases the domain only', () => {
    expect(normalizeEmail(' Zhang.San@Example.COM ')).toBe('Zhang.San@example.com')
    expect(normalizeEmail('ｚｈａｎｇ＠qq.com')).toBe('zhang@qq.com')
  })
})

describe('normalizeDate', () => {
  it('writes typed dates as YYYY-MM-DD', () => {
    expect(normalizeDate('2024/1/5')).toBe('2024-01-05')
    expect(normalizeDate('2024.01.05')).toBe('2024-01-05')
    expect(normalizeDate('2024年1月5日')).toBe('2024-01-05')
    expect(normalizeDate('20240105')).toBe('2024-01-05')
    expect(normalizeDate('２０２４－０１－０５')).toBe('2024-01-05')
  })

  it('leaves non-dates alone', () => {
    expect(normalizeDate('长期')).toBe('长期')
  })
})

describe('sameName', () => {
  it('treats full- and half-width brackets, spacing and letter case as the same name', () => {
    expect(sameName('示例（深圳）有限公司', '示例(深圳)有限公司')).toBe(true)
    expect(sameName('John  Smith', 'JOHN SMITH')).toBe(true)
    expect(sameName('张三', '张 三')).toBe(true)
  })

  it('tells different names apart', () => {
    expect(sameName('示例（深圳）有限公司', '示例（广州）有限公司')).toBe(false)
  })
})

describe('normalizeMerchantProfile', () => {
  const typed = MerchantProfile.parse({
    licence: {
      creditCode: '９１４４０３００７０８４６１１３６ｔ',
      registeredName: ' 示例（深圳）  有限公司 '
    },
    legalRep: { name: ' 张三 ', idNumber: '11010519491231002x', validFrom: '2020/1/1' },
    contact: { mobile: '+86 138 0013 8000', email: 'A@Example.com' },
    business: {
      servicePhone: '(0755)86013388',
      miniProgram: { appId: ' WX0123456789ABCDEF ' },
      website: { icpRecord: '粤icp备12345678号' }
    },
    settlement: { accountNumber: '7559 1234 5610 001', regionCode: ' 440300 ' }
  })

  it('drops the hyphens and spaces a credit code is typed in groups with', () => {
    const grouped = MerchantProfile.parse({ licence: { creditCode: '9144-0300 7084－6113-6T' } })
    expect(normalizeMerchantProfile(grouped).licence.creditCode).toBe('91440300708461136T')
  })

  it('normalises every field by its kind', () => {
    const normal = normalizeMerchantProfile(typed)
    expect(normal.licence.creditCode).toBe('91440300708461136T')
    expect(normal.licence.registeredName).toBe('示例（深圳） 有限公司')
    expect(normal.legalRep.name).toBe('张三')
    expect(normal.legalRep.idNumber).toBe('11010519491231002X')
    expect(normal.legalRep.validFrom).toBe('2020-01-01')
    expect(normal.contact.mobile).toBe('13800138000')
    expect(normal.contact.email).toBe('A@example.com')
    expect(normal.business.servicePhone).toBe('0755-86013388')
    expect(normal.business.miniProgram.appId).toBe('wx0123456789abcdef')
    expect(normal.business.website.icpRecord).toBe('粤ICP备12345678号')
    expect(normal.settlement.accountNumber).toBe('755912345610001')
    expect(normal.settlement.regionCode).toBe('440300')
  })

  it('is idempotent', () => {
    const once = normalizeMerchantProfile(typed)
    expect(normalizeMerchantProfile(once)).toEqual(once)
  })

  it('leaves enum values and picture hashes untouched', () => {
    const sha256 = 'a'.repeat(64)
    const profile = MerchantProfile.parse({
      subjectType: 'individual',
      licence: { photo: { sha256 } },
      business: { salesScenes: ['officialAccount'] }
    })
    const normal = normalizeMerchantProfile(profile)
    expect(normal.subjectType).toBe('individual')
    expect(normal.licence.photo).toEqual({ sha256 })
    expect(normal.business.salesScenes).toEqual(['officialAccount'])
  })
})

describe('control characters', () => {
  it('removes NUL, BEL, ESC, DEL and bidi overrides from every area of a draft', () => {
    const content = emptyDraftContent()
    content.merchant.licence.registeredName = '杭州\u0000小笼包\u0007餐饮\u001b[31m有限公司'
    content.listing.intro = '\u202E好吃的小笼包\u202C'
    content.payment.alipay.merchantAccount = 'shop\u007f@example.com'
    const clean = normalizeDraftContent(content)
    expect(clean.merchant.licence.registeredName).toBe('杭州小笼包餐饮[31m有限公司')
    expect(clean.listing.intro).toBe('好吃的小笼包')
    expect(clean.payment.alipay.merchantAccount).toBe('shop@example.com')
  })

  it('keeps line breaks and tabs of multi-line text', () => {
    expect(removeControls('第一行\n\t第二行')).toBe('第一行\n\t第二行')
  })
})
