import { describe, expect, it } from 'vitest'
import { alipayMpAdapter } from '../../../src-main/platforms/alipay-mp'
import { baiduMpAdapter } from '../../../src-main/platforms/baidu-mp'
import { douyinMpAdapter } from '../../../src-main/platforms/douyin-mp'
import {
  joinLines,
  mediaIdMarker,
  serviceEmail,
  servicePhone,
  testAccountText,
  withoutEmpty
} from '../../../src-main/platforms/listing-payload'
import { wechatMpAdapter } from '../../../src-main/platforms/wechat-mp'
import { completeDraft, fakeMedia } from '../../helpers/listing'

const ADAPTERS = [wechatMpAdapter, alipayMpAdapter, douyinMpAdapter, baiduMpAdapter]

/** RFC 6901 look-up. */
function atPointer(body: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], body)
}

describe('listing payloads', () => {
  for (const adapter of ADAPTERS) {
    describe(`${adapter.id} payload`, () => {
      const parts = adapter.buildPayload(completeDraft(), fakeMedia(adapter.mediaSpecs), {
        now: new Date('2026-11-25T00:00:00Z'),
        attempt: 1
      })

      it('points every placeholder at a value carrying its bundle file’s marker', () => {
        for (const part of parts) {
          for (const placeholder of part.placeholders ?? []) {
            expect(placeholder.kind).toBe('media-id')
            expect(String(atPointer(part.body, placeholder.pointer))).toContain(
              mediaIdMarker(placeholder.file!)
            )
          }
        }
      })

      it('references only bundle files among the media the adapter declares', () => {
        const declared = new Set(
          adapter
            .mediaUses(completeDraft())
            .map((use) => fakeMedia(adapter.mediaSpecs).file(use.slot, use.source).path)
        )
        for (const part of parts) {
          const files = [
            ...Object.values(part.files ?? {}),
            ...(part.placeholders ?? []).map((placeholder) => placeholder.file!)
          ]
          for (const file of files) expect(declared).toContain(file)
        }
      })

      it('serialises Chinese as raw UTF-8, never as \\u escapes', () => {
        for (const part of parts) expect(JSON.stringify(part.body)).not.toMatch(/\\u[0-9a-fA-F]{4}/)
      })
    })
  }
})

describe('listing payload helpers', () => {
  it('falls back to the merchant profile for the service phone and email', () => {
    const draft = completeDraft()
    draft.listing.servicePhone = ' '
    expect(servicePhone(draft)).toBe('0571-88886666')
    expect(serviceEmail(draft)).toBe('hello@xiaolu-study.cn')
    draft.listing.serviceEmail = 'kefu@xiaolu-study.cn'
    expect(serviceEmail(draft)).toBe('kefu@xiaolu-study.cn')
  })

  it('writes the test account only when a login is needed, notes always', () => {
    const { listing } = completeDraft()
    expect(testAccountText(listing)).toBe(
      '测试账号：review01\n测试密码：Review#2026\n登录后进入“我的申请”查看示例申请'
    )
    listing.testAccount.needsLogin = false
    expect(testAccountText(listing)).toBe('登录后进入“我的申请”查看示例申请')
  })

  it('joins non-empty lines and drops empty text fields', () => {
    expect(joinLines(' a ', '', 'b')).toBe('a\nb')
    expect(withoutEmpty({ a: '', b: 'x', c: 0 })).toEqual({ b: 'x', c: 0 })
  })
})
