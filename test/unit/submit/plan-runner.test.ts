import { describe, expect, it } from 'vitest'
import { BundleManifest } from '../../../src-main/bundle/manifest'
import { mediaIdMarker } from '../../../src-main/platforms/listing-payload'
import type { BundleFiles, PayloadFile } from '../../../src-main/submit/bundle-files'
import { planSteps, readyCall, type Substitutes } from '../../../src-main/submit/plan-runner'

/**
 * How the plan runner reads a listing bundle: which steps it makes and how it fills media
 * placeholders. The bundles are built in memory in the shape bundle/plan.ts writes.
 */

const LOGO = 'media/aaaa.png'
const PROOF = 'media/bbbb.jpg'
const PROOF2 = 'media/cccc.jpg'

function bundleOf(
  payloads: Record<string, PayloadFile>,
  mediaToUpload: BundleManifest['mediaToUpload']
): BundleFiles {
  const manifest = BundleManifest.parse({
    format: 'kaitong-bundle',
    formatVersion: 1,
    appVersion: 'test',
    platform: 'baidu-mp',
    draftId: 'd1',
    revision: 1,
    created: '2026-12-01T00:00:00.000Z',
    files: [],
    calls: Object.keys(payloads),
    encrypted: [],
    toEncrypt: [],
    mediaToUpload
  })
  return {
    manifest,
    bytes: () => new Uint8Array([1]),
    payload: (path) => structuredClone(payloads[path]!)
  }
}

/** Ids as a platform would answer them, by the step that uploaded the picture. */
const answers: Substitutes = {
  answerOf: () => undefined,
  mediaIdOf: (step) => `https://img.example/${step.replace(/^\w+:/, '').replace(/\W/g, '_')}`,
  encrypt: (plaintext) => plaintext
}

describe('a listing bundle’s plan', () => {
  it('puts each uploaded URL inside a comma list and inside a JSON string, leaving the rest as written', () => {
    const categorys = JSON.stringify([
      { sub_category_id: 197, qualis: [{ id: 1, addr: mediaIdMarker(PROOF2) }] }
    ])
    const bundle = bundleOf(
      {
        'payload/01-setnickname.json': {
          call: 'POST https://openapi.baidu.com/rest/2.0/smartapp/app/setnickname',
          contentType: 'form',
          body: {
            nick_name: '小鹿留学',
            app_name_material: `${mediaIdMarker(PROOF)},${mediaIdMarker(PROOF2)}`,
            categorys
          }
        }
      },
      [
        { file: 'payload/01-setnickname.json', pointer: '/app_name_material', media: PROOF },
        { file: 'payload/01-setnickname.json', pointer: '/app_name_material', media: PROOF2 },
        { file: 'payload/01-setnickname.json', pointer: '/categorys', media: PROOF2 }
      ]
    )
    const { body } = readyCall(bundle, 'payload/01-setnickname.json', answers)
    expect(body['app_name_material']).toBe(
      'https://img.example/media_bbbb_jpg,https://img.example/media_cccc_jpg'
    )
    expect(JSON.parse(String(body['categorys']))).toEqual([
      { sub_category_id: 197, qualis: [{ id: 1, addr: 'https://img.example/media_cccc_jpg' }] }
    ])
    expect(body['nick_name']).toBe('小鹿留学')
  })

  it('takes a picture’s id from the bundle’s own upload call instead of uploading it again', () => {
    const bundle = bundleOf(
      {
        'payload/01-upload-head-image.json': {
          call: 'POST https://api.weixin.qq.com/cgi-bin/media/upload?type=image',
          contentType: 'multipart',
          body: {},
          files: { media: LOGO }
        },
        'payload/02-modifyheadimage.json': {
          call: 'POST https://api.weixin.qq.com/cgi-bin/account/modifyheadimage',
          contentType: 'json',
          body: { head_img_media_id: mediaIdMarker(LOGO), x1: '0', y1: '0', x2: '1', y2: '1' }
        }
      },
      [{ file: 'payload/02-modifyheadimage.json', pointer: '/head_img_media_id', media: LOGO }]
    )
    expect(planSteps(bundle).map((step) => step.key)).toEqual([
      'call:payload/01-upload-head-image.json',
      'call:payload/02-modifyheadimage.json'
    ])
    const { body } = readyCall(bundle, 'payload/02-modifyheadimage.json', answers)
    expect(body['head_img_media_id']).toBe('https://img.example/payload_01_upload_head_image_json')
  })

  it('uploads first a picture no call of the bundle carries, once however often it is used', () => {
    const bundle = bundleOf(
      {
        'payload/01-modify-app-name.json': {
          call: 'POST https://open.douyin.com/api/apps/v2/basic_info/modify_app_name/',
          contentType: 'json',
          body: { new_name: '小鹿留学', material_file_path: mediaIdMarker(PROOF) }
        },
        'payload/02-modify-app-icon.json': {
          call: 'POST https://open.douyin.com/api/apps/v2/basic_info/modify_app_icon/',
          contentType: 'json',
          body: { new_icon_path: mediaIdMarker(PROOF) }
        }
      },
      [
        { file: 'payload/01-modify-app-name.json', pointer: '/material_file_path', media: PROOF },
        { file: 'payload/02-modify-app-icon.json', pointer: '/new_icon_path', media: PROOF }
      ]
    )
    expect(planSteps(bundle).map((step) => step.key)).toEqual([
      `upload:${PROOF}`,
      'call:payload/01-modify-app-name.json',
      'call:payload/02-modify-app-icon.json'
    ])
  })

  it('refuses to send a placeholder whose upload has no answer yet', () => {
    const bundle = bundleOf(
      {
        'payload/01-modify-app-icon.json': {
          call: 'POST https://open.douyin.com/api/apps/v2/basic_info/modify_app_icon/',
          contentType: 'json',
          body: { new_icon_path: mediaIdMarker(LOGO) }
        }
      },
      [{ file: 'payload/01-modify-app-icon.json', pointer: '/new_icon_path', media: LOGO }]
    )
    expect(() =>
      readyCall(bundle, 'payload/01-modify-app-icon.json', {
        ...answers,
        mediaIdOf: () => undefined
      })
    ).toThrow('submit.placeholder_unfilled')
  })
})
