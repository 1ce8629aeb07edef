import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../helpers/temp-dir'
import { runCli as run } from '../../helpers/cli'

const tempDir = useTempDir('kaitong-cli-')

function draftFile(dir: string, body: unknown): string {
  const file = join(dir, 'draft.json')
  writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body))
  return file
}

describe('kaitong drafts / draft', () => {
  it('imports a draft file, lists it, and exports the same content back', async () => {
    const dir = tempDir()
    const db = join(dir, 'k.sqlite')
    const source = {
      kaitongDraft: 1,
      title: '杭州小笼包',
      content: { merchant: { licence: { registeredName: '杭州小笼包餐饮有限公司' } } }
    }
    const imported = await run(['draft', 'import', draftFile(dir, source), '--db', db, '--json'])
    expect(imported.code).toBe(0)
    const { id } = JSON.parse(imported.out) as { id: string }

    const listed = await run(['drafts', 'list', '--db', db, '--json'])
    expect(JSON.parse(listed.out)).toMatchObject([{ id, title: '杭州小笼包', revision: 1 }])

    const target = join(dir, 'out.json')
    expect((await run(['draft', 'export', id, target, '--db', db])).code).toBe(0)
    const exported = JSON.parse(readFileSync(target, 'utf8')) as typeof source
    expect(exported.kaitongDraft).toBe(1)
    expect(exported.content.merchant.licence.registeredName).toBe('杭州小笼包餐饮有限公司')
  })

  it('explains a file that is not JSON, in the chosen language', async () => {
    const dir = tempDir()
    const file = draftFile(dir, '{"kaitongDraft": 1,')
    const result = await run([
      'draft',
      'import',
      file,
      '--db',
      join(dir, 'k.sqlite'),
      '--lang',
      'en'
    ])
    expect(result.code).toBe(1)
    expect(result.err).toContain('is not valid JSON')
  })

  it('names each wrong field of an invalid draft file and imports nothing', async () => {
    const dir = tempDir()
    const db = join(dir, 'k.sqlite')
    const file = draftFile(dir, {
      kaitongDraft: 1,
      title: '',
      content: { merchant: { subjectType: 'pirate' } }
    })
    const result = await run(['draft', 'import', file, '--db', db])
    expect(result.code).toBe(1)
    expect(result.err).toContain('草稿文件内容不正确')
    expect(result.err).toContain('title')
    expect(result.err).toContain('content.merchant.subjectType')
    expect(JSON.parse((await run(['drafts', 'list', '--db', db, '--json'])).out)).toEqual([])
  })

  it('reports an unknown draft id when exporting', async () => {
    const dir = tempDir()
    const result = await run([
      'draft',
      'export',
      'nope',
      join(dir, 'x.json'),
      '--db',
      join(dir, 'k.sqlite')
    ])
    expect(result.code).toBe(1)
    expect(result.err).toContain('找不到草稿 nope')
  })

  it('prints usage and exits 2 for an unknown command', async () => {
    const result = await run(['drafts', 'frobnicate'])
    expect(result.code).toBe(2)
    expect(result.err).toContain('kaitong <命令>')
  })
})

describe('kaitong draft import, reading the file', () => {
  it('refuses a file that is not UTF-8 with the byte offset', async () => {
    const dir = tempDir()
    const file = join(dir, 'gbk.json')
    const head = Buffer.from('{"kaitongDraft":1,"title":"')
    writeFileSync(file, Buffer.concat([head, Buffer.from([0xba, 0xbc]), Buffer.from('"}')]))
    const result = await run(['draft', 'import', file, '--db', join(dir, 'k.sqlite')])
    expect(result.code).toBe(1)
    expect(result.err).toBe(
      `文件 ${file} 不是有效的 UTF-8 文本（第 ${head.length} 字节起无法解读），请以 UTF-8 编码另存后再试`
    )
  })

  it('lists misspelt keys as ignored instead of dropping them silently', async () => {
    const dir = tempDir()
    const file = draftFile(dir, {
      kaitongDraft: 1,
      title: '拼错',
      content: { merchant: { licence: { registerdName: '杭州小笼包', registeredName: '杭州' } } }
    })
    const result = await run([
      'draft',
      'import',
      file,
      '--db',
      join(dir, 'k.sqlite'),
      '--lang',
      'en'
    ])
    expect(result.code).toBe(0)
    expect(result.err).toBe(
      'Warning: ignored unknown field content.merchant.licence.registerdName (is it misspelt?)'
    )
  })

  it('never prints a control character from a draft to the terminal', async () => {
    const dir = tempDir()
    const file = draftFile(dir, {
      kaitongDraft: 1,
      title: '控制字符',
      content: { merchant: { licence: { registeredName: '杭州\u001b[2J小笼包\u0007' } } }
    })
    const db = join(dir, 'k.sqlite')
    const { out } = await run(['draft', 'import', file, '--db', db, '--json'])
    const { id } = JSON.parse(out) as { id: string }
    const target = join(dir, 'out.json')
    await run(['draft', 'export', id, target, '--db', db])
    const exported = readFileSync(target, 'utf8')
    expect(exported).toContain('"registeredName": "杭州[2J小笼包"')
  })
})
