import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import sharp from 'sharp'
import { citizenNumberCheckChar } from '../../src-main/domain/identifiers/citizen-number'
import { organizationCodeCheckChar, usccCheckChar } from '../../src-main/domain/identifiers/uscc'

/**
 * Document photos made for the tests: a business licence and both sides of a resident ID
 * card laid out as printed, rendered with a CJK font (Debian's fonts-noto-cjk), then made to
 * look photographed — turned, skewed, noisy, JPEG-compressed, and blurred on request.
 */
export function validUscc(region = '330106', organization = 'MA2CKT8R'): string {
  const body = organization + organizationCodeCheckChar(organization)!
  const first17 = `91${region}${body}`
  return first17 + usccCheckChar(first17)!
}

export function validCitizenNumber(first17 = '33010619850615001'): string {
  return first17 + citizenNumberCheckChar(first17)!
}

export interface Photographed {
  /** Degrees, as a hand-held phone turns the page. */
  rotate?: number
  /** Horizontal shear, a cheap stand-in for perspective. */
  skew?: number
  blur?: number
  quality?: number
}

const SANS = 'Noto Sans CJK SC'

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
}

function line(x: number, y: number, text: string, size = 30, extra = ''): string {
  return `<text x="${x}" y="${y}" font-family="${SANS}" font-size="${size}" ${extra}>${escape(text)}</text>`
}

async function photograph(svg: string, options: Photographed): Promise<Buffer> {
  const { rotate = 0, skew = 0, blur, quality = 72 } = options
  let image = sharp(Buffer.from(svg)).flatten({ background: '#ffffff' })
  if (skew)
    image = sharp(await image.png().toBuffer()).affine([1, skew, 0, 1], { background: '#fff' })
  if (rotate) image = sharp(await image.png().toBuffer()).rotate(rotate, { background: '#fff' })
  const base = await image.png().toBuffer()
  const { width = 0, height = 0 } = await sharp(base).metadata()
  const noise = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 18 }
    }
  })
    .png()
    .toBuffer()
  let finished = sharp(base).composite([{ input: noise, blend: 'soft-light' }])
  if (blur) finished = sharp(await finished.png().toBuffer()).blur(blur)
  return finished.jpeg({ quality }).toBuffer()
}

export interface LicenceText {
  creditCode: string
  name: string
  type: string
  legalRepresentative: string
  address: string
  established: string
  period: string
}

export function licenceText(overrides: Partial<LicenceText> = {}): LicenceText {
  return {
    creditCode: validUscc(),
    name: '杭州小笼包餐饮有限公司',
    type: '有限责任公司(自然人投资或控股)',
    legalRepresentative: '张三丰',
    address: '浙江省杭州市西湖区文三路100号',
    established: '2019年03月15日',
    period: '2019年03月15日 至 长期',
    ...overrides
  }
}

/** The 2016 layout: title, credit code top left, labelled fields in a column. */
export function renderLicence(text = licenceText(), options: Photographed = {}): Promise<Buffer> {
  const rows: [string, string][] = [
    ['名      称', text.name],
    ['类      型', text.type],
    ['法定代表人', text.legalRepresentative],
    ['住      所', text.address],
    ['成立日期', text.established],
    ['营业期限', text.period]
  ]
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="980">
<rect width="100%" height="100%" fill="#f7f2e6"/>
${line(540, 130, '营 业 执 照', 64, 'fill="#a31515"')}
${line(90, 230, `统一社会信用代码 ${text.creditCode}`)}
${rows.map(([label, value], at) => line(90, 330 + at * 75, `${label}  ${value}`)).join('\n')}
${line(860, 880, '登记机关  杭州市西湖区市场监督管理局', 24)}
</svg>`
  return photograph(svg, options)
}

export interface IdFrontText {
  name: string
  sex: string
  ethnicity: string
  birth: string
  address: [string, string]
  number: string
}

export function idFrontText(overrides: Partial<IdFrontText> = {}): IdFrontText {
  return {
    name: '张三丰',
    sex: '男',
    ethnicity: '汉',
    birth: '1985年6月15日',
    address: ['浙江省杭州市西湖区文三路', '100号2幢301室'],
    number: validCitizenNumber(),
    ...overrides
  }
}

/** Portrait side: labels in small grey type, the number at the bottom. */
export function renderIdFront(text = idFrontText(), options: Photographed = {}): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1100" height="700">
<rect width="100%" height="100%" fill="#eef3f6"/>
${line(70, 110, `姓名  ${text.name}`, 34)}
${line(70, 190, `性别  ${text.sex}      民族  ${text.ethnicity}`, 30)}
${line(70, 270, `出生  ${text.birth}`, 30)}
${line(70, 350, `住址  ${text.address[0]}`, 30)}
${line(160, 400, text.address[1], 30)}
${line(70, 580, `公民身份号码   ${text.number}`, 34)}
<rect x="760" y="90" width="260" height="330" fill="#c9d6de"/>
</svg>`
  return photograph(svg, options)
}

export function renderIdBack(period = '2015.03.15-2035.03.15', options: Photographed = {}) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1100" height="700">
<rect width="100%" height="100%" fill="#eef3f6"/>
${line(360, 200, '中华人民共和国', 52)}
${line(420, 300, '居民身份证', 58)}
${line(200, 520, '签发机关  杭州市公安局西湖分局', 30)}
${line(200, 600, `有效期限  ${period}`, 30)}
</svg>`
  return photograph(svg, options)
}

export interface DocumentPhotos {
  /** The photos as a zip a sheet names them in (`licences/…`, `ids/…`). */
  zip: string
  licence: LicenceText
  idFront: IdFrontText
  files: { licence: string; idFront: string }
}

/**
 * A sheet row that types every field of the photographed licence, the registered name off by
 * one character (餐欲 for 餐饮): only reading the photo finds the difference.
 */
export function typedLicenceRow(photos: DocumentPhotos) {
  return {
    uscc: photos.licence.creditCode,
    registered_name: photos.licence.name.replace('餐饮', '餐欲'),
    legal_representative: photos.licence.legalRepresentative,
    registered_address: photos.licence.address,
    licence_valid_from: '2019-03-15',
    licence_valid_to: '长期',
    licence_photo: photos.files.licence
  }
}

/**
 * A merchant's licence and its legal representative's ID card, photographed (turned, skewed,
 * noisy) and zipped into `dir` as an agency sends them beside a sheet.
 */
export async function writeDocumentPhotos(
  dir: string,
  licence = licenceText(),
  idFront = idFrontText({ name: licence.legalRepresentative })
): Promise<DocumentPhotos> {
  const files = { licence: 'licences/营业执照.jpg', idFront: 'ids/身份证人像面.jpg' }
  const zip = join(dir, 'photos.zip')
  writeFileSync(
    zip,
    zipSync({
      [files.licence]: await renderLicence(licence, { rotate: 2, skew: 0.03 }),
      [files.idFront]: await renderIdFront(idFront, { rotate: -2 })
    })
  )
  return { zip, licence, idFront, files }
}
