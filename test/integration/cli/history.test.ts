import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyDraftContent } from '../../../src-main/domain/draft'
import { openDatabase } from '../../../src-main/store/connection'
import { createDraftsRepo } from '../../../src-main/store/drafts'
import { migrate } from '../../../src-main/store/migrations'
import { useTempDir } from '../../helpers/temp-dir'
import { runCli as run } from '../../helpers/cli'

const tempDir = useTempDir('kaitong-cli-history-')

/** A stored draft edited in three sittings: names 甲, then 乙, then 丙 (three revisions). */
function draftWithHistory(): { db: string; id: string } {
  const db = join(tempDir(), 'k.sqlite')
  const connection = openDatabase(db)
  migrate(connection)
  let at = Date.parse('2026-11-25T08:00:00Z')
  const drafts = createDraftsRepo(connection, { now: () => new Date(at) })
  const { id } = drafts.create('杭州小笼包')
  for (const name of ['甲', '乙', '丙']) {
    at += 5 * 60_000
    const content = emptyDraftContent()
    content.merchant.licence.registeredName = name
    drafts.saveContent(id, content)
  }
  connection.close()
  return { db, id }
}

describe('kaitong draft history / restore / purge-history', () => {
  it('lists each revision with the fields that changed by their names, newest first', async () => {
    const { db, id } = draftWithHistory()
    const result = await run(['draft', 'history', id, '--db', db])
    expect(result.code).toBe(0)
    const lines = result.out.split('\n')
    expect(lines[0]).toMatch(/^第 4 版 .*编辑中.* 1 处修改$/)
    expect(lines[1]).toBe('    证照上的商户名称：乙 → 丙')
    expect(result.out).toContain('    证照上的商户名称：（空） → 甲')
    expect(result.out).not.toContain('merchant.')
  })

  it('names a field no platform requires by the wizard section that holds it, in English', async () => {
    const { db, id } = draftWithHistory()
    const connection = openDatabase(db)
    const drafts = createDraftsRepo(connection)
    const content = drafts.get(id).content
    content.listing.serviceEmail = 'kefu@xlb.cn'
    drafts.saveContent(id, content, { checkpoint: true })
    connection.close()
    const result = await run(['draft', 'history', id, '--db', db, '--lang', 'en'])
    expect(result.out.split('\n')[1]).toBe('    Mini program listing: (empty) → kefu@xlb.cn')
  })

  it('gives the history as JSON with --json', async () => {
    const { db, id } = draftWithHistory()
    const result = await run(['draft', 'history', id, '--db', db, '--json', '--lang', 'en'])
    const history = JSON.parse(result.out) as { revision: number; changes: unknown[] }[]
    expect(history.map((entry) => entry.revision)).toEqual([4, 3, 2, 1])
    expect(history[0]!.changes).toEqual([
      { path: 'merchant.licence.registeredName', before: '乙', after: '丙' }
    ])
  })

  it('restores a revision as a new one, keeping every earlier revision', async () => {
    const { db, id } = draftWithHistory()
    const result = await run(['draft', 'restore', id, '--revision', '2', '--db', db])
    expect(result).toMatchObject({ code: 0, out: '已把第 2 版恢复为第 5 版（之前的版本都还在）' })
    const history = await run(['draft', 'history', id, '--db', db, '--json'])
    const entries = JSON.parse(history.out) as { revision: number; changes: unknown[] }[]
    expect(entries).toHaveLength(5)
    expect(entries[0]!.changes).toEqual([
      { path: 'merchant.licence.registeredName', before: '丙', after: '甲' }
    ])
  })

  it('refuses a restore without a revision number with exit code 2', async () => {
    const { db, id } = draftWithHistory()
    const result = await run(['draft', 'restore', id, '--db', db, '--lang', 'en'])
    expect(result.code).toBe(2)
    expect(result.err).toContain('Name the revision to restore with --revision <number>')
  })

  it('says which revision is missing with exit code 1', async () => {
    const { db, id } = draftWithHistory()
    const result = await run(['draft', 'restore', id, '--revision', '9', '--db', db])
    expect(result.code).toBe(1)
    expect(result.err).toBe(`草稿 ${id} 没有第 9 版`)
  })

  it('purges the older revisions and keeps the current content', async () => {
    const { db, id } = draftWithHistory()
    const result = await run(['draft', 'purge-history', id, '--db', db, '--lang', 'en'])
    expect(result).toMatchObject({
      code: 0,
      out: 'Removed 3 older revisions; only the current revision 4 is kept'
    })
    const history = await run(['draft', 'history', id, '--db', db, '--json'])
    expect((JSON.parse(history.out) as unknown[]).length).toBe(1)
    const exported = await run(['draft', 'history', id, '--db', db])
    expect(exported.out).toMatch(/^第 4 版 /)
  })
})
