import { expect, it } from 'vitest'
import { KaitongError } from '../../../src-main/api/result'
import { emptyDraftContent, type DraftContent } from '../../../src-main/domain/draft'
import { sha256Hex } from '../../../src-main/store/content-hash'
import type { DraftsPort } from '../../../src-main/store/port'
import { canonicalJson } from '../../../src-main/domain/draft'

function content(change: (draft: DraftContent) => void): DraftContent {
  const draft = emptyDraftContent()
  change(draft)
  return draft
}

/** The KaitongError a call was refused with (fails when it was not refused). */
export async function refusal(promise: Promise<unknown>): Promise<KaitongError> {
  const error = await promise.then(
    () => undefined,
    (found: unknown) => found
  )
  expect(error).toBeInstanceOf(KaitongError)
  return error as KaitongError
}

/**
 * What every drafts + revisions store promises, whichever database holds it. `makePort`
 * gives a port on an empty store for each test.
 */
export function draftsPortContract(makePort: () => Promise<DraftsPort>): void {
  it('creates a draft as revision 1 with an empty profile', async () => {
    const port = await makePort()
    const draft = await port.create('杭州小笼包')
    expect(draft).toMatchObject({ title: '杭州小笼包', revision: 1 })
    expect((await port.get(draft.id)).content).toEqual(emptyDraftContent())
  })

  it('lists drafts most recently changed first', async () => {
    const port = await makePort()
    const older = await port.create('甲')
    const newer = await port.create('乙')
    // Times are kept to the millisecond: let the save be visibly later.
    await new Promise((resolve) => setTimeout(resolve, 5))
    await port.save(older.id, {
      content: content((d) => (d.merchant.licence.registeredName = '甲'))
    })
    expect((await port.list()).map((d) => d.id)).toEqual([older.id, newer.id])
  })

  it('appends a revision only when the content changed', async () => {
    const port = await makePort()
    const { id } = await port.create('草稿')
    const named = content((d) => (d.merchant.licence.registeredName = '甲'))
    expect(await port.save(id, { content: named })).toMatchObject({ revision: 2, changed: true })
    expect(await port.save(id, { content: named })).toMatchObject({ revision: 2, changed: false })
    expect((await port.revisions(id)).map((r) => r.revision)).toEqual([2, 1])
  })

  it('keeps every revision with the sha256 of its stored content', async () => {
    const port = await makePort()
    const { id } = await port.create('草稿')
    const named = content((d) => (d.merchant.licence.registeredName = '甲'))
    await port.save(id, { content: named })
    const [latest] = await port.revisions(id)
    expect(latest?.contentSha256).toBe(sha256Hex(canonicalJson(named)))
    expect((await port.revision(id, 1)).content).toEqual(emptyDraftContent())
  })

  it('saves from the current revision without merging anything', async () => {
    const port = await makePort()
    const { id } = await port.create('草稿')
    const saved = await port.save(id, {
      content: content((d) => (d.merchant.business.shortName = '小笼包')),
      baseRevision: 1
    })
    expect(saved).toMatchObject({ revision: 2, changed: true, mergedFromOthers: [] })
  })

  it('merges a save from an older revision when the other change touched other fields', async () => {
    const port = await makePort()
    const { id } = await port.create('草稿')
    await port.save(id, {
      content: content((d) => (d.merchant.business.servicePhone = '0571-88888888')),
      baseRevision: 1
    })
    const saved = await port.save(id, {
      content: content((d) => (d.merchant.business.shortName = '小笼包')),
      baseRevision: 1
    })
    expect(saved.mergedFromOthers).toEqual(['merchant.business.servicePhone'])
    const stored = (await port.get(id)).content.merchant.business
    expect([stored.shortName, stored.servicePhone]).toEqual(['小笼包', '0571-88888888'])
  })

  it('refuses a save from an older revision that changes a field changed since, naming it', async () => {
    const port = await makePort()
    const { id } = await port.create('草稿')
    const theirs = content((d) => (d.merchant.business.shortName = '他们的简称'))
    await port.save(id, { content: theirs, baseRevision: 1 })
    const error = await refusal(
      port.save(id, {
        content: content((d) => (d.merchant.business.shortName = '我的简称')),
        baseRevision: 1
      })
    )
    expect(error.code).toBe('drafts.conflict')
    expect(error.params).toMatchObject({ fields: 'merchant.business.shortName', current: 2 })
    expect((await port.get(id)).content).toEqual(theirs)
  })

  it('renames a draft without adding a revision', async () => {
    const port = await makePort()
    const { id } = await port.create('旧名')
    expect(await port.rename(id, '新名')).toMatchObject({ title: '新名', revision: 1 })
  })

  it('removes a draft with its history', async () => {
    const port = await makePort()
    const { id } = await port.create('草稿')
    await port.remove(id)
    expect((await refusal(port.get(id))).code).toBe('drafts.not_found')
    expect((await refusal(port.revisions(id))).code).toBe('drafts.not_found')
  })

  it('answers an unknown revision with revision_not_found', async () => {
    const port = await makePort()
    const { id } = await port.create('草稿')
    expect((await refusal(port.revision(id, 9))).code).toBe('drafts.revision_not_found')
  })
}
