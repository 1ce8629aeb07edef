import { describe, expect, it } from 'vitest'
import { LISTING_PLATFORMS } from '../../../src-main/domain/listing'
import {
  CATEGORY_CATALOGS,
  missingQualifications,
  qualificationName,
  searchCategories
} from '../../../src-main/platforms/categories'
import { fixtureCatalog, sha } from '../../helpers/listing'

const choice = (code: string, names: string[] = [], keys: string[] = []) => ({
  code,
  names,
  qualifications: keys.map((key) => ({ key, files: [{ sha256: sha('6') }] }))
})

describe('category tables', () => {
  it('ships one dated table per listing platform, naming its source', () => {
    for (const platform of LISTING_PLATFORMS) {
      const { table } = CATEGORY_CATALOGS[platform]
      expect(table.platform).toBe(platform)
      expect(table.source).not.toBe('')
      expect(table.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('flags the categories that need a qualification', () => {
    const entry = CATEGORY_CATALOGS['wechat-mp'].find('8_39')
    expect(entry?.names).toEqual(['教育', '出国移民'])
    expect(entry?.qualifications.map((item) => item.name)).toEqual([
      '《因私出入境中介机构经营许可证》'
    ])
    expect(CATEGORY_CATALOGS['wechat-mp'].find('287_298')?.qualifications).toEqual([])
  })

  it('finds categories by name, by code and by pinyin initials', () => {
    const codes = (query: string) => searchCategories('wechat-mp', query).map((entry) => entry.code)
    expect(codes('办公')).toEqual(['287_298'])
    expect(codes('8_39')).toEqual(['8_39'])
    expect(codes('gjbg')).toEqual(['287_298'])
    expect(codes('CGYM')).toEqual(['8_39'])
    expect(codes('')).toEqual(
      CATEGORY_CATALOGS['wechat-mp'].table.categories.map((entry) => entry.code)
    )
    expect(codes('不存在')).toEqual([])
  })

  it('resolves a pick with the table’s names, else the names typed in the draft', () => {
    const catalog = CATEGORY_CATALOGS['wechat-mp']
    expect(catalog.resolve(choice('287_298', ['x', 'y']))).toMatchObject({
      ids: ['287', '298'],
      names: ['工具', '办公']
    })
    expect(catalog.resolve(choice('9_99', ['教育', '其他'])).names).toEqual(['教育', '其他'])
    expect(catalog.resolve(choice('9_99', ['教育', '其他'])).entry).toBeUndefined()
  })

  it('needs a UGC declaration for WeChat’s community, note and Q&A categories, listed or not', () => {
    const catalog = CATEGORY_CATALOGS['wechat-mp']
    expect(catalog.resolve(choice('9_98', ['社交', '社区/论坛'])).needsUgcDeclaration).toBe(true)
    expect(catalog.resolve(choice('9_97', ['社交', '问答'])).needsUgcDeclaration).toBe(true)
    expect(catalog.resolve(choice('287_298')).needsUgcDeclaration).toBe(false)
    expect(fixtureCatalog('wechat-mp').resolve(choice('500_501')).needsUgcDeclaration).toBe(true)
  })

  it('accepts any one complete option of alternative qualifications', () => {
    const entry = CATEGORY_CATALOGS['douyin-mp'].find('158_159_259')!
    expect(missingQualifications(entry, choice('158_159_259', [], ['117']))).toEqual([])
    expect(missingQualifications(entry, choice('158_159_259', [], ['158', '159']))).toEqual([])
    expect(missingQualifications(entry, choice('158_159_259', [], ['158']))).toEqual(['79'])
    expect(qualificationName(entry, '79')).toBe('《信息网络传播视听节目许可证》')
  })

  it('requires every qualification where the table gives no alternatives', () => {
    const entry = CATEGORY_CATALOGS['wechat-mp'].find('8_39')!
    expect(missingQualifications(entry, choice('8_39'))).toEqual([
      '《因私出入境中介机构经营许可证》'
    ])
  })

  it('counts a qualification without files as missing', () => {
    const entry = CATEGORY_CATALOGS['wechat-mp'].find('8_39')!
    const empty = {
      code: '8_39',
      names: [],
      qualifications: [{ key: '《因私出入境中介机构经营许可证》', files: [] }]
    }
    expect(missingQualifications(entry, empty)).toEqual(['《因私出入境中介机构经营许可证》'])
  })
})
