import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openApp, type OpenedApp } from '../../../src-main/api'
import type { MethodOutput } from '../../../src-main/api/contract'
import { INLINE_STALE_SUMMARIES } from '../../../src-main/api/handlers/portfolio'
import { main } from '../../../src-main/cli/main'
import { DraftContent } from '../../../src-main/domain/draft'
import { createDraftsRepo } from '../../../src-main/store/drafts'
import { MIGRATIONS } from '../../../src-main/store/migrations'
import addSummaries from '../../../src-main/store/migrations/0008-draft-summaries'
import { call } from '../../helpers/complete-draft'
import { useTempDb } from '../../helpers/temp-db'

const temp = useTempDb()
const SUMMARIES_VERSION = MIGRATIONS.find((step) => step.up === addSummaries)?.version ?? 0
/** Enough drafts that the list call leaves them to the background job. */
const DRAFTS = INLINE_STALE_SUMMARIES + 60

type Page = MethodOutput<'drafts.page'>

/**
 * A data folder as an older Kaitong left it: `count` drafts (merchant `n` is 商户n号) in a
 * database from before the drafts list kept summaries, so opening it upgrades it.
 */
function olderDataFolder(count: number): string {
  const { db, dir } = temp.open({ migrateTo: SUMMARIES_VERSION - 1 })
  const drafts = createDraftsRepo(db)
  for (let n = 0; n < count; n++) {
    const content = DraftContent.parse({})
    content.merchant.licence.registeredName = `商户${n}号餐饮有限公司`
    drafts.create(`草稿 ${n}`, content)
  }
  db.close()
  return dir
}

function upgrade(dataDir: string): OpenedApp {
  return openApp({ dataDir, version: '0.0.0-test', checkOutput: true })
}

describe('draft summaries after an upgrade', () => {
  it('are left to a background job: the first list call answers with the titles and the job', async () => {
    const app = upgrade(olderDataFolder(DRAFTS))
    try {
      const first = await call<Page>(app, 'drafts.page', { limit: 200 })
      expect(first.total).toBe(DRAFTS)
      expect(first.summaries).toMatchObject({ kind: 'drafts.summaries', state: 'running' })
      expect(first.items.some((item) => item.pending && item.merchantName === '')).toBe(true)

      const ended = await app.jobs.settled(first.summaries!.id)
      expect(ended).toMatchObject({ state: 'done', done: DRAFTS, total: DRAFTS })
      expect(ended.result).toEqual({ refreshed: DRAFTS })
      const after = await call<Page>(app, 'drafts.page', { limit: 200 })
      expect(after.summaries).toBeUndefined()
      expect(after.items.every((item) => item.merchantName.endsWith('号餐饮有限公司'))).toBe(true)
      expect(after.items.some((item) => item.pending)).toBe(false)
    } finally {
      app.close()
    }
  })

  it('reports the same running job to every list call until it ends', async () => {
    const app = upgrade(olderDataFolder(DRAFTS))
    try {
      const first = await call<Page>(app, 'drafts.page', { limit: 10 })
      const second = await call<Page>(app, 'drafts.page', { limit: 10, offset: 10 })
      expect(second.summaries?.id).toBe(first.summaries?.id)
      await app.jobs.settled(first.summaries!.id)
    } finally {
      app.close()
    }
  })

  it('has "select all" wait for the job, so a search holds for every draft', async () => {
    const app = upgrade(olderDataFolder(DRAFTS))
    try {
      const ids = await call<string[]>(app, 'drafts.matchingIds', { search: `商户${DRAFTS - 1}号` })
      expect(ids).toHaveLength(1)
      const page = await call<Page>(app, 'drafts.page', { limit: 1 })
      expect(page.summaries).toBeUndefined()
    } finally {
      app.close()
    }
  })

  it('recomputes a few stale summaries within the list call, with no job', async () => {
    const app = upgrade(olderDataFolder(3))
    try {
      const page = await call<Page>(app, 'drafts.page', { limit: 10 })
      expect(page.summaries).toBeUndefined()
      expect(page.items.map((item) => item.merchantName).sort()).toEqual([
        '商户0号餐饮有限公司',
        '商户1号餐饮有限公司',
        '商户2号餐饮有限公司'
      ])
    } finally {
      app.close()
    }
  })

  it('has `kaitong drafts list` wait for the job and then list every draft', async () => {
    const dir = olderDataFolder(DRAFTS)
    const out: string[] = []
    const err: string[] = []
    const code = await main(
      ['drafts', 'list', '--search', '商户7号', '--db', join(dir, 'kaitong.sqlite'), '--json'],
      { out: (text) => out.push(text), err: (text) => err.push(text) }
    )
    expect(code).toBe(0)
    expect(err.join('\n')).toContain(`正在整理 ${DRAFTS} 份草稿的状态`)
    expect((JSON.parse(out.join('\n')) as { title: string }[]).map((item) => item.title)).toEqual([
      '草稿 7'
    ])
  })
})
