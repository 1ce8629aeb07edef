import { createDecipheriv } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { OpenedApp } from '../../../src-main/api'
import { useTempApp } from '../../helpers/app'
import { testDatabaseKey } from '../../helpers/test-key'

const openTempApp = useTempApp()
const FIXTURES = join(import.meta.dirname, '../../fixtures')

/** Values no random byte run will ever spell, written as a merchant would type them. */
const ID_NUMBER = '11010519491231002X'
const ACCOUNT = '6217009988776655443'
const MOBILE = '13987654321'
const MOBILE_CORRECTED = '13812349876'
const GPS_MARK = 'KAITONG-ID-CARD-GPS'

async function call<T>(app: OpenedApp, method: string, input: unknown): Promise<T> {
  const result = await app.router.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

function contentWith(idNumber: string, account: string, mobile: string): unknown {
  const content = JSON.parse(readFileSync(join(FIXTURES, 'drafts/individual.json'), 'utf8')) as {
    merchant: {
      legalRep: { idNumber: string }
      contact: { mobile: string }
      settlement: { accountNumber: string }
    }
  }
  content.merchant.legalRep.idNumber = idNumber
  content.merchant.contact.mobile = mobile
  content.merchant.settlement.accountNumber = account
  return content
}

/** An ID-card photo as a phone takes it: JPEG with GPS coordinates in its EXIF. */
function idCardPhoto(): Promise<Buffer> {
  return sharp({
    create: {
      width: 856,
      height: 540,
      channels: 3,
      background: { r: 200, g: 210, b: 230 },
      noise: { type: 'gaussian', mean: 128, sigma: 20 }
    }
  })
    .withExif({
      IFD0: { Orientation: '1', Make: 'PhoneMaker' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 15/1 0/1', GPSProcessingMethod: GPS_MARK }
    })
    .jpeg({ quality: 90 })
    .toBuffer()
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/** Every needle found in any file of the data folder (database, -wal, -shm, media, backups). */
function foundInFolder(dir: string, needles: Record<string, Buffer>): string[] {
  const found: string[] = []
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file)
    for (const [name, needle] of Object.entries(needles)) {
      if (bytes.includes(needle)) found.push(`${name} in ${file.slice(dir.length)}`)
    }
  }
  return found
}

/**
 * Every page of the database decrypted as it lies in the file, free pages and freed cells
 * included: what someone holding the key could still read. SQLCipher 4 with a raw key: page 1
 * starts with the 16-byte salt; each page ends with 80 reserved bytes, its IV first; the body
 * is AES-256-CBC. (Decrypting through SQLite instead would VACUUM and hide what matters.)
 */
function decryptedPages(dbPath: string): Buffer {
  const file = readFileSync(dbPath)
  const key = testDatabaseKey()
  const pageSize = 4096
  const reserve = 80
  const pages: Buffer[] = []
  for (let offset = 0; offset + pageSize <= file.length; offset += pageSize) {
    const page = file.subarray(offset, offset + pageSize)
    const iv = page.subarray(pageSize - reserve, pageSize - reserve + 16)
    const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false)
    const body = page.subarray(offset === 0 ? 16 : 0, pageSize - reserve)
    pages.push(decipher.update(body), decipher.final())
  }
  return Buffer.concat(pages)
}

describe('personal data at rest', () => {
  it('never shows the ID number, account, mobile or ID-card photo in the data folder', async () => {
    const { app, dataDir } = openTempApp()
    const photo = await idCardPhoto()
    const needles = {
      idNumber: Buffer.from(ID_NUMBER),
      account: Buffer.from(ACCOUNT),
      mobile: Buffer.from(MOBILE),
      corrected: Buffer.from(MOBILE_CORRECTED),
      photo: photo.subarray(photo.length - 4096, photo.length - 4032),
      gps: Buffer.from(GPS_MARK)
    }
    const { id } = await call<{ id: string }>(app, 'drafts.create', { title: '身份证测试' })
    await call(app, 'drafts.save', { id, content: contentWith(ID_NUMBER, ACCOUNT, MOBILE) })
    expect(foundInFolder(dataDir, needles)).toEqual([])

    await call(app, 'media.import', {
      draftId: id,
      name: '身份证正面.jpg',
      dataBase64: photo.toString('base64')
    })
    expect(foundInFolder(dataDir, needles)).toEqual([])

    await call(app, 'drafts.save', {
      id,
      content: contentWith(ID_NUMBER, ACCOUNT, MOBILE_CORRECTED)
    })
    expect(foundInFolder(dataDir, needles)).toEqual([])

    await call(app, 'drafts.delete', { id })
    expect(foundInFolder(dataDir, needles)).toEqual([])

    app.close()
    expect(foundInFolder(dataDir, needles)).toEqual([])
  })

  it('leaves no trace of a deleted draft even in the pages the key decrypts', async () => {
    const { app, dbPath } = openTempApp()
    const { id } = await call<{ id: string }>(app, 'drafts.create', { title: '删除测试' })
    await call(app, 'drafts.save', { id, content: contentWith(ID_NUMBER, ACCOUNT, MOBILE) })
    await call(app, 'drafts.save', {
      id,
      content: contentWith(ID_NUMBER, ACCOUNT, MOBILE_CORRECTED)
    })
    // A second draft keeps the file busy, so the deleted one's pages are not simply dropped.
    const other = await call<{ id: string }>(app, 'drafts.create', { title: '保留' })
    await call(app, 'drafts.save', { id: other.id, content: contentWith('', '', '') })
    // The check itself can see a value that is there.
    app.db.pragma('wal_checkpoint(TRUNCATE)')
    expect(decryptedPages(dbPath).includes(MOBILE_CORRECTED)).toBe(true)
    await call(app, 'drafts.delete', { id })
    expect(statSync(`${dbPath}-wal`).size).toBe(0)
    const pages = decryptedPages(dbPath)
    for (const value of [ID_NUMBER, ACCOUNT, MOBILE, MOBILE_CORRECTED]) {
      expect(pages.includes(value), value).toBe(false)
    }
    expect(await call(app, 'drafts.list', {})).toHaveLength(1)
  })

  it('deletes the draft’s revisions, pictures (files too) and export history with it', async () => {
    const { app, dataDir } = openTempApp()
    const { id } = await call<{ id: string }>(app, 'drafts.create', { title: '级联' })
    await call(app, 'drafts.save', { id, content: contentWith(ID_NUMBER, ACCOUNT, MOBILE) })
    await call(app, 'media.import', {
      draftId: id,
      name: 'id.jpg',
      dataBase64: (await idCardPhoto()).toString('base64')
    })
    app.db
      .prepare(
        `INSERT INTO exports (draft_id, platform, revision, path, sha256, bytes, created_at)
         VALUES (?, 'alipay', 2, '/tmp/x.zip', ?, 1, '2026-01-01T00:00:00Z')`
      )
      .run(id, '0'.repeat(64))
    await call(app, 'drafts.delete', { id })
    const count = (table: string) =>
      app.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
    expect(['draft_revisions', 'draft_media', 'media', 'exports'].map(count)).toEqual([0, 0, 0, 0])
    expect(filesUnder(join(dataDir, 'media')).filter((f) => !f.includes('/tmp/'))).toEqual([])
  })

  it('keeps the imported ID-card photo without its GPS, pixels unchanged', async () => {
    const { app } = openTempApp()
    const photo = await idCardPhoto()
    const { id } = await call<{ id: string }>(app, 'drafts.create', { title: 'EXIF' })
    const { sha256 } = await call<{ sha256: string }>(app, 'media.import', {
      draftId: id,
      name: 'id.jpg',
      dataBase64: photo.toString('base64')
    })
    const stored = await app.media.read(sha256)
    expect(stored.includes(GPS_MARK)).toBe(false)
    expect(stored.includes('PhoneMaker')).toBe(false)
    const pixels = (bytes: Buffer) => sharp(bytes).raw().toBuffer()
    expect((await pixels(stored)).equals(await pixels(photo))).toBe(true)
  })

  it('keeps the database and pictures readable by their owner only', async () => {
    const { app, dataDir, dbPath } = openTempApp()
    const { id } = await call<{ id: string }>(app, 'drafts.create', { title: '权限' })
    await call(app, 'media.import', {
      draftId: id,
      name: 'id.jpg',
      dataBase64: (await idCardPhoto()).toString('base64')
    })
    const mode = (path: string) => statSync(path).mode & 0o777
    for (const file of [
      dbPath,
      `${dbPath}-wal`,
      `${dbPath}-shm`,
      ...filesUnder(join(dataDir, 'media'))
    ]) {
      expect(mode(file), file).toBe(0o600)
    }
    const folders = readdirSync(join(dataDir, 'media'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(dataDir, 'media', entry.name))
    for (const folder of [join(dataDir, 'media'), ...folders])
      expect(mode(folder), folder).toBe(0o700)
  })
})
