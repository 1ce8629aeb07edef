import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openApp } from '../../../src-main/api'
import { useTempDir } from '../../helpers/temp-dir'
import { runCli as run } from '../../helpers/cli'

const tempDir = useTempDir('kaitong-cli-')

/** A database holding two merchants, written through the app as the desktop app would. */
async function twoMerchants(): Promise<{ db: string; ids: string[] }> {
  const dir = tempDir()
  const app = openApp({ dataDir: dir, version: '0.0.0-test' })
  const ids: string[] = []
  try {
    for (const [title, name, uscc] of [
      ['小笼包', '杭州小笼包餐饮有限公司', '91330106MA2KXXXX1Q'],
      ['咖啡', '深圳市山海咖啡餐饮管理有限公司', '91440305MA5G7K2L8A']
    ] as const) {
      const created = await app.router.dispatch('drafts.create', { title })
      if (!created.ok) throw new Error(created.error.code)
      const { id, content } = created.value as { id: string; content: Record<string, unknown> }
      const merchant = { licence: { registeredName: name, creditCode: uscc } }
      const saved = await app.router.dispatch('drafts.save', {
        id,
        content: { ...content, merchant }
      })
      if (!saved.ok) throw new Error(saved.error.code)
      ids.push(id)
    }
  } finally {
    app.close()
  }
  return { db: join(dir, 'kaitong.sqlite'), ids }
}

describe('kaitong drafts list', () => {
  it('finds a merchant by part of its USCC and by pinyin initials', async () => {
    const { db, ids } = await twoMerchants()
    const byCode = await run(['drafts', 'list', '--search', '5g7k2', '--db', db, '--json'])
    expect(byCode.code).toBe(0)
    expect((JSON.parse(byCode.out) as { id: string }[]).map((item) => item.id)).toEqual([ids[1]])
    const byInitials = await run(['drafts', 'list', '--search', 'hzxlb', '--db', db])
    expect(byInitials.out).toContain('杭州小笼包餐饮有限公司')
    expect(byInitials.out).not.toContain('咖啡')
    expect(byInitials.out).toContain('共 1 份草稿')
  })

  it('shows the merchant and the end of its USCC beside the title', async () => {
    const { db } = await twoMerchants()
    const result = await run(['drafts', 'list', '--sort', 'name', '--db', db, '--lang', 'en'])
    expect(result.out.split('\n')[0]).toContain('咖啡 (深圳市山海咖啡餐饮管理有限公司 · …7K2L8A')
    expect(result.out).toContain('Drafts: 2')
  })

  it('says when each draft was last edited in local time, not as a UTC timestamp', async () => {
    const { db } = await twoMerchants()
    const result = await run(['drafts', 'list', '--db', db])
    const edited = [...result.out.matchAll(/最后编辑 (\S+ \S+)/g)].map((match) => match[1])
    expect(edited).toHaveLength(2)
    for (const time of edited) expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(result.out).not.toMatch(/\d{2}:\d{2}:\d{2}\.\d{3}Z/)
  })

  it('refuses an unknown filter with the accepted ones and exit code 2', async () => {
    const { db } = await twoMerchants()
    const result = await run(['drafts', 'list', '--filter', 'done', '--db', db])
    expect(result.code).toBe(2)
    expect(result.err).toContain('incomplete, ready, exported, errors')
  })

  it('stops at --limit and says how many there are in all', async () => {
    const { db } = await twoMerchants()
    const result = await run(['drafts', 'list', '--limit', '1', '--db', db, '--lang', 'en'])
    expect(result.out).toContain('Showing 1 of 2 drafts')
  })
})

describe('kaitong draft duplicate', () => {
  it('copies a draft under a new title and lists both', async () => {
    const { db, ids } = await twoMerchants()
    const copied = await run(['draft', 'duplicate', ids[0]!, '--title', '小笼包 二店', '--db', db])
    expect(copied.code).toBe(0)
    expect(copied.out).toContain('小笼包 二店')
    const listed = await run(['drafts', 'list', '--search', 'hzxlb', '--db', db, '--json'])
    expect(
      (JSON.parse(listed.out) as { title: string }[]).map((item) => item.title).sort()
    ).toEqual(['小笼包', '小笼包 二店'].sort())
  })

  it('says the draft does not exist, with exit code 1', async () => {
    const { db } = await twoMerchants()
    const result = await run(['draft', 'duplicate', 'missing', '--db', db])
    expect(result.code).toBe(1)
    expect(result.err).not.toContain('drafts.duplicate')
  })
})
