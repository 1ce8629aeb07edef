import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OpenedApp } from '../../../src-main/api'
import type { MethodInput, MethodOutput } from '../../../src-main/api/contract'
import { DraftContent, type DraftContentInput } from '../../../src-main/domain/draft'
import { createDraftsRepo } from '../../../src-main/store/drafts'
import { createExportsRepo } from '../../../src-main/store/exports'
import { testDatabaseKey } from '../../helpers/test-key'
import { useTempApp } from '../../helpers/app'
import { call, createCompleteDraft } from '../../helpers/complete-draft'

const openTempApp = useTempApp()

type Page = MethodOutput<'drafts.page'>
type Draft = MethodOutput<'drafts.create'>

const ENTERPRISE = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/drafts/enterprise.json'), 'utf8')
) as DraftContentInput

/** The enterprise fixture as another merchant: its names, code and contact replaced. */
function merchant(fields: {
  name: string
  uscc?: string
  contact?: string
  shortName?: string
}): DraftContent {
  const content = DraftContent.parse(ENTERPRISE)
  content.merchant.licence.registeredName = fields.name
  content.merchant.licence.creditCode = fields.uscc ?? ''
  content.merchant.contact.name = fields.contact ?? ''
  content.merchant.business.shortName = fields.shortName ?? ''
  content.merchant.business.store.name = ''
  return content
}

async function createDraft(app: OpenedApp, title: string, content?: DraftContent) {
  const draft = await call<Draft>(app, 'drafts.create', { title })
  if (content) await call(app, 'drafts.save', { id: draft.id, content })
  return draft.id
}

function page(app: OpenedApp, query: Partial<MethodInput<'drafts.page'>> = {}) {
  return call<Page>(app, 'drafts.page', query)
}

async function titles(app: OpenedApp, query: Partial<MethodInput<'drafts.page'>> = {}) {
  return (await page(app, query)).items.map((item) => item.title)
}

describe('drafts.page', () => {
  it('lists each draft with its merchant name, USCC and still-due count per target', async () => {
    const { app } = openTempApp()
    await createDraft(
      app,
      '山海咖啡',
      merchant({ name: '深圳市山海咖啡餐饮管理有限公司', uscc: '91440305MA5G7K2L8A' })
    )
    const [item] = (await page(app)).items
    expect(item).toMatchObject({
      title: '山海咖啡',
      merchantName: '深圳市山海咖啡餐饮管理有限公司',
      uscc: '91440305MA5G7K2L8A'
    })
    const review = await call<MethodOutput<'review.draft'>>(app, 'review.draft', {
      id: item!.id
    })
    expect(item!.targets.map((target) => [target.platform, target.due])).toEqual(
      review.map((found) => [
        found.platform,
        found.requirements.filter((requirement) => !requirement.met).length
      ])
    )
  })

  it('finds a merchant by part of its USCC, by pinyin initials, by two characters, by contact and by short name', async () => {
    const { app } = openTempApp()
    await createDraft(
      app,
      '甲',
      merchant({ name: '杭州小笼包餐饮有限公司', uscc: '91330106MA2KXXXX1Q', contact: '王小明' })
    )
    await createDraft(
      app,
      '乙',
      merchant({ name: '深圳市山海咖啡餐饮管理有限公司', shortName: '山海咖啡' })
    )
    expect(await titles(app, { search: 'ma2kxx' })).toEqual(['甲'])
    expect(await titles(app, { search: 'hzxlb' })).toEqual(['甲'])
    expect(await titles(app, { search: '笼包' })).toEqual(['甲'])
    expect(await titles(app, { search: '王小明' })).toEqual(['甲'])
    expect(await titles(app, { search: 'shanhai' })).toEqual(['乙'])
    expect(await titles(app, { search: '餐饮 山海' })).toEqual(['乙'])
  })

  it('follows a save made by another connection, as the CLI would make it', async () => {
    const { app, dbPath } = openTempApp()
    const id = await createDraft(app, '草稿')
    expect((await page(app, { search: 'hzxlb' })).total).toBe(0)

    const { openDatabase } = await import('../../../src-main/store/connection')
    const other = openDatabase(dbPath, { key: testDatabaseKey() })
    try {
      createDraftsRepo(other).saveContent(id, merchant({ name: '杭州小笼包餐饮有限公司' }))
    } finally {
      other.close()
    }
    expect(await titles(app, { search: 'hzxlb' })).toEqual(['草稿'])
  })

  it('finds a draft by its new title after a rename', async () => {
    const { app } = openTempApp()
    const id = await createDraft(app, '旧名称')
    await call(app, 'drafts.rename', { id, title: '西湖店' })
    expect(await titles(app, { search: 'xhd' })).toEqual(['西湖店'])
  })

  it('sorts by name in pinyin order, not by character code', async () => {
    const { app } = openTempApp()
    for (const title of ['上海', '杭州', '北京']) await createDraft(app, title)
    expect(await titles(app, { sort: 'name' })).toEqual(['北京', '杭州', '上海'])
    expect(await titles(app, { sort: 'name', direction: 'desc' })).toEqual(['上海', '杭州', '北京'])
  })

  it('sorts by completeness, most complete first', async () => {
    const { app } = openTempApp()
    const empty = DraftContent.parse({ payment: { addProvider: 'wechat-pay' } })
    await createDraft(app, '空白', empty)
    await createDraft(app, '已填', merchant({ name: '杭州小笼包餐饮有限公司' }))
    const items = (await page(app, { sort: 'completeness' })).items
    expect(items.map((item) => item.title)).toEqual(['已填', '空白'])
    expect(items[0]!.completeness).toBeGreaterThan(items[1]!.completeness)
  })

  it('pages through the list with the total of all matches', async () => {
    const { app } = openTempApp()
    for (let n = 1; n <= 5; n++) await createDraft(app, `草稿 ${n}`)
    const first = await page(app, { sort: 'name', limit: 2 })
    const last = await page(app, { sort: 'name', limit: 2, offset: 4 })
    expect(first).toMatchObject({ total: 5, offset: 0 })
    expect(first.items.map((item) => item.title)).toEqual(['草稿 1', '草稿 2'])
    expect(last.items.map((item) => item.title)).toEqual(['草稿 5'])
  })

  it('refuses a page of more than 200 drafts', async () => {
    const { app } = openTempApp()
    const result = await app.router.dispatch('drafts.page', { limit: 201 })
    expect(result).toMatchObject({ ok: false, error: { code: 'api.invalid_input' } })
  })

  it('filters ready drafts, and drafts still incomplete', async () => {
    const { app } = openTempApp()
    const ready = await createCompleteDraft(app, { title: '齐全' })
    await createDraft(app, '缺项', merchant({ name: '杭州小笼包餐饮有限公司' }))
    await createDraft(app, '未选平台')
    const readyPage = await page(app, { status: 'ready' })
    expect(readyPage.items.map((item) => item.id)).toEqual([ready])
    expect(readyPage.items[0]).toMatchObject({ ready: true, due: 0, errors: 0, completeness: 100 })
    expect((await titles(app, { status: 'incomplete', sort: 'name' })).sort()).toEqual(
      ['缺项', '未选平台'].sort()
    )
  })

  it('filters by target platform, and by errors on that platform', async () => {
    const { app } = openTempApp()
    const alipay = DraftContent.parse(ENTERPRISE)
    alipay.payment.addProvider = 'alipay'
    alipay.payment.currentProvider = 'wechat-pay'
    const wrongCode = merchant({ name: '杭州小笼包餐饮有限公司', uscc: '91330106MA2KXXXX1Z' })
    await createDraft(app, '支付宝', alipay)
    await createDraft(app, '微信支付', wrongCode)
    expect(await titles(app, { platform: 'alipay' })).toEqual(['支付宝'])
    expect(await titles(app, { platform: 'wechat-pay', status: 'errors' })).toEqual(['微信支付'])
    expect(await titles(app, { platform: 'alipay', status: 'errors' })).toEqual([])
  })

  it('filters exported drafts and shows the last exported revision', async () => {
    const { app } = openTempApp()
    const id = await createDraft(app, '已导出')
    await createDraft(app, '未导出')
    createExportsRepo(app.db).add({
      draftId: id,
      platform: 'wechat-pay',
      revision: 1,
      path: '/tmp/x.kaitong.zip',
      sha256: 'a'.repeat(64),
      bytes: 1,
      createdAt: '2026-12-01T00:00:00.000Z'
    })
    const exported = await page(app, { status: 'exported' })
    expect(exported.items.map((item) => item.title)).toEqual(['已导出'])
    expect(exported.items[0]!.lastExport).toEqual({
      revision: 1,
      createdAt: '2026-12-01T00:00:00.000Z'
    })
  })
})

describe('drafts.matchingIds', () => {
  it('gives every matching draft over all pages, for "select all"', async () => {
    const { app } = openTempApp()
    const ids = []
    for (let n = 0; n < 3; n++) ids.push(await createDraft(app, `杭州 ${n}`))
    await createDraft(app, '上海')
    const matching = await call<string[]>(app, 'drafts.matchingIds', { search: 'hz' })
    expect(matching.sort()).toEqual(ids.sort())
  })
})

describe('drafts.duplicate', () => {
  it('copies the merchant profile for another store, with the store fields empty', async () => {
    const { app } = openTempApp()
    const id = await createDraft(app, '山海咖啡', DraftContent.parse(ENTERPRISE))
    const copy = await call<Draft>(app, 'drafts.duplicate', { id, title: '山海咖啡 二店' })
    const source = await call<Draft>(app, 'drafts.get', { id })
    expect(copy.id).not.toBe(id)
    expect(copy.title).toBe('山海咖啡 二店')
    expect(copy.content.merchant.licence).toEqual(source.content.merchant.licence)
    expect(copy.content.merchant.business.store).toEqual({
      name: '',
      regionCode: '',
      address: '',
      entrancePhoto: null,
      interiorPhoto: null
    })
  })

  it("keeps the copy's pictures when the original draft is deleted", async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    const copy = await call<Draft>(app, 'drafts.duplicate', { id })
    const logo = copy.content.listing.logo?.sha256
    expect(logo).toBeDefined()
    await call(app, 'drafts.delete', { id })
    await expect(call(app, 'media.get', { sha256: logo })).resolves.toMatchObject({
      sha256: logo
    })
  })
})

describe('drafts.deleteMany', () => {
  it('deletes every listed draft', async () => {
    const { app } = openTempApp()
    const ids = [await createDraft(app, '一'), await createDraft(app, '二')]
    await createDraft(app, '三')
    expect(await call(app, 'drafts.deleteMany', { ids })).toEqual({ deleted: 2 })
    expect(await titles(app)).toEqual(['三'])
  })

  it('deletes nothing when one of the drafts does not exist', async () => {
    const { app } = openTempApp()
    const id = await createDraft(app, '一')
    const result = await app.router.dispatch('drafts.deleteMany', { ids: [id, 'missing'] })
    expect(result).toMatchObject({ ok: false, error: { code: 'drafts.not_found' } })
    expect(await titles(app)).toEqual(['一'])
  })
})
