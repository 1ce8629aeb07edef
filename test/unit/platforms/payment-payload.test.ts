import { describe, expect, it } from 'vitest'
import {
  MediaNode,
  renderBody,
  SecretNode,
  utf8Length
} from '../../../src-main/platforms/payment-payload'
import { fakeMedia } from './payment-fixtures'

const photo = new MediaNode({
  slot: 'licence',
  path: 'merchant.licence.photo',
  source: 'a1'.repeat(32)
})

describe('renderBody', () => {
  it('drops empty values, empty lists and emptied objects, and numbers list items after the drop', () => {
    const rendered = renderBody(
      { a: '', b: null, c: undefined, d: [], e: { f: '' }, g: [undefined, photo], h: false, i: 0 },
      fakeMedia,
      undefined
    )
    expect(rendered.body).toEqual({ g: [`media/${'a1'.repeat(32)}.jpg`], h: false, i: 0 })
    expect(rendered.placeholders).toEqual([
      { pointer: '/g/0', kind: 'media-id', file: `media/${'a1'.repeat(32)}.jpg` }
    ])
  })

  it('marks secrets for the uploader without an encryptor, and encrypts them with one', () => {
    const tree = { contact: { name: new SecretNode('张三'), empty: new SecretNode('') } }
    expect(renderBody(tree, fakeMedia, undefined)).toMatchObject({
      body: { contact: { name: '张三' } },
      placeholders: [{ pointer: '/contact/name', kind: 'encrypt' }],
      encrypted: []
    })
    const encrypt = { keyId: 'k', encrypt: (text: string) => `sealed(${text})` }
    expect(renderBody(tree, fakeMedia, encrypt)).toMatchObject({
      body: { contact: { name: 'sealed(张三)' } },
      placeholders: [],
      encrypted: ['/contact/name']
    })
  })

  it('escapes pointer tokens as RFC 6901 says', () => {
    const rendered = renderBody({ 'a/b~c': photo }, fakeMedia, undefined)
    expect(rendered.placeholders[0]?.pointer).toBe('/a~1b~0c')
  })
})

describe('utf8Length', () => {
  it('counts 1 byte for ASCII, 3 for Chinese and 4 outside the basic plane', () => {
    expect(utf8Length('ab')).toBe(2)
    expect(utf8Length('山海')).toBe(6)
    expect(utf8Length('é')).toBe(2)
    expect(utf8Length('𠀀')).toBe(4)
  })
})
