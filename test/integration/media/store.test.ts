import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMediaStore, MediaError, type MediaStore } from '../../../src-main/media'
import type { ImageSpec } from '../../../src-main/platforms/adapter'
import type { WritableDb } from '../../../src-main/store/connection'
import { sha256Hex } from '../../../src-main/store/content-hash'
import { createDraftsRepo, type DraftsRepo } from '../../../src-main/store/drafts'
import { createMediaRepo } from '../../../src-main/store/media'
import { fixture, makeTempDir, openMigratedDb, type TempDir } from './media-test-kit'
import { decryptFile } from '../../../src-main/media/file-cipher'
import { testMediaKey } from '../../helpers/test-key'

const LOGO_SPEC: ImageSpec = { formats: ['jpeg', 'png'], maxBytes: 2 * 1024 * 1024, square: true }

describe('media store', () => {
  let temp: TempDir
  let db: WritableDb
  let drafts: DraftsRepo
  let store: MediaStore

  function fileOf(sha256: string): string {
    return join(temp.path, 'media', sha256.slice(0, 2), sha256)
  }

  function rowCount(table: 'media' | 'draft_media' | 'media_variants'): number {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  }

  async function importFixture(name: string, draftId: string) {
    return store.importMedia({ bytes: await fixture(name), originalName: name, draftId })
  }

  beforeEach(async () => {
    temp = await makeTempDir()
    db = openMigratedDb(temp.path)
    drafts = createDraftsRepo(db)
    store = createMediaStore({ repo: createMediaRepo(db), dataDir: temp.path, key: testMediaKey() })
  })

  afterEach(async () => {
    db.close()
    await temp.remove()
  })

  it('keeps an imported original encrypted under media/<aa>/<sha256> and records it', async () => {
    const draft = drafts.create('店铺')
    const bytes = await fixture('photo.jpg')
    const record = await store.importMedia({
      bytes,
      originalName: '营业执照.jpg',
      draftId: draft.id
    })
    expect(record).toMatchObject({
      sha256: sha256Hex(bytes),
      mime: 'image/jpeg',
      width: 320,
      height: 240,
      bytes: bytes.length,
      originalName: '营业执照.jpg'
    })
    const onDisk = await readFile(fileOf(record.sha256))
    expect(onDisk.includes(bytes.subarray(200, 264))).toBe(false)
    expect(decryptFile(testMediaKey(), record.sha256, onDisk)).toEqual(bytes)
    expect(store.listForDraft(draft.id)).toEqual([record])
    expect(await store.read(record.sha256)).toEqual(bytes)
  })

  it('records the type found in the bytes, whatever the name says', async () => {
    const draft = drafts.create('店铺')
    const record = await importFixture('png-named.jpg', draft.id)
    expect(record.mime).toBe('image/png')
  })

  it('stores the same bytes once however many drafts use them', async () => {
    const first = drafts.create('一')
    const second = drafts.create('二')
    const one = await importFixture('photo.jpg', first.id)
    const two = await importFixture('photo.jpg', second.id)
    expect(two.sha256).toBe(one.sha256)
    expect(rowCount('media')).toBe(1)
    expect(rowCount('draft_media')).toBe(2)
    const shard = await readdir(join(temp.path, 'media', one.sha256.slice(0, 2)))
    expect(shard).toEqual([one.sha256])
  })

  it('stores nothing when the picture is refused', async () => {
    const draft = drafts.create('店铺')
    await expect(importFixture('truncated.jpg', draft.id)).rejects.toMatchObject({
      code: 'media.truncated'
    })
    expect(rowCount('media')).toBe(0)
    expect(existsSync(join(temp.path, 'media'))).toBe(false)
  })

  it('leaves no file behind when the draft does not exist', async () => {
    const bytes = await fixture('photo.jpg')
    await expect(
      store.importMedia({ bytes, originalName: 'x.jpg', draftId: 'no-such-draft' })
    ).rejects.toMatchObject({ code: 'drafts.not_found' })
    expect(rowCount('media')).toBe(0)
    expect(existsSync(fileOf(sha256Hex(bytes)))).toBe(false)
  })

  it('answers media.not_found for an unknown hash', () => {
    expect(() => store.get('0'.repeat(64))).toThrow(MediaError)
  })

  it('collects an original only when no draft uses it any more', async () => {
    const first = drafts.create('一')
    const second = drafts.create('二')
    const shared = await importFixture('photo.jpg', first.id)
    await importFixture('photo.jpg', second.id)
    const own = await importFixture('logo-transparent.png', first.id)

    drafts.remove(first.id)
    expect(store.collectOrphans()).toEqual([own.sha256])
    expect(existsSync(fileOf(own.sha256))).toBe(false)
    expect(existsSync(fileOf(shared.sha256))).toBe(true)
    expect(store.listForDraft(second.id)).toEqual([shared])

    drafts.remove(second.id)
    expect(store.collectOrphans()).toEqual([shared.sha256])
    expect(existsSync(fileOf(shared.sha256))).toBe(false)
    expect(rowCount('media')).toBe(0)
  })

  it('deletes an original’s variants with it', async () => {
    const draft = drafts.create('店铺')
    const logo = await importFixture('logo-transparent.png', draft.id)
    const variant = await store.variantFor(logo.sha256, LOGO_SPEC)
    expect(existsSync(fileOf(variant.sha256))).toBe(true)

    drafts.remove(draft.id)
    expect(store.collectOrphans()).toEqual([logo.sha256, variant.sha256].sort())
    expect(existsSync(fileOf(variant.sha256))).toBe(false)
    expect(rowCount('media_variants')).toBe(0)
  })

  it('keeps a file that is still another original when a variant with the same bytes goes', async () => {
    const first = drafts.create('一')
    const second = drafts.create('二')
    const logo = await importFixture('logo-transparent.png', first.id)
    const variant = await store.variantFor(logo.sha256, LOGO_SPEC)
    // The exported JPEG imported again as an original of another draft.
    await store.importMedia({
      bytes: await store.read(variant.sha256),
      originalName: 'logo.jpg',
      draftId: second.id
    })

    drafts.remove(first.id)
    expect(store.collectOrphans()).toEqual([logo.sha256])
    expect(existsSync(fileOf(variant.sha256))).toBe(true)
  })

  it('removes a picture from one draft and deletes it when no other uses it', async () => {
    const first = drafts.create('一')
    const second = drafts.create('二')
    const photo = await importFixture('photo.jpg', first.id)
    await importFixture('photo.jpg', second.id)

    expect(store.removeDraftMedia(first.id, photo.sha256)).toEqual([])
    expect(existsSync(fileOf(photo.sha256))).toBe(true)
    expect(store.removeDraftMedia(second.id, photo.sha256)).toEqual([photo.sha256])
    expect(existsSync(fileOf(photo.sha256))).toBe(false)
  })

  it('writes a file again when it was lost but its row remained', async () => {
    const first = drafts.create('一')
    const second = drafts.create('二')
    const photo = await importFixture('photo.jpg', first.id)
    await rm(fileOf(photo.sha256))
    await importFixture('photo.jpg', second.id)
    expect(existsSync(fileOf(photo.sha256))).toBe(true)
  })

  it('gives each platform slot a verdict on the original as it is', async () => {
    const draft = drafts.create('店铺')
    const cmyk = await importFixture('cmyk.jpg', draft.id)
    const verdict = await store.verdict(cmyk.sha256, LOGO_SPEC)
    expect(verdict.ok).toBe(false)
    expect(verdict.problems.map((problem) => problem.code)).toEqual([
      'media.spec_square',
      'media.spec_cmyk'
    ])
    const variant = await store.variantFor(cmyk.sha256, LOGO_SPEC)
    expect(variant).toMatchObject({ mime: 'image/jpeg', width: 30, height: 30 })
  })

  it('sweeps staged files a killed import left behind, but not ones being written now', async () => {
    const staging = join(temp.path, 'media', 'tmp')
    await mkdir(staging, { recursive: true })
    const stale = join(staging, 'stale.part')
    const fresh = join(staging, 'fresh.part')
    await writeFile(stale, 'half a picture')
    await writeFile(fresh, 'being written')
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000)
    await utimes(stale, twoHoursAgo, twoHoursAgo)
    createMediaStore({ repo: createMediaRepo(db), dataDir: temp.path, key: testMediaKey() })
    expect(existsSync(stale)).toBe(false)
    expect(existsSync(fresh)).toBe(true)
  })
})
