import { describe, expect, it } from 'vitest'
import type { DraftContent } from '../../../src-main/domain/draft'
import type { BundlePart } from '../../../src-main/platforms/adapter'
import { createWechatMpAdapter, wechatMpAdapter } from '../../../src-main/platforms/wechat-mp'
import {
  completeDraft,
  fakeMedia,
  fixtureCatalog,
  readPlatformFixture,
  sha
} from '../../helpers/listing'

function build(draft: DraftContent = completeDraft(), adapter = wechatMpAdapter): BundlePart[] {
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

describe('wechat-mp adapter', () => {
  it('builds the recorded call sequence for the complete draft', () => {
    expect(build()).toEqual(readPlatformFixture('wechat-mp/listing-payload.json'))
  })

  it('orders the calls name, head image, intro, categories, privacy guide, audit media, submit_audit', () => {
    const calls = build()
      .filter((candidate) => !candidate.name.startsWith('upload-'))
      .map((candidate) => candidate.name)
    expect(calls).toEqual([
      'setnickname',
      'modifyheadimage',
      'modifysignature',
      'addcategory',
      'setprivacysetting',
      'submit_audit'
    ])
  })

  it('uploads each picture as temporary material or audit media right before the call using it', () => {
    const names = build().map((candidate) => candidate.name)
    expect(names.indexOf('upload-head-image')).toBe(names.indexOf('modifyheadimage') - 1)
    expect(names.indexOf('upload-certificate-1-1')).toBe(names.indexOf('addcategory') - 1)
    const upload = part(build(), 'upload-head-image')
    expect(upload.endpoint).toBe('POST https://api.weixin.qq.com/cgi-bin/media/upload?type=image')
    expect(upload.files).toEqual({ media: 'media/logo-111111.png' })
    expect(part(build(), 'upload-audit-media-1').endpoint).toBe(
      'POST https://api.weixin.qq.com/wxa/uploadmedia'
    )
  })

  it('sends the name with the licence and name proof as media placeholders, never media ids', () => {
    const setnickname = part(build(), 'setnickname')
    expect(setnickname.endpoint).toBe('POST https://api.weixin.qq.com/wxa/setnickname')
    expect(setnickname.body).toEqual({
      nick_name: '小鹿留学',
      license: 'media-id:media/licence-777777.jpg',
      naming_other_stuff_1: 'media-id:media/nameProof-555555.jpg'
    })
    expect(setnickname.placeholders).toEqual([
      { pointer: '/license', kind: 'media-id', file: 'media/licence-777777.jpg' },
      { pointer: '/naming_other_stuff_1', kind: 'media-id', file: 'media/nameProof-555555.jpg' }
    ])
  })

  it('sends the crop box corners as strings in [0, 1]', () => {
    const draft = completeDraft()
    draft.listing.logoCrop = { x1: 0.125, y1: 0, x2: 0.875, y2: 1 }
    expect(part(build(draft), 'modifyheadimage').body).toMatchObject({
      x1: '0.125',
      y1: '0',
      x2: '0.875',
      y2: '1'
    })
  })

  it('sends the intro as signature', () => {
    expect(part(build(), 'modifysignature').body).toEqual({
      signature: '提供留学咨询、院校申请和签证材料准备服务'
    })
  })

  it('spells certificates as the API does (certicates) and leaves them out where none are needed', () => {
    expect(part(build(), 'addcategory').body).toEqual({
      categories: [
        {
          first: 8,
          second: 39,
          certicates: [
            {
              key: '《因私出入境中介机构经营许可证》',
              value: 'media-id:media/qualification-666666.jpg'
            }
          ]
        },
        { first: 287, second: 298 }
      ]
    })
  })

  it('sets the privacy guide (development version) with owner_setting after privacy detection', () => {
    const privacy = part(build(), 'setprivacysetting')
    expect(privacy.body).toEqual({
      privacy_ver: 2,
      setting_list: [
        { privacy_key: 'PhoneNumber', privacy_text: '在预约顾问时联系你并确认面谈时间' },
        { privacy_key: 'Album', privacy_text: '上传护照和成绩单照片以便整理申请材料' }
      ],
      owner_setting: {
        contact_email: 'privacy@xiaolu-study.cn',
        contact_phone: '0571-88886666',
        notice_method: '弹窗',
        store_expire_timestamp: '30天'
      }
    })
    expect(privacy.waitFor).toContain('get_code_privacy_info')
  })

  it('submits item_list from the categories, with names, ids, tags and page titles', () => {
    const submit = part(build(), 'submit_audit')
    expect(submit.body.item_list).toEqual([
      {
        address: 'pages/index/index',
        tag: '留学 签证',
        first_class: '教育',
        second_class: '出国移民',
        first_id: 8,
        second_id: 39,
        title: '首页'
      },
      {
        address: 'pages/advisor/list',
        tag: '留学 签证',
        first_class: '工具',
        second_class: '办公',
        first_id: 287,
        second_id: 298,
        title: '预约顾问'
      }
    ])
    expect(submit.waitFor).toContain('audit_stat')
  })

  it('sends preview_info as an object of audit-media placeholders', () => {
    const submit = part(build(), 'submit_audit')
    expect(submit.body.preview_info).toEqual({
      pic_id_list: [
        'media-id:media/screenshot-222222.png',
        'media-id:media/screenshot-333333.png',
        'media-id:media/screenshot-444444.png'
      ]
    })
  })

  it('puts the test account for reviewers in version_desc', () => {
    expect(part(build(), 'submit_audit').body.version_desc).toBe(
      '首个版本：提供留学咨询预约、院校申请进度查询和签证材料清单下载，审核时可用测试账号登录查看示例申请。\n' +
        '测试账号：review01\n测试密码：Review#2026\n登录后进入“我的申请”查看示例申请'
    )
  })

  it('adds ugc_declare only when a category needs it, with the API’s numbers', () => {
    expect(part(build(), 'submit_audit').body).not.toHaveProperty('ugc_declare')
    const draft = completeDraft()
    draft.listing.categories['wechat-mp'].push({
      code: '9_98',
      names: ['社交', '笔记'],
      qualifications: []
    })
    draft.listing.ugc = {
      scenes: ['text', 'other'],
      otherSceneDescription: '用户留言',
      methods: ['contentSecurityApi', 'manualReview'],
      hasAuditTeam: true,
      auditDescription: '7×24 小时人工巡查'
    }
    expect(part(build(draft), 'submit_audit').body.ugc_declare).toEqual({
      scene: [4, 5],
      other_scene_desc: '用户留言',
      method: [1, 3],
      has_audit_team: 1,
      audit_desc: '7×24 小时人工巡查'
    })
  })

  it('takes UGC flags from a category table as well as from the names', () => {
    const adapter = createWechatMpAdapter(fixtureCatalog('wechat-mp'))
    const draft = completeDraft()
    draft.listing.categories['wechat-mp'] = [{ code: '500_501', names: [], qualifications: [] }]
    expect(adapter.validate(draft).map((found) => found.code)).toContain(
      'wechat-mp.ugc_declaration'
    )
  })

  it('lists what is still due, pointing at the fields', () => {
    expect(wechatMpAdapter.requirements(completeDraft()).every((item) => item.met)).toBe(true)
    const empty = completeDraft()
    empty.listing.logo = null
    empty.merchant.licence.photo = null
    const unmet = wechatMpAdapter.requirements(empty).filter((item) => !item.met)
    expect(unmet).toEqual([
      { id: 'wechat-mp.logo', step: 'listing', path: 'listing.logo', met: false },
      {
        id: 'wechat-mp.licence_photo',
        step: 'merchant',
        path: 'merchant.licence.photo',
        met: false
      }
    ])
  })

  it('names every picture it needs with its slot and draft path', () => {
    expect(wechatMpAdapter.mediaUses(completeDraft())).toEqual([
      { slot: 'licence', path: 'merchant.licence.photo', source: sha('7') },
      { slot: 'nameProof', path: 'listing.nameProof.0', source: sha('5') },
      { slot: 'logo', path: 'listing.logo', source: sha('1') },
      {
        slot: 'qualification',
        path: 'listing.categories.wechat-mp.0.qualifications.0.files.0',
        source: sha('6')
      },
      { slot: 'screenshot', path: 'listing.screenshots.0', source: sha('2') },
      { slot: 'screenshot', path: 'listing.screenshots.1', source: sha('3') },
      { slot: 'screenshot', path: 'listing.screenshots.2', source: sha('4') }
    ])
  })

  it('takes head images as BMP, JPEG, GIF or PNG up to 2 MB', () => {
    expect(wechatMpAdapter.mediaSpecs.logo).toEqual({
      formats: ['png', 'jpeg', 'bmp', 'gif'],
      maxBytes: 2 * 1024 * 1024
    })
  })
})
