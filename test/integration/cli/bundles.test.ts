import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { openApp } from '../../../src-main/api'
import { createCompleteDraft } from '../../helpers/complete-draft'
import { useTempDir } from '../../helpers/temp-dir'
import { runCli as run } from '../../helpers/cli'

const tempDir = useTempDir('kaitong-cli-bundle-')
const LISTING = ['wechat-mp', 'alipay-mp', 'douyin-mp', 'baidu-mp']

/** A database holding the complete draft (and its pictures), plus that draft as a file. */
async function stored() {
  const dir = tempDir()
  const db = join(dir, 'kaitong.sqlite')
  const app = openApp({ dataDir: dir, version: 'test' })
  const id = await createCompleteDraft(app)
  app.close()
  const file = join(dir, 'draft.json')
  expect((await run(['draft', 'export', id, file, '--db', db])).code).toBe(0)
  return { dir, db, id, file }
}

describe('kaitong bundle and verify', () => {
  it('writes a bundle per target of a draft file that verify accepts', async () => {
    const { dir, db, file } = await stored()
    const out = join(dir, 'out')
    const bundled = await run(['bundle', file, '--all', '--out', out, '--db', db])
    expect(bundled.err).toBe('')
    expect(bundled.code).toBe(0)
    const written = readdirSync(out)
    expect(written).toHaveLength(5)
    for (const name of written) {
      const verified = await run(['verify', join(out, name), '--lang', 'en'])
      expect(verified.out).toContain('The bundle is intact')
      expect(verified.code).toBe(0)
    }
  })

  it('writes the listing bundles of a stored draft by id and gives the same bytes from its file', async () => {
    const { dir, db, id, file } = await stored()
    const byId = await run([
      'bundle',
      '--id',
      id,
      '--platform',
      'douyin-mp',
      '--out',
      join(dir, 'a'),
      '--db',
      db,
      '--json'
    ])
    expect(byId.code).toBe(0)
    const fromFile = await run([
      'bundle',
      file,
      '--platform',
      'douyin-mp',
      '--out',
      join(dir, 'b'),
      '--db',
      db,
      '--json'
    ])
    expect(fromFile.code).toBe(0)
    const [a] = JSON.parse(byId.out) as { export: { sha256: string } }[]
    const [b] = JSON.parse(fromFile.out) as { export: { sha256: string } }[]
    expect(b?.export.sha256).toBe(a?.export.sha256)
  })

  it('fails verify naming the entry whose byte was changed', async () => {
    const { dir, db, file } = await stored()
    const out = join(dir, 'out')
    await run(['bundle', file, '--platform', 'alipay-mp', '--out', out, '--db', db])
    const [name] = readdirSync(out)
    const entries = unzipSync(readFileSync(join(out, name!)))
    const payload = Object.keys(entries).find((entry) => entry.startsWith('payload/'))!
    entries[payload] = strToU8(new TextDecoder().decode(entries[payload]).replace('"', "'"))
    const tampered = join(dir, 'tampered.zip')
    writeFileSync(tampered, zipSync(entries))
    const verified = await run(['verify', tampered])
    expect(verified.code).toBe(1)
    expect(verified.err).toContain(payload)
  })

  it('refuses a platform with precheck errors and says which field to fix', async () => {
    const { dir, db, file } = await stored()
    const draft = JSON.parse(readFileSync(file, 'utf8')) as {
      content: { listing: { name: string } }
    }
    draft.content.listing.name = '第一官方小程序'
    writeFileSync(file, JSON.stringify(draft))
    const result = await run([
      'bundle',
      file,
      '--platform',
      'wechat-mp',
      '--out',
      join(dir, 'o'),
      '--db',
      db
    ])
    expect(result.code).toBe(1)
    expect(result.err).toContain('listing.name')
  })
})

describe('kaitong precheck', () => {
  it('reports no errors for the complete draft on every listing platform', async () => {
    const { db, file } = await stored()
    const result = await run(['precheck', file, '--all', '--db', db, '--json'])
    const reviews = JSON.parse(result.out) as { platform: string; issues: { severity: string }[] }[]
    expect(reviews.map((review) => review.platform)).toEqual(['wechat-pay', ...LISTING])
    expect(
      reviews.flatMap((review) => review.issues).filter((found) => found.severity === 'error')
    ).toEqual([])
    expect(result.code).toBe(0)
  })

  it('exits 1 with the rule ids when a name breaks a platform rule', async () => {
    const { db, file } = await stored()
    const draft = JSON.parse(readFileSync(file, 'utf8')) as {
      content: { listing: { name: string } }
    }
    // 14 Chinese characters count 28 on Douyin, over its 20.
    draft.content.listing.name = '杭州小笼包餐饮连锁管理有限店'
    writeFileSync(file, JSON.stringify(draft))
    const result = await run(['precheck', file, '--platform', 'douyin-mp', '--db', db, '--json'])
    expect(result.code).toBe(1)
    const [review] = JSON.parse(result.out) as { issues: { code: string; path: string }[] }[]
    expect(
      review?.issues.some(
        (found) => found.code.startsWith('douyin-mp.') && found.path === 'listing.name'
      )
    ).toBe(true)
  })
})

describe('kaitong schema', () => {
  it('prints the draft file JSON Schema with the version field', async () => {
    const result = await run(['schema'])
    const schema = JSON.parse(result.out) as {
      properties: Record<string, unknown>
      required: string[]
    }
    expect(schema.properties['kaitongDraft']).toMatchObject({ const: 1 })
    expect(schema.required).toEqual(expect.arrayContaining(['kaitongDraft', 'title', 'content']))
  })
})

describe('kaitong media check', () => {
  const photo = join(import.meta.dirname, '../../fixtures/images/photo.jpg')

  it('tells what a slot needs and writes the normalised file with --out', async () => {
    const dir = tempDir()
    const out = join(dir, 'logo.png')
    const result = await run([
      'media',
      'check',
      photo,
      '--platform',
      'alipay-mp',
      '--slot',
      'logo',
      '--out',
      out,
      '--json'
    ])
    expect(result.code).toBe(0)
    const verdict = JSON.parse(result.out) as {
      ok: boolean
      problems: { code: string }[]
      written: { width: number; height: number }
    }
    expect(verdict.ok).toBe(false)
    expect(verdict.problems.map((problem) => problem.code)).toContain('media.spec_square')
    expect(verdict.written.width).toBe(verdict.written.height)
    expect(readFileSync(out).length).toBeGreaterThan(0)
  })

  it('names the slots a platform has when the slot is unknown', async () => {
    const result = await run([
      'media',
      'check',
      photo,
      '--platform',
      'douyin-mp',
      '--slot',
      'banner',
      '--lang',
      'en'
    ])
    expect(result.code).toBe(2)
    expect(result.err).toContain('logo')
  })
})
