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
    const before = reader.get(id)
    writer.saveContent(id, withName('写入中'))
    expect(before.content.merchant.licence.registeredName).toBe('')
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

/** A clock the test moves by hand, in minutes from a fixed start. */
function manualClock() {
  let at = Date.parse('2026-11-25T08:00:00Z')
  return {
    now: () => new Date(at),
    advance(minutes: number) {
      at += minutes * 60_000
    }
  }
}

function names(drafts: ReturnType<typeof createDraftsRepo>, id: string): string[] {
  return drafts.history(id).map((entry) => entry.content.merchant.licence.registeredName)
}

describe('drafts repository, revision coalescing', () => {
  it('keeps one revision for a sitting of autosaves', () => {
    const clock = manualClock()
    const drafts = createDraftsRepo(temp.open().db, clock)
    const { id } = drafts.create('一次编辑')
    for (const name of ['杭', '杭州', '杭州小笼包']) {
      clock.advance(0.5)
      expect(drafts.saveContent(id, withName(name))).toMatchObject({ revision: 1, changed: true })
    }
    expect(names(drafts, id)).toEqual(['杭州小笼包'])
    expect(drafts.get(id).content.merchant.licence.registeredName).toBe('杭州小笼包')
  })

  it('starts a new revision when the draft rested two minutes', () => {
    const clock = manualClock()
    const drafts = createDraftsRepo(temp.open().db, clock)
    const { id } = drafts.create('停顿')
    drafts.saveContent(id, withName('甲'))
    clock.advance(2)
    expect(drafts.saveContent(id, withName('乙')).revision).toBe(2)
    expect(names(drafts, id)).toEqual(['甲', '乙'])
  })

  it('seals a revision after ten minutes of continuous editing', () => {
    const clock = manualClock()
    const drafts = createDraftsRepo(temp.open().db, clock)
    const { id } = drafts.create('连续')
    for (let minute = 1; minute <= 12; minute++) {
      clock.advance(1)
      drafts.saveContent(id, withName(`第${minute}分钟`))
    }
    expect(names(drafts, id)).toEqual(['第9分钟', '第12分钟'])
  })

  it('starts a new revision after a checkpoint (a step left), even without a pause', () => {
    const clock = manualClock()
    const drafts = createDraftsRepo(temp.open().db, clock)
    const { id } = drafts.create('换步骤')
    drafts.saveContent(id, withName('甲'))
    clock.advance(0.1)
    drafts.saveContent(id, withName('甲'), { checkpoint: true })
    clock.advance(0.1)
    drafts.saveContent(id, withName('乙'))
    expect(names(drafts, id)).toEqual(['甲', '乙'])
  })

  it('keeps an exported revision as it was: a checkpoint seals it', () => {
    const clock = manualClock()
    const drafts = createDraftsRepo(temp.open().db, clock)
    const { id } = drafts.create('导出')
    drafts.saveContent(id, withName('导出时'))
    const exported = drafts.checkpoint(id)
    clock.advance(0.1)
    drafts.saveContent(id, withName('导出后'))
    expect(drafts.revision(id, exported).content.merchant.licence.registeredName).toBe('导出时')
  })

  it('restores an old revision as a new one and keeps the history', () => {
    const clock = manualClock()
    const drafts = createDraftsRepo(temp.open().db, clock)
    const { id } = drafts.create('恢复')
    drafts.saveContent(id, withName('甲'))
    clock.advance(3)
    drafts.saveContent(id, withName('乙'))
    const restored = drafts.restore(id, 1)
    expect(restored).toMatchObject({ revision: 3 })
    expect(restored.content.merchant.licence.registeredName).toBe('甲')
    expect(names(drafts, id)).toEqual(['甲', '乙', '甲'])
  })

  it('purges every revision but the current one, whose content stays', () => {
    const clock = manualClock()
    const { db } = temp.open()
    const drafts = createDraftsRepo(db, clock)
    const { id } = drafts.create('清除')
    for (const name of ['旧身份证号', '新身份证号']) {
      clock.advance(3)
      drafts.saveContent(id, withName(name))
    }
    expect(drafts.purgeHistory(id)).toEqual({ removed: 2, revision: 3 })
    expect(names(drafts, id)).toEqual(['新身份证号'])
    const stored = db.prepare('SELECT content FROM draft_revisions').all() as { content: string }[]
    expect(stored.some((row) => row.content.includes('旧身份证号'))).toBe(false)
  })

  it('saves an over-long value instead of refusing the draft', () => {
    const drafts = createDraftsRepo(temp.open().db)
    const { id } = drafts.create('超长')
    drafts.saveContent(id, withName('名'.repeat(2000)))
    expect(drafts.get(id).content.merchant.licence.registeredName).toHaveLength(2000)
  })
})
