import { unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildBundle, type BundleInput } from '../../../src-main/bundle'
import { issue } from '../../../src-main/domain/issue'
import { CONTACT_POINTER, pngImage, sampleInput, THUMBNAIL } from './test-adapter'

function summaryOf(input: BundleInput): string {
  const data = unzipSync(buildBundle(input).bytes)['summary.html']
  if (!data) throw new Error('summary.html not in the zip')
  return new TextDecoder().decode(data)
}

function section(html: string, lang: 'zh-CN' | 'en'): string {
  const start = html.indexOf(`<section id="${lang}" lang="${lang}">`)
  return html.slice(start, html.indexOf('</section>', start))
}

/** What a merchant reads: the page without its technical small print and inlined images. */
function merchantPart(html: string): string {
  return html
    .replace(/<details class="small-print">[\s\S]*?<\/details>/g, '')
    .replace(/data:image\/[a-z]+;base64,[A-Za-z0-9+/=]+/g, '')
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
  })

  it('inlines the thumbnail of a picture, labelled with its field, never the full picture', () => {
    const html = summaryOf(sampleInput(licence))

    expect(html).toContain(
      `<img src="data:image/jpeg;base64,${Buffer.from(THUMBNAIL).toString('base64')}" alt="营业执照或登记证书照片"`
    )
    expect(html).not.toContain(Buffer.from(licence).toString('base64'))
    expect(section(html, 'en')).toContain('<figcaption>Photo of the business licence')
  })

  it('escapes HTML in the merchant name', () => {
    const html = summaryOf(sampleInput(licence, { merchant: '<script>alert("开通")</script>小店' }))

    expect(html).not.toContain('<script>')
    expect(html).toContain('&#60;script&#62;alert(&#34;开通&#34;)&#60;/script&#62;小店')
  })

  it('lists the fields in the merchant’s terms, grouped as in the wizard, Chinese first', () => {
    const html = summaryOf(sampleInput(licence))
    const chinese = section(html, 'zh-CN')

    expect(html.indexOf('id="zh-CN"')).toBeLessThan(html.indexOf('id="en"'))
    expect(chinese).toContain('<h3>营业执照</h3>')
    expect(chinese).toContain(
      '<tr><th scope="row">证照上的商户名称</th><td>深圳市开通科技有限公司</td></tr>'
    )
    expect(chinese).toContain('<tr><th scope="row">管理员姓名</th><td>张三</td></tr>')
    expect(section(html, 'en')).toContain('<h3>Administrator</h3>')
  })

  it('shows an enum by its meaning', () => {
    const html = summaryOf(sampleInput(licence))

    expect(section(html, 'zh-CN')).toMatch(/<td>企业<\/td>/)
    expect(section(html, 'en')).toMatch(/<td>Enterprise<\/td>/)
    expect(merchantPart(html)).not.toContain('<td>enterprise</td>')
  })

  it('keeps API paths and JSON pointers in the technical small print only', () => {
    const html = summaryOf(sampleInput(licence))
    const shown = merchantPart(html)

    expect(shown).not.toMatch(/\/[a-z0-9_]+\/[a-z0-9_]/i)
    expect(shown).not.toMatch(/applyment4sub|business_code|PUB_KEY_ID/)
    expect(html).toContain('<summary>给服务商的技术细节</summary>')
    expect(html).toContain('<summary>Technical details for your service provider</summary>')
    expect(html).toContain('POST /v3/applyment4sub/applyment/')
    expect(html).toContain(`<td><code>${CONTACT_POINTER}</code></td>`)
  })

  it('names the field of each precheck warning instead of its path', () => {
    const warning = issue('input.too_long', 'merchant.licence.registeredName', 'warning', {
      max: 64
    })
    const html = summaryOf({ ...sampleInput(licence), issues: [warning] })

    expect(html).toContain('<li><strong>证照上的商户名称</strong>：太长：最多 64 个字符</li>')
    expect(merchantPart(html)).not.toContain('merchant.licence.registeredName')
  })

  it('prints on A4 without the small print', () => {
    const html = summaryOf(sampleInput(licence))

    expect(html).toContain('@page { size: A4;')
    expect(html).toMatch(/@media print \{[^\n]*\.small-print \{ display: none; \}/)
  })
})
