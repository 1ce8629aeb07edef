import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { METHOD_NAMES } from '../../../src-main/api/methods'
import { CONTRACT } from '../../../src-main/api/contract'
import { useTempApp } from '../../helpers/app'

const openTempApp = useTempApp()

async function value<T>(promise: Promise<{ ok: boolean; value?: unknown }>): Promise<T> {
  const result = await promise
  if (!result.ok) throw new Error(JSON.stringify(result))
  return result.value as T
}

describe('router.dispatch', () => {
  it('serves exactly the methods the contract names', () => {
    expect(Object.keys(CONTRACT).sort()).toEqual([...METHOD_NAMES].sort())
  })

  it('answers an unknown method with api.unknown_method', async () => {
    const { app } = openTempApp()
    expect(await app.router.dispatch('drafts.drop', {})).toEqual({
      ok: false,
      error: { code: 'api.unknown_method', params: { name: 'drafts.drop' } }
    })
  })

  it('answers a wrong-typed input with api.invalid_input naming the field, and changes nothing', async () => {
    const { app, dbPath, reopen } = openTempApp()
    const { id } = await value<{ id: string }>(
      app.router.dispatch('drafts.create', { title: '店' })
    )
    app.close()
    const before = readFileSync(dbPath)
    const again = reopen()
    const result = await again.router.dispatch('drafts.rename', { id, title: 42 })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'api.invalid_input',
        issues: [{ code: 'input.invalid_type', path: 'title', params: { expected: 'string' } }]
      }
    })
    const draft = await value<{ title: string }>(again.router.dispatch('drafts.get', { id }))
    expect(draft.title).toBe('店')
    again.close()
    expect(readFileSync(dbPath).equals(before)).toBe(true)
  })

  it('answers a missing draft with drafts.not_found instead of throwing', async () => {
    const { app } = openTempApp()
    expect(await app.router.dispatch('drafts.get', { id: 'missing' })).toEqual({
      ok: false,
      error: { code: 'drafts.not_found', params: { id: 'missing' } }
    })
  })

  it('turns an unexpected failure into api.internal without leaking the exception', async () => {
    const { app } = openTempApp()
    app.db.close()
    const result = await app.router.dispatch('drafts.list', {})
    expect(result).toEqual({
      ok: false,
      error: { code: 'api.internal', params: { method: 'drafts.list' } }
    })
  })

  it('round-trips a draft through exportFile and importFile as a new draft', async () => {
    const { app } = openTempApp()
    const created = await value<{ id: string }>(
      app.router.dispatch('drafts.create', { title: '原稿' })
    )
    const file = await value<object>(app.router.dispatch('drafts.exportFile', created))
    const imported = await value<{ id: string; title: string }>(
      app.router.dispatch('drafts.importFile', { file })
    )
    expect(imported.id).not.toBe(created.id)
    expect(imported.title).toBe('原稿')
  })

  it('refuses a draft file from a newer Kaitong with drafts.file_from_future', async () => {
    const { app } = openTempApp()
    const result = await app.router.dispatch('drafts.importFile', {
      file: { kaitongDraft: 2, title: 'x', content: {} }
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'drafts.file_from_future', params: { version: 2, supported: 1 } }
    })
  })
})

describe('drafts.save', () => {
  it('stores typed text normalised: full-width to half-width, trimmed, codes upper-cased', async () => {
    const { app } = openTempApp()
    const { id } = await value<{ id: string }>(
      app.router.dispatch('drafts.create', { title: '店' })
    )
    await value(
      app.router.dispatch('drafts.save', {
        id,
        content: {
          merchant: {
            licence: { creditCode: ' ９１３３０１０６ｍａ２ｈ２ｈ２ｈ２ｈ ' },
            contact: { mobile: '１３８ ００１３ ８０００' }
          }
        }
      })
    )
    const draft = await value<{
      content: { merchant: { licence: { creditCode: string }; contact: { mobile: string } } }
    }>(app.router.dispatch('drafts.get', { id }))
    expect(draft.content.merchant.licence.creditCode).toBe('91330106MA2H2H2H2H')
    expect(draft.content.merchant.contact.mobile).toBe('13800138000')
  })
})

describe('storage failures', () => {
  it('answers a full disk with store.disk_full and keeps the last saved content', async () => {
    const { app } = openTempApp()
    const { id } = await value<{ id: string }>(
      app.router.dispatch('drafts.create', { title: '满' })
    )
    const pages = app.db.pragma('page_count', { simple: true }) as number
    app.db.pragma(`max_page_count = ${pages}`)
    const content = await value<{ content: { listing: { description: string } } }>(
      app.router.dispatch('drafts.get', { id })
    )
    content.content.listing.description = '很长的描述'.repeat(400)
    const result = await app.router.dispatch('drafts.save', { id, content: content.content })
    expect(result).toMatchObject({ ok: false, error: { code: 'store.disk_full' } })
    const kept = await value<{ revision: number }>(app.router.dispatch('drafts.get', { id }))
    expect(kept.revision).toBe(1)
  })
})
