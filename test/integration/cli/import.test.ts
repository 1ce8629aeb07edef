import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  gbkCsvBytes,
  merchantRow,
  sheetCells,
  usccFor,
  writePictures,
  xlsxBytes
} from '../../helpers/import-sheet'
import { typedLicenceRow, writeDocumentPhotos } from '../../helpers/documents'
import { useTempDir } from '../../helpers/temp-dir'
import { runCli as run } from '../../helpers/cli'

const tempDir = useTempDir('kaitong-cli-import-')

/** 30 merchants, row 7 with a mistyped credit code and row 19 naming a picture outside. */
async function agencySheet(dir: string) {
  const records = Array.from({ length: 30 }, (_, index) => merchantRow(index + 1))
  records[6] = {
    ...records[6],
    uscc: usccFor(7).slice(0, 17) + (usccFor(7).endsWith('X') ? 'Y' : 'X')
  }
  records[18] = { ...records[18], licence_photo: '../../etc/passwd' }
  const pictures = join(dir, 'pictures')
  await writePictures(pictures, 30)
  const sheet = join(dir, 'merchants.xlsx')
  writeFileSync(sheet, await xlsxBytes(sheetCells(records)))
  return { sheet, pictures, records }
}

describe('kaitong import', () => {
  it('imports a 30-row sheet with its pictures folder and refuses the two wrong rows', async () => {
    const dir = tempDir()
    const db = join(dir, 'k.sqlite')
    const { sheet, pictures } = await agencySheet(dir)
    const result = await run(['import', sheet, '--images', pictures, '--db', db, '--json'])
    expect(result.code).toBe(1)
    const lines = result.lines.map(
      (line) => JSON.parse(line) as { type: string; line?: number; action?: string }
    )
    const rows = lines.filter((line) => line.type === 'row')
    expect(rows.filter((row) => row.action === 'refused').map((row) => row.line)).toEqual([8, 20])
    expect(lines.filter((line) => line.type === 'progress').length).toBeGreaterThan(1)
    expect(lines.at(-1)).toMatchObject({ type: 'report', created: 28, refused: 2 })
    const listed = await run(['drafts', 'list', '--db', db, '--json'])
    expect(JSON.parse(listed.out)).toHaveLength(28)
  }, 120_000)

  it('checks typed licence cells against the photo with --check-photos, printing each difference', async () => {
    const dir = tempDir()
    const db = join(dir, 'k.sqlite')
    const photos = await writeDocumentPhotos(dir)
    const sheet = join(dir, 'merchants.xlsx')
    writeFileSync(sheet, await xlsxBytes(sheetCells([typedLicenceRow(photos)])))
    const args = ['import', sheet, '--images', photos.zip, '--dry-run', '--db', db]

    expect((await run(args)).out).not.toContain('与证件照片不一致')
    const checked = await run([...args, '--check-photos'])
    expect(checked.code).toBe(0)
    expect(checked.out).toContain('⚠ 第 2 行 杭州小笼包餐欲有限公司：1 处与证件照片不符')
    expect(checked.out).toContain(`与证件照片不一致：照片上是“${photos.licence.name}”`)
  }, 120_000)

  it('fills the cells a row leaves empty from its licence photo, printing each one to check', async () => {
    const dir = tempDir()
    const db = join(dir, 'k.sqlite')
    const photos = await writeDocumentPhotos(dir)
    const sheet = join(dir, 'merchants.xlsx')
    const row = { reference: 'HZ-0001', licence_photo: photos.files.licence }
    writeFileSync(sheet, await xlsxBytes(sheetCells([row])))

    const dryRun = await run(['import', sheet, '--images', photos.zip, '--dry-run', '--db', db])
    expect(dryRun.code).toBe(0)
    expect(dryRun.out).toMatch(/ⓘ 第 2 行 杭州小笼包餐饮有限公司：\d+ 格从照片读取/)
    expect(dryRun.out).toContain(
      `统一社会信用代码: “${photos.licence.creditCode}”从照片 ${photos.files.licence} 读取 — 请核对`
    )

    const result = await run(['import', sheet, '--images', photos.zip, '--db', db, '--json'])
    const lines = result.lines.map(
      (line) => JSON.parse(line) as { type: string; phase?: string; label?: string }
    )
    expect(lines).toContainEqual(
      expect.objectContaining({ type: 'progress', phase: 'preview', label: photos.files.licence })
    )
    expect(lines.at(-1)).toMatchObject({ type: 'report', created: 1 })
    const listed = await run(['drafts', 'list', '--db', db, '--json'])
    expect(JSON.parse(listed.out)).toMatchObject([{ title: photos.licence.name }])
  }, 180_000)

  it('names the wrong credit code cell in the user’s language on a dry run, writing nothing', async () => {
    const dir = tempDir()
    const db = join(dir, 'k.sqlite')
    const { sheet, pictures } = await agencySheet(dir)
    const result = await run(['import', sheet, '--images', pictures, '--dry-run', '--db', db])
    expect(result.code).toBe(1)
    expect(result.out).toMatch(/✗ 第 8 行[^\n]*\n\s+统一社会信用代码: .*校验/)
    expect(result.out).toContain('试运行')
    expect(JSON.parse((await run(['drafts', 'list', '--db', db, '--json'])).out)).toEqual([])
  }, 120_000)

  it('reads the same sheet saved as a GBK CSV by Chinese Excel', async () => {
    const dir = tempDir()
    const pictures = join(dir, 'pictures')
    await writePictures(pictures, 2)
    const csv = join(dir, 'merchants.csv')
    writeFileSync(csv, gbkCsvBytes(sheetCells([merchantRow(1), merchantRow(2)])))
    const db = join(dir, 'k.sqlite')
    const result = await run(['import', csv, '--images', pictures, '--db', db, '--lang', 'en'])
    expect(result.out).toContain('Done: 2 created')
    const listed = JSON.parse((await run(['drafts', 'list', '--db', db, '--json'])).out) as {
      title: string
    }[]
    expect(listed.map((draft) => draft.title).sort()).toEqual([
      '深圳市山海咖啡第1分店餐饮管理有限公司',
      '深圳市山海咖啡第2分店餐饮管理有限公司'
    ])
  }, 60_000)
})

describe('kaitong draft new / media import / validate --id', () => {
  it('creates a draft, puts a picture into a field, and validates many drafts in one process', async () => {
    const dir = tempDir()
    const db = join(dir, 'k.sqlite')
    await writePictures(join(dir, 'p'), 1)
    const ids: string[] = []
    for (const title of ['甲店', '乙店']) {
      const made = await run(['draft', 'new', title, '--db', db, '--json'])
      ids.push((JSON.parse(made.out) as { id: string }).id)
    }
    const photo = join(dir, 'p', 'licences', 'licence-1.jpg')
    const put = await run([
      'media',
      'import',
      photo,
      '--draft',
      ids[0] ?? '',
      '--field',
      'merchant.licence.photo',
      '--db',
      db,
      '--json'
    ])
    expect(put.code).toBe(0)
    expect(JSON.parse(put.out)).toMatchObject({ field: 'merchant.licence.photo', revision: 2 })

    const checked = await run(['validate', '--id', ids.join(','), '--db', db, '--json'])
    const reports = JSON.parse(checked.out) as { id: string; issues: { path: string }[] }[]
    expect(reports.map((report) => report.id)).toEqual(ids)
    const photoMissing = (report: (typeof reports)[number]) =>
      report.issues.some((found) => found.path === 'merchant.licence.photo')
    expect(reports.map(photoMissing)).toEqual([false, true])
  }, 60_000)

  it('refuses a field that holds no picture', async () => {
    const dir = tempDir()
    const db = join(dir, 'k.sqlite')
    await writePictures(join(dir, 'p'), 1)
    const { id } = JSON.parse((await run(['draft', 'new', '甲店', '--db', db, '--json'])).out) as {
      id: string
    }
    const photo = join(dir, 'p', 'licences', 'licence-1.jpg')
    const result = await run([
      'media',
      'import',
      photo,
      '--draft',
      id,
      '--field',
      'merchant.licence.creditCode',
      '--db',
      db
    ])
    expect(result.code).toBe(2)
    expect(result.err).toContain('不是图片字段')
  })
})

describe('kaitong draft export --with-media / draft import', () => {
  it('moves a draft with its pictures to another database through one package', async () => {
    const dir = tempDir()
    const pictures = join(dir, 'pictures')
    await writePictures(pictures, 1)
    const first = join(dir, 'first', 'k.sqlite')
    writeFileSync(join(dir, 'one.xlsx'), await xlsxBytes(sheetCells([merchantRow(1)])))
    await run(['import', join(dir, 'one.xlsx'), '--images', pictures, '--db', first])
    const [draft] = JSON.parse((await run(['drafts', 'list', '--db', first, '--json'])).out) as {
      id: string
    }[]
    const pack = join(dir, 'draft.kaitong-draft.zip')
    expect(
      (await run(['draft', 'export', draft?.id ?? '', pack, '--with-media', '--db', first])).code
    ).toBe(0)

    const second = join(dir, 'second', 'k.sqlite')
    const imported = await run(['draft', 'import', pack, '--db', second, '--json'])
    expect(imported.code).toBe(0)
    const { id } = JSON.parse(imported.out) as { id: string }
    const checked = await run(['precheck', '--id', id, '--all', '--db', second, '--json'])
    const [report] = JSON.parse(checked.out) as { reviews: { issues: { code: string }[] }[] }[]
    const codes = report?.reviews.flatMap((review) => review.issues.map((found) => found.code))
    expect(codes).not.toContain('media.not_found')
  }, 120_000)

  it('refuses a package whose picture was altered, importing nothing', async () => {
    const dir = tempDir()
    const pictures = join(dir, 'pictures')
    await writePictures(pictures, 1)
    const db = join(dir, 'k.sqlite')
    writeFileSync(join(dir, 'one.xlsx'), await xlsxBytes(sheetCells([merchantRow(1)])))
    await run(['import', join(dir, 'one.xlsx'), '--images', pictures, '--db', db])
    const [draft] = JSON.parse((await run(['drafts', 'list', '--db', db, '--json'])).out) as {
      id: string
    }[]
    const pack = join(dir, 'p.zip')
    await run(['draft', 'export', draft?.id ?? '', pack, '--with-media', '--db', db])
    const entries = unzipSync(readFileSync(pack))
    const picture = Object.keys(entries).find((name) => name.startsWith('media/')) ?? ''
    const altered = entries[picture] ?? new Uint8Array()
    altered[altered.length - 10] = (altered[altered.length - 10] ?? 0) ^ 0xff
    writeFileSync(pack, zipSync(entries))
    const other = join(dir, 'other', 'k.sqlite')
    const result = await run(['draft', 'import', pack, '--db', other])
    expect(result.code).toBe(1)
    expect(result.err).toContain('校验值不符')
    expect(JSON.parse((await run(['drafts', 'list', '--db', other, '--json'])).out)).toEqual([])
  }, 120_000)
})
