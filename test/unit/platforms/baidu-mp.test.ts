import { describe, expect, it } from 'vitest'
import type { DraftContent } from '../../../src-main/domain/draft'
import type { BundlePart } from '../../../src-main/platforms/adapter'
import { baiduMpAdapter, createBaiduMpAdapter } from '../../../src-main/platforms/baidu-mp'
import {
  completeDraft,
  fakeMedia,
  fixtureCatalog,
  readPlatformFixture,
  sha
} from '../../helpers/listing'

function build(draft: DraftContent = completeDraft(), adapter = baiduMpAdapter): BundlePart[] {
  return adapter.buildPayload(draft, fakeMedia(adapter.mediaSpecs), {
    now: new Date('2026-11-25T00:00:00Z'),
    attempt: 1
  })
}

function part(parts: BundlePart[], name: string): BundlePart {
  const found = parts.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`no part ${name}`)
  return found
}

describe('baidu-mp adapter', () => {
  it('builds the recorded call sequence for the complete draft', () => {
    expect(build()).toEqual(readPlatformFixture('baidu-mp/listing-payload.json'))
  })

  it('orders name, head image, signature, categories, then the audit', () => {
    expect(build().map((candidate) => `${candidate.name} ${candidate.endpoint}`)).toEqual([
      'setnickname POST https://openapi.baidu.com/rest/2.0/smartapp/app/setnickname',
      'modifyheadimage POST https://openapi.baidu.com/rest/2.0/smartapp/app/modifyheadimage',
      'modifysignature POST https://openapi.baidu.com/rest/2.0/smartapp/app/modifysignature',
      'category-update POST https://openapi.baidu.com/rest/2.0/smartapp/app/category/update',
      'submitaudit POST https://openapi.baidu.com/rest/2.0/smartapp/package/submitaudit'
    ])
  })

  it('joins several name proofs into app_name_material, one marker per file', () => {
    const draft = completeDraft()
    draft.listing.nameProof.push({ sha256: sha('8') })
    const setnickname = part(build(draft), 'setnickname')
    expect(setnickname.body).toEqual({
      nick_name: '小鹿留学',
      app_name_material: 'media-id:media/nameProof-555555.jpg,media-id:media/nameProof-888888.jpg'
    })
    expect(setnickname.placeholders?.map((placeholder) => placeholder.pointer)).toEqual([
      '/app_name_material',
      '/app_name_material'
    ])
  })

  it('sends categorys as a JSON string of sub-category ids with their qualifications', () => {
    const adapter = createBaiduMpAdapter(fixtureCatalog('baidu-mp'))
    const draft = completeDraft()
    draft.listing.categories['baidu-mp'] = [
      { code: '10_197', names: [], qualifications: [{ key: '1', files: [{ sha256: sha('6') }] }] }
    ]
    const update = part(build(draft, adapter), 'category-update')
    expect(Object.keys(update.body)).toEqual(['categorys'])
    expect(JSON.parse(String(update.body.categorys))).toEqual([
      { sub_category_id: 197, qualis: [{ id: 1, addr: 'media-id:media/qualification-666666.jpg' }] }
    ])
    expect(update.placeholders?.map((placeholder) => placeholder.pointer)).toEqual(['/categorys'])
  })

  it('leaves qualis out for a category that needs no qualification, as the doc example does', () => {
    const update = part(build(), 'category-update')
    expect(JSON.parse(String(update.body.categorys))).toEqual([{ sub_category_id: 197 }])
  })

  it('submits content, package_id and the reviewer remark', () => {
    expect(part(build(), 'submitaudit').body).toEqual({
      content:
        '首个版本：提供留学咨询预约、院校申请进度查询和签证材料清单下载，审核时可用测试账号登录查看示例申请。',
      package_id: '1234567',
      remark: '测试账号：review01\n测试密码：Review#2026\n登录后进入“我的申请”查看示例申请'
    })
  })

  it('lists what is still due', () => {
    expect(baiduMpAdapter.requirements(completeDraft()).every((item) => item.met)).toBe(true)
    const draft = completeDraft()
    draft.listing.baiduPackageId = ''
    expect(baiduMpAdapter.requirements(draft).filter((item) => !item.met)).toEqual([
      { id: 'baidu-mp.package_id', step: 'listing', path: 'listing.baiduPackageId', met: false }
    ])
  })

  it('takes the icon square, 100–256 px, JPEG or PNG up to 5 MB', () => {
    expect(baiduMpAdapter.mediaSpecs.logo).toEqual({
      formats: ['png', 'jpeg'],
      maxBytes: 5 * 1024 * 1024,
      square: true,
      width: { min: 100, max: 256 },
      height: { min: 100, max: 256 }
    })
  })
})
