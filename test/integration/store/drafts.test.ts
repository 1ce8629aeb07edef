import { describe, expect, it } from 'vitest'
import { emptyDraftContent } from '../../../src-main/domain/draft'
import { createDraftsRepo } from '../../../src-main/store/drafts'
import { useTempDb } from '../../helpers/temp-db'

const temp = useTempDb()

function withName(name: string) {
  const content = emptyDraftContent()
  content.merchant.licence.registeredName = name
  return content
}

describe('drafts repository', () => {
  it('creates a draft with an empty profile as revision 1', () => {
    const drafts = createDraftsRepo(temp.open().db)
    const draft = drafts.create('杭州小笼包')
    expect(draft).toMatchObject({ title: '杭州小笼包', revision: 1 })
    expect(draft.content).toEqual(emptyDraftContent())
    expect(drafts.revisions(draft.id)).toHaveLength(1)
  })

  it('appends a revision only when the content changed', () => {
    const drafts = createDraftsRepo(temp.open().db)
    const { id } = drafts.create('草稿')
    expect(drafts.saveContent(id, withName('甲')).changed).toBe(true)
    expect(drafts.saveContent(id, withName('甲'))).toMatchObject({ revision: 2, changed: false })
    expect(drafts.saveContent(id, withName('乙'))).toMatchObject({ revision: 3, changed: true })
    expect(drafts.revisions(id).map((r) => r.revision)).toEqual([3, 2, 1])
    expect(drafts.revision(id, 2).content.merchant.licence.registeredName).toBe('甲')
  })

  it('renames a draft without touching its content revisions', () => {
    const drafts = createDraftsRepo(temp.open().db)
    const { id } = drafts.create('旧名')
    expect(drafts.rename(id, '新名')).toMatchObject({ title: '新名', revision: 1 })
    expect(drafts.revisions(id)).toHaveLength(1)
  })

  it('deletes a draft with its revisions and its merchant', () => {
    const { db } = temp.open()
    const drafts = createDraftsRepo(db)
    const { id } = drafts.create('要删除的')
    drafts.saveContent(id, withName('甲'))
    drafts.remove(id)
    expect(drafts.list()).toEqual([])
    expect(db.prepare('SELECT count(*) AS n FROM draft_revisions').get()).toEqual({ n: 0 })
    expect(db.prepare('SELECT count(*) AS n FROM merchants').get()).toEqual({ n: 0 })
  })

  it('reports a missing draft with drafts.not_found', () => {
    const drafts = createDraftsRepo(temp.open().db)
    expect(() => drafts.get('nope')).toThrow(expect.objectContaining({ code: 'drafts.not_found' }))
  })

  it('lists the most recently changed draft first', () => {
    let tick = Date.parse('2026-11-25T00:00:00Z')
    const drafts = createDraftsRepo(temp.open().db, { now: () => new Date((tick += 1000)) })
    const first = drafts.create('一')
    drafts.create('二')
    drafts.saveContent(first.id, withName('改'))
    expect(drafts.list().map((d) => d.title)).toEqual(['一', '二'])
  })

  it('lets a second connection read committed drafts while the first keeps writing', () => {
    const { db, path } = temp.open()
    const writer = createDraftsRepo(db)
    const { id } = writer.create('并发')
    const reader = createDraftsRepo(temp.reopen(path))
    const readTx = reader.get(id)
    writer.saveContent(id, withName('写入中'))
    expect(readTx.revision).toBe(1)
    expect(reader.get(id)).toMatchObject({ revision: 2 })
    expect(reader.get(id).content.merchant.licence.registeredName).toBe('写入中')
  })

  it('fills defaults added later into content saved by an older version', () => {
    const { db } = temp.open()
    const drafts = createDraftsRepo(db)
    const { id } = drafts.create('旧内容')
    db.prepare('UPDATE drafts SET content = ? WHERE id = ?').run('{"merchant":{}}', id)
    expect(drafts.get(id).content).toEqual(emptyDraftContent())
  })
})

describe('drafts repository, saving unchanged content', () => {
  it('keeps the draft’s last-modified time when nothing changed', () => {
    let tick = Date.parse('2026-11-25T00:00:00Z')
    const drafts = createDraftsRepo(temp.open().db, { now: () => new Date((tick += 1000)) })
    const { id, updatedAt } = drafts.create('不变')
    expect(drafts.saveContent(id, drafts.get(id).content)).toMatchObject({
      changed: false,
      savedAt: updatedAt
    })
    expect(drafts.get(id).updatedAt).toBe(updatedAt)
  })
})
