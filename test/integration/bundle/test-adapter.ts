import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { DraftContent, type DraftContentInput } from '../../../src-main/domain/draft'
import type {
  BundleFileRef,
  BundlePart,
  PlatformAdapter,
  ResolvedMedia
} from '../../../src-main/platforms/adapter'
import type { BundleInput } from '../../../src-main/bundle'

/** A platform public-key id as WeChat Pay issues them (the header keeps the prefix). */
export const KEY_ID = 'PUB_KEY_ID_0114232019292025011600388800000000'
export const CONTACT_POINTER = '/contact_info/contact_id_number'
export const LICENCE_POINTER = '/subject_info/business_license_info/license_copy'

/**
 * A two-call platform: a multipart upload carrying the licence image, then a JSON call
 * that needs the upload's media id and one sensitive field, encrypted when Kaitong can.
 */
export const testAdapter: PlatformAdapter = {
  id: 'wechat-pay',
  kind: 'payment',
  requirements: (draft) => [
    { id: 'wechat-pay.subject_type', step: 'merchant', path: 'merchant.subjectType', met: true },
    {
      id: 'wechat-pay.registered_name',
      step: 'merchant',
      path: 'merchant.licence.registeredName',
      met: draft.merchant.licence.registeredName !== ''
    },
    {
      id: 'wechat-pay.licence_photo',
      step: 'merchant',
      path: 'merchant.licence.photo',
      met: draft.merchant.licence.photo !== null
    },
    { id: 'wechat-pay.contact_name', step: 'merchant', path: 'merchant.contact.name', met: true }
  ],
  validate: () => [],
  mediaSpecs: { licence: { formats: ['png'], maxBytes: 2 * 1024 * 1024 } },
  mediaUses: (draft) => {
    const photo = draft.merchant.licence.photo
    return photo ? [{ slot: 'licence', path: 'merchant.licence.photo', source: photo.sha256 }] : []
  },
  buildPayload(draft, media, options): BundlePart[] {
    const licence = media.file('licence', draft.merchant.licence.photo?.sha256 ?? '')
    const { contact } = draft.merchant
    const encrypt = options.encrypt
    const day = options.now.toISOString().slice(0, 10).replace(/-/g, '')
    return [
      {
        name: 'upload-licence',
        endpoint: 'POST /v3/merchant/media/upload',
        contentType: 'multipart',
        body: { meta: JSON.stringify({ filename: 'licence.png', sha256: licence.sha256 }) },
        files: { file: licence.path }
      },
      {
        name: 'applyment',
        endpoint: 'POST /v3/applyment4sub/applyment/',
        contentType: 'json',
        body: {
          business_code: `KT${day}${options.attempt}`,
          contact_info: {
            contact_name: contact.name,
            contact_id_number: encrypt ? encrypt.encrypt(contact.idNumber) : contact.idNumber
          },
          subject_info: {
            business_license_info: {
              license_copy: licence.path,
              merchant_name: draft.merchant.licence.registeredName
            }
          }
        },
        placeholders: [
          { pointer: LICENCE_POINTER, kind: 'media-id', file: licence.path },
          ...(encrypt ? [] : [{ pointer: CONTACT_POINTER, kind: 'encrypt' as const }])
        ],
        waitFor: '上一步上传返回 media_id',
        ...(encrypt ? { encryption: { keyId: encrypt.keyId, pointers: [CONTACT_POINTER] } } : {})
      }
    ]
  }
}

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** A small real PNG, so the summary embeds an actual picture. */
export async function pngImage(color: string): Promise<Uint8Array> {
  const image = sharp({ create: { width: 8, height: 8, channels: 3, background: color } })
  return new Uint8Array(await image.png().toBuffer())
}

export const MERCHANT_NAME = '深圳市开通科技有限公司'

/** Bytes standing in for the licence's summary thumbnail (the bundle layer only inlines them). */
export const THUMBNAIL = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9])

export interface SampleOptions {
  merchant?: string
  content?: DraftContentInput
}

/**
 * Build input for one draft revision: the licence photo's original doubles as its
 * normalised file, which is all the bundle layer cares about.
 */
export function sampleInput(
  licence: Uint8Array,
  options: SampleOptions = {},
  thumbnail: Uint8Array = THUMBNAIL
): BundleInput {
  const sha256 = sha256Hex(licence)
  const ref: BundleFileRef = { path: `media/${sha256}.png`, sha256, bytes: licence.length }
  const resolved: ResolvedMedia = {
    file: (slot, source) => {
      if (slot !== 'licence' || source !== sha256) throw new Error(`no media for ${slot}`)
      return ref
    }
  }
  const content = DraftContent.parse(
    options.content ?? {
      merchant: {
        licence: { registeredName: options.merchant ?? MERCHANT_NAME, photo: { sha256 } },
        contact: { name: '张三', idNumber: '110101199003078515' }
      }
    }
  )
  return {
    adapter: testAdapter,
    draft: {
      id: 'draft-1',
      revision: 7,
      revisionCreatedAt: '2026-03-01T02:30:05.000Z',
      title: '深圳开通 · 微信支付',
      content
    },
    media: {
      files: new Map([[ref.path, licence]]),
      thumbnails: new Map([[ref.path, thumbnail]]),
      resolved
    },
    issues: [],
    appVersion: '0.1.0'
  }
}
