import Database from 'better-sqlite3-multiple-ciphers'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openApp } from '../../../src-main/api'
import { emptyDraftContent } from '../../../src-main/domain/draft'
import { isEncryptedFile } from '../../../src-main/media/file-cipher'
import { openDatabase } from '../../../src-main/store/connection'
import { sha256Hex } from '../../../src-main/store/content-hash'
import {
  encryptInPlace,
  isPlaintextDatabase,
  plaintextBackupPath
} from '../../../src-main/store/encrypt-in-place'
import { createDraftsRepo } from '../../../src-main/store/drafts'
import { migrate } from '../../../src-main/store/migrations'
import { useTempDir } from '../../helpers/temp-dir'
import { testDatabaseKey } from '../../helpers/test-key'

const tempDir = useTempDir('kaitong-encrypt-')
const SECRET = '330106198511080249'

/** The data folder an older Kaitong left: a plaintext database with a draft, a plain picture. */
function plaintextFolder() {
  const dir = tempDir()
  const dbPath = join(dir, 'kaitong.sqlite')
  const db = openDatabase(dbPath)
  migrate(db)
  const content = emptyDraftContent()
  content.merchant.legalRep.idNumber = SECRET
  const { id } = createDraftsRepo(db).create('旧草稿', content)
  db.close()
  const picture = readFileSync(join(import.meta.dirname, '../../fixtures/images/photo.jpg'))
  const sha256 = sha256Hex(picture)
  mkdirSync(join(dir, 'media', sha256.slice(0, 2)), { recursive: true })
  writeFileSync(join(dir, 'media', sha256.slice(0, 2), sha256), picture)
  return { dir, dbPath, picture, sha256, id }
}

describe('encrypting a plaintext database on first start', () => {
  it('encrypts the database in place and keeps every draft', async () => {
    const { dir, dbPath, id } = plaintextFolder()
    expect(readFileSync(dbPath).includes(SECRET)).toBe(true)
    const app = openApp({ dataDir: dir, version: 'test' })
    const listed = await app.router.dispatch('drafts.get', { id })
    app.close()
    expect(listed).toMatchObject({ ok: true, value: { title: '旧草稿' } })
    expect(isPlaintextDatabase(dbPath)).toBe(false)
    expect(readFileSync(dbPath).includes(SECRET)).toBe(false)
  })

  it('encrypts the pictures already stored, which still read back the same, in closed folders', async () => {
    const { dir, picture, sha256 } = plaintextFolder()
    const app = openApp({ dataDir: dir, version: 'test' })
    const onDisk = readFileSync(join(dir, 'media', sha256.slice(0, 2), sha256))
    expect(isEncryptedFile(onDisk)).toBe(true)
    expect((await app.media.read(sha256)).equals(picture)).toBe(true)
    expect(statSync(join(dir, 'media', sha256.slice(0, 2))).mode & 0o777).toBe(0o700)
    app.close()
  })

  it('takes a backup first and removes that plaintext copy once the encrypted store opens', () => {
    const { dir, dbPath } = plaintextFolder()
    const report = encryptInPlace(dbPath, testDatabaseKey())
    expect(report.backupPath).toBe(plaintextBackupPath(dbPath))
    expect(readFileSync(report.backupPath).includes(SECRET)).toBe(true)
    openApp({ dataDir: dir, version: 'test' }).close()
    expect(readdirSync(dir).filter((name) => name.includes('before-encryption'))).toEqual([])
  })

  it('leaves the original untouched when the encrypted copy cannot be made', () => {
    const { dbPath } = plaintextFolder()
    const before = readFileSync(dbPath)
    // A directory where the working copy goes makes the copy fail before anything is renamed.
    mkdirSync(`${dbPath}.encrypting`)
    expect(() => encryptInPlace(dbPath, testDatabaseKey())).toThrow()
    expect(isPlaintextDatabase(dbPath)).toBe(true)
    const db = new Database(dbPath, { readonly: true })
    expect(db.prepare('SELECT title FROM drafts').pluck().all()).toEqual(['旧草稿'])
    db.close()
    expect(readFileSync(dbPath).subarray(100).equals(before.subarray(100))).toBe(true)
  })

  it('refuses a key that does not open the database, and changes nothing', () => {
    const { dir, dbPath } = plaintextFolder()
    openApp({ dataDir: dir, version: 'test' }).close()
    const sealed = readFileSync(dbPath)
    expect(() => openDatabase(dbPath, { key: Buffer.alloc(32, 7) })).toThrow(
      expect.objectContaining({ code: 'store.key_rejected' })
    )
    expect(readFileSync(dbPath).equals(sealed)).toBe(true)
    expect(existsSync(`${dbPath}-wal`) ? readFileSync(`${dbPath}-wal`).length : 0).toBe(0)
  })
})
