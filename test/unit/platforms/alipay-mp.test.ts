import { describe, expect, it } from 'vitest'
import type { DraftContent } from '../../../src-main/domain/draft'
import type { BundlePart } from '../../../src-main/platforms/adapter'
import { alipayMpAdapter, createAlipayMpAdapter } from '../../../src-main/platforms/alipay-mp'
import {
  completeDraft,
  fakeMedia,
  fixtureCatalog,
  readPlatformFixture,
  sha
} from '../../helpers/listing'

function build(draft: DraftContent = completeDraft(), adapter = alipayMpAdapter): BundlePart[] {
  return adapter.buildPayload(draft, fakeMedia(adapter.mediaSpecs), {
    now: new Date('2026-11-25T00:00:00Z'),
    attempt: 1
  })
}

describe('alipay-mp adapter', () => {
  it('builds the recorded pair of requests for the complete draft', () => {
    expect(build()).toEqual(readPlatformFixture('alipay-mp/listing-payload.json'))
  })

  it('sends baseinfo.modify as multipart: flat text fields and the logo file', () => {
    const [baseinfo] = build()
    expect(baseinfo).toMatchObject({
      name: 'baseinfo-modify',
      endpoint: 'alipay.open.mini.baseinfo.modify',
      contentType: 'multipart'
    })
    expect(baseinfo!.body).toEqual({
      app_name: '小鹿留学',
      app_english_name: 'XiaoluStudy',
      app_slogan: '提供留学咨询、院校申请和签证材料准备服务',
      app_desc:
        '小鹿留学为学生和家长提供留学规划咨询、院校申请材料整理、签证材料准备和行前指导，支持在线预约顾问、查看申请进度和下载材料清单。',
      app_category_ids: '107209_107306',
      service_phone: '0571-88886666',
      service_email: 'hello@xiaolu-study.cn'
    })
    expect(baseinfo!.files).toEqual({ app_logo: 'media/logo-111111.png' })
  })

  it('falls back to the merchant profile’s service email', () => {
    expect(completeDraft().listing.serviceEmail).toBe('')
    expect(build()[0]!.body.service_email).toBe('hello@xiaolu-study.cn')
  })

  it('sends audit.apply with the version, licence, region and test account, files by field name', () => {
    const audit = build()[1]!
    expect(audit).toMatchObject({
      name: 'version-audit-apply',
      endpoint: 'alipay.open.mini.version.audit.apply',
      contentType: 'multipart'
    })
    expect(audit.body).toEqual({
      app_version: '1.0.0',
      version_desc:
        '首个版本：提供留学咨询预约、院校申请进度查询和签证材料清单下载，审核时可用测试账号登录查看示例申请。',
      memo: '登录后进入“我的申请”查看示例申请',
      license_name: '杭州小鹿教育咨询有限公司',
      license_no: '91330106MA2H3K4L5P',
      license_valid_date: '9999-12-31',
      region_type: 'LOCATION',
      service_region_info:
        '[{"province_code":"330000","province_name":"浙江省","city_code":"330100","city_name":"杭州市"}]',
      test_accout: 'review01',
      test_password: 'Review#2026'
    })
    expect(audit.files).toEqual({
      first_screen_shot: 'media/screenshot-222222.png',
      second_screen_shot: 'media/screenshot-333333.png',
      third_screen_shot: 'media/screenshot-444444.png',
      first_license_pic: 'media/licence-777777.jpg'
    })
    expect(audit.waitFor).toContain('MINI_APP_INFO_AUDIT_CONTAINS')
  })

  it('keeps every multipart text field a string', () => {
    for (const request of build()) {
      for (const value of Object.values(request.body)) expect(typeof value).toBe('string')
    }
  })

  it('sends the licence’s end date unless it is long-term, and no region list outside LOCATION', () => {
    const draft = completeDraft()
    draft.merchant.licence.longTerm = false
    draft.merchant.licence.validTo = '2041-03-07'
    draft.listing.serviceRegion = { type: 'china', areas: [] }
    draft.listing.testAccount.needsLogin = false
    const body = build(draft)[1]!.body
    expect(body.license_valid_date).toBe('2041-03-07')
    expect(body.region_type).toBe('CHINA')
    expect(body).not.toHaveProperty('service_region_info')
    expect(body).not.toHaveProperty('test_accout')
  })

  it('puts new-tree XS codes in mini_category_ids and attaches special licences and the storefront', () => {
    const adapter = createAlipayMpAdapter(fixtureCatalog('alipay-mp'))
    const draft = completeDraft()
    draft.merchant.business.store.entrancePhoto = { sha256: sha('b') }
    draft.listing.categories['alipay-mp'] = [
      { code: '100_101', names: [], qualifications: [] },
      {
        code: '100_102',
        names: [],
        qualifications: [{ key: 'special_license', files: [{ sha256: sha('6') }] }]
      },
      { code: 'XS200_XS201', names: [], qualifications: [] }
    ]
    const [baseinfo, audit] = build(draft, adapter)
    expect(baseinfo!.body.app_category_ids).toBe('100_101;100_102')
    expect(baseinfo!.body.mini_category_ids).toBe('XS200_XS201')
    expect(audit!.files).toMatchObject({
      first_special_license_pic: 'media/qualification-666666.jpg',
      out_door_pic: 'media/storefront-bbbbbb.jpg'
    })
  })

  it('lists what is still due, including merchant pictures a category asks for', () => {
    expect(alipayMpAdapter.requirements(completeDraft()).every((item) => item.met)).toBe(true)
    const adapter = createAlipayMpAdapter(fixtureCatalog('alipay-mp'))
    const draft = completeDraft()
    draft.listing.categories['alipay-mp'] = [{ code: '100_101', names: [], qualifications: [] }]
    draft.listing.screenshots = []
    expect(adapter.requirements(draft).filter((item) => !item.met)).toEqual([
      { id: 'alipay-mp.screenshots', step: 'listing', path: 'listing.screenshots', met: false },
      {
        id: 'alipay-mp.storefront_photo',
        step: 'merchant',
        path: 'merchant.business.store.entrancePhoto',
        met: false
      }
    ])
  })

  it('takes the logo as square JPEG or PNG up to 2 MB, other pictures up to 4 MB and 2160×3840', () => {
    expect(alipayMpAdapter.mediaSpecs.logo).toEqual({
      formats: ['png', 'jpeg'],
      maxBytes: 2 * 1024 * 1024,
      square: true
    })
    expect(alipayMpAdapter.mediaSpecs.screenshot).toEqual({
      formats: ['png', 'jpeg'],
      maxBytes: 4 * 1024 * 1024,
      width: { max: 2160 },
      height: { max: 3840 }
    })
  })
})
