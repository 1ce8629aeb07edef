import { describe, expect, it } from 'vitest'
import {
  regionInAddress,
  isValidRegionCode,
  listCities,
  listDistricts,
  listProvinces,
  locateRegion,
  regionFullName,
  regionName
} from '../../../src-main/domain/regions'

describe('regions', () => {
  it('lists the 34 provincial-level divisions, Hong Kong, Macao and Taiwan included', () => {
    const provinces = listProvinces()
    expect(provinces).toHaveLength(34)
    expect(provinces[0]).toEqual({ code: '110000', name: '北京市' })
    expect(provinces.map((province) => province.code)).toContain('810000')
  })

  it('lists the cities of a province', () => {
    const cities = listCities('440000')
    expect(cities).toContainEqual({ code: '440300', name: '深圳市' })
    expect(cities).toContainEqual({ code: '441900', name: '东莞市' })
  })

  it('gives a municipality itself as its only city, with its districts under it', () => {
    expect(listCities('110000')).toEqual([{ code: '110000', name: '北京市' }])
    expect(listDistricts('110000')).toContainEqual({ code: '110105', name: '朝阳区' })
  })

  it('names the pseudo-city of directly administered counties as the standard does', () => {
    expect(regionName('429000')).toBe('省直辖县级行政区划')
    expect(regionName('659000')).toBe('自治区直辖县级行政区划')
    expect(listDistricts('429000')).toContainEqual({ code: '429004', name: '仙桃市' })
  })

  it('does not offer the 市辖区 statistical placeholder', () => {
    expect(listDistricts('440300').map((district) => district.name)).not.toContain('市辖区')
    expect(isValidRegionCode('440301')).toBe(false)
  })

  it('locates a code in its province, city and district', () => {
    expect(locateRegion('440305')).toEqual({
      province: { code: '440000', name: '广东省' },
      city: { code: '440300', name: '深圳市' },
      district: { code: '440305', name: '南山区' }
    })
    expect(locateRegion('440000')?.city).toBeNull()
    expect(locateRegion('999999')).toBeNull()
  })

  it('writes a full name without repeating a municipality', () => {
    expect(regionFullName('440305')).toBe('广东省 深圳市 南山区')
    expect(regionFullName('110105')).toBe('北京市 朝阳区')
  })

  it('accepts only six-digit codes present in the table', () => {
    expect(isValidRegionCode('340103')).toBe(true)
    expect(isValidRegionCode('440399')).toBe(false)
    expect(isValidRegionCode('44030')).toBe(false)
  })

  it('returns nothing for codes at the wrong level', () => {
    expect(listCities('440300')).toEqual([])
    expect(listDistricts('440000')).toEqual([])
    expect(listDistricts('440305')).toEqual([])
  })
})

describe('regionInAddress', () => {
  it('finds the district an address names after its province and city', () => {
    expect(regionInAddress('浙江省杭州市西湖区文三路 90 号')).toBe('330106')
  })

  it('reads province and city short names and addresses that leave the province out', () => {
    expect(regionInAddress('浙江杭州西湖区')).toBe('330106')
    expect(regionInAddress('深圳市南山区科技园')).toBe('440305')
    expect(regionInAddress('广西南宁市青秀区民族大道')).toBe('450103')
  })

  it('takes a municipality’s district straight after the municipality', () => {
    expect(regionInAddress('上海市浦东新区世纪大道 100 号')).toBe('310115')
    expect(regionInAddress('北京朝阳区建国路')).toBe('110105')
  })

  it('names no district for a street that only starts like one, or an address without a city', () => {
    expect(regionInAddress('杭州市西湖路 1 号')).toBeNull()
    expect(regionInAddress('西湖区文三路 90 号')).toBeNull()
  })
})
