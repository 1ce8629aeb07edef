import { describe, expect, it } from 'vitest'
import type { DraftContent } from '../../../src-main/domain/draft'
import type { BundlePart } from '../../../src-main/platforms/adapter'
import { douyinMpAdapter } from '../../../src-main/platforms/douyin-mp'
import { completeDraft, fakeMedia, readPlatformFixture, sha } from '../../helpers/listing'

function build(draft: DraftContent = completeDraft()): BundlePart[] {
  return douyinMpAdapter.buildPayload(draft, fakeMedia(douyinMpAdapter.mediaSpecs), {
    now: new Date('2026-11-25T00:00:00Z'),
    attempt: 1
  })
}

function part(parts: BundlePart[], name: string): BundlePart {
  const found = parts.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`no part ${name}`)
  return found
}

describe('douyin-mp adapter', () => {
  it('builds the recorded call sequence for the complete draft', () => {
    expect(build()).toEqual(readPlatformFixture('douyin-mp/listing-payload.json'))
  })

  it('orders name, intro, icon, categories, their publication, then the audit', () => {
    expect(build().map((candidate) => candidate.name)).toEqual([
      'modify-app-name',
      'modify-app-intro',
      'modify-app-icon',
      'add-categories',
      'publish-category',
      'package-audit'
    ])
  })

  it('renames with the first name proof as material_file_path', () => {
    const rename = part(build(), 'modify-app-name')
    expect(rename.endpoint).toBe(
      'POST https://open.douyin.com/api/apps/v2/basic_info/modify_app_name/'
    )
    expect(rename.body).toEqual({
      new_name: '小鹿留学',
      material_file_path: 'media-id:media/nameProof-555555.jpg'
    })
  })

  it('sends the intro and the icon path', () => {
    expect(part(build(), 'modify-app-intro').body).toEqual({
      new_intro: '提供留学咨询、院校申请和签证材料准备服务'
    })
    expect(part(build(), 'modify-app-icon').body).toEqual({
      new_icon_path: 'media-id:media/logo-111111.png'
    })
  })

  it('sends categories as comma-joined ids, with certificates only where the category asks', () => {
    const draft = completeDraft()
    draft.listing.categories['douyin-mp'].push({
      code: '158_159_259',
      names: [],
      qualifications: [{ key: '117', files: [{ sha256: sha('6') }] }]
    })
    expect(part(build(draft), 'add-categories').body).toEqual({
      category_info: [
        { category: '188,189,190' },
        {
          category: '158,159,259',
          category_cert: [
            {
              id: '117',
              name: '《网络文化经营许可证》(经营范围含网络表演)',
              path_list: ['media-id:media/qualification-666666.jpg']
            }
          ]
        }
      ]
    })
  })

  it('drops certificates attached to a listed category that needs none (21315)', () => {
    const draft = completeDraft()
    draft.listing.categories['douyin-mp'][0]!.qualifications = [
      { key: '79', files: [{ sha256: sha('6') }] }
    ]
    expect(part(build(draft), 'add-categories').body).toEqual({
      category_info: [{ category: '188,189,190' }]
    })
    expect(douyinMpAdapter.mediaUses(draft).map((use) => use.slot)).not.toContain('qualification')
  })

  it('publishes the categories once their qualifications pass review', () => {
    expect(part(build(), 'publish-category').waitFor).toContain('category_audit_state')
  })

  it('submits the audit to the chosen hosts with the test account in audit_note', () => {
    expect(part(build(), 'package-audit').body).toEqual({
      host_names: ['douyin'],
      audit_note:
        '首个版本：提供留学咨询预约、院校申请进度查询和签证材料清单下载，审核时可用测试账号登录查看示例申请。\n' +
        '测试账号：review01\n测试密码：Review#2026\n登录后进入“我的申请”查看示例申请'
    })
  })

  it('lists what is still due', () => {
    expect(douyinMpAdapter.requirements(completeDraft()).every((item) => item.met)).toBe(true)
    const draft = completeDraft()
    draft.listing.intro = ''
    expect(douyinMpAdapter.requirements(draft).filter((item) => !item.met)).toEqual([
      { id: 'douyin-mp.intro', step: 'listing', path: 'listing.intro', met: false }
    ])
  })

  it('takes the icon as JPEG or PNG up to 2 MB', () => {
    expect(douyinMpAdapter.mediaSpecs.logo).toEqual({
      formats: ['png', 'jpeg'],
      maxBytes: 2 * 1024 * 1024
    })
  })
})
