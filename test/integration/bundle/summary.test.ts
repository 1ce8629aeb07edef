import { unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildBundle, type BundleInput } from '../../../src-main/bundle'
import { issue } from '../../../src-main/domain/issue'
import { CONTACT_POINTER, pngImage, sampleInput } from './test-adapter'

function summaryOf(input: BundleInput): string {
  const data = unzipSync(buildBundle(input).bytes)['summary.html']
  if (!data) throw new Error('summary.html not in the zip')
  return new TextDecoder().decode(data)
}

let licence: Uint8Array

beforeAll(async () => {
  licence = await pngImage('#3060c0')
})

describe('summary.html', () => {
  it('is self-contained: no script, no external reference, images as data: URIs', () => {
    const html = summaryOf(sampleInput(licence))
    const references = [...html.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/gi)].map(
      (found) => found[1] ?? ''
    )

    expect(html).not.toMatch(/<script|<link|<iframe|<object|<embed|url\(|@import/i)
    expect(html).not.toMatch(/https?:\/\//i)
    expect(references.length).toBeGreaterThan(0)
    for (const reference of references) expect(reference).toMatch(/^(#|data:image\/)/)
    expect(html).toContain(`data:image/png;base64,${Buffer.from(licence).toString('base64')}`)
  })

  it('escapes HTML in the merchant name', () => {
    const html = summaryOf(sampleInput(licence, { merchant: '<script>alert("开通")</script>小店' }))

    expect(html).not.toContain('<script>')
    expect(html).toContain('&#60;script&#62;alert(&#34;开通&#34;)&#60;/script&#62;小店')
  })

  it('shows Chinese first, then English, each with every call and its body fields', () => {
    const html = summaryOf(sampleInput(licence))
    const chinese = html.indexOf('<section id="zh-CN" lang="zh-CN">')
    const english = html.indexOf('<section id="en" lang="en">')

    expect(chinese).toBeGreaterThan(-1)
    expect(english).toBeGreaterThan(chinese)
    for (const section of [html.slice(chinese, english), html.slice(english)]) {
      expect(section).toContain('POST /v3/merchant/media/upload')
      expect(section).toContain('POST /v3/applyment4sub/applyment/')
      expect(section).toContain('<td><code>/contact_info/contact_name</code></td><td>张三</td>')
    }
    expect(html).toContain('深圳市开通科技有限公司')
  })

  it('lists the precheck warnings with their messages in both languages', () => {
    const warning = issue('input.too_long', 'merchant.business.shortName', 'warning', { max: 64 })
    const html = summaryOf({ ...sampleInput(licence), issues: [warning] })

    expect(html).toContain('<code>merchant.business.shortName</code> 太长：最多 64 个字符')
    expect(html).toContain(
      '<code>merchant.business.shortName</code> Too long: at most 64 characters'
    )
  })

  it('lists the fields left to encrypt and the uploader steps', () => {
    const html = summaryOf(sampleInput(licence))
    const english = html.slice(html.indexOf('<section id="en" lang="en">'))

    expect(english).toContain('Fields the uploader must encrypt')
    expect(english).toContain(`<td><code>${CONTACT_POINTER}</code></td>`)
    expect(english).toContain('What the uploader must still do')
    expect(english).toMatch(/<ol><li>Get credentials/)
  })
})
