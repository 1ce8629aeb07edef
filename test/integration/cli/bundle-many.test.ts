import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openApp } from '../../../src-main/api'
import { main } from '../../../src-main/cli/main'
import type { Io } from '../../../src-main/cli/output'
import { createCompleteDraft } from '../../helpers/complete-draft'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir('kaitong-cli-bulk-')

async function run(args: string[], tty = false) {
  const out: string[] = []
  const err: string[] = []
  const status: string[] = []
  const io: Io = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    ...(tty ? { status: (text: string) => status.push(text) } : {})
  }
  const code = await main(args, io)
  return { code, out, err, status }
}

/** A database with two complete drafts and one empty one. */
async function stored() {
  const dir = tempDir()
  const app = openApp({ dataDir: dir, version: 'test' })
  const ids = [await createCompleteDraft(app), await createCompleteDraft(app, { title: '二店' })]
  app.close()
  return { dir, db: join(dir, 'kaitong.sqlite'), ids }
}

describe('kaitong bundle --ids / --all-ready', () => {
  it('exports many drafts in one process, as NDJSON progress lines and a final report', async () => {
    const { dir, db, ids } = await stored()
    const out = join(dir, 'out')
    const args = ['bundle', '--ids', ids.join(','), '--platform', 'alipay-mp', '--out', out]
    const result = await run([...args, '--db', db, '--json'])
    expect(result.code).toBe(0)
    const lines = result.out.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines.at(-1)).toMatchObject({ type: 'report', written: 2, skipped: 0, refused: 0 })
    expect(lines.slice(0, -1).every((line) => line['type'] === 'progress')).toBe(true)
    expect(lines.at(-2)).toMatchObject({ done: 2, total: 2 })
  })

  it('draws a progress bar on a terminal and skips what was already exported', async () => {
    const { dir, db, ids } = await stored()
    const out = join(dir, 'out')
    const args = ['bundle', '--ids', ids.join(','), '--platform', 'douyin-mp', '--out', out]
    expect((await run([...args, '--db', db])).code).toBe(0)
    const again = await run([...args, '--db', db], true)
    expect(again.code).toBe(0)
    expect(again.status.some((line) => line.startsWith('[##'))).toBe(true)
    expect(again.out[0]).toContain('写出 0 个提交包，跳过 2 个')
    const csv = readFileSync(join(out, 'kaitong-export-report.csv'), 'utf8')
    expect(csv).toContain('已导出过')
  })

  it('exits 1 and names each refused bundle with its reason when a draft is not complete', async () => {
    const { dir, db } = await stored()
    const app = openApp({ dataDir: dir, version: 'test' })
    const created = await app.router.dispatch('drafts.create', { title: '空草稿' })
    app.close()
    if (!created.ok) throw new Error('create failed')
    const empty = (created.value as { id: string }).id
    const args = ['bundle', '--ids', empty, '--platform', 'baidu-mp', '--out', join(dir, 'o')]
    const result = await run([...args, '--db', db, '--lang', 'en'])
    expect(result.code).toBe(1)
    expect(result.err.join('\n')).toMatch(/✗ 空草稿 · Baidu smart mini program: .*errors to fix/)
  })

  it('asks for one selection when both --ids and --all-ready are given', async () => {
    const result = await run(['bundle', '--ids', 'a', '--all-ready', '--out', tempDir()])
    expect(result.code).toBe(2)
    expect(result.err.join('\n')).toContain('二选一')
  })
})
