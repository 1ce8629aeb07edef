import { describe, expect, it } from 'vitest'
import { mergeDraftContent } from '../../../src-main/domain/draft-merge'

const base = { merchant: { name: '甲', phone: '1', photos: ['a'] }, listing: { title: 'x' } }

describe('three-way merge of draft content', () => {
  it('takes each side’s change when they touched different fields', () => {
    const theirs = { ...base, merchant: { ...base.merchant, phone: '2' } }
    const mine = { ...base, listing: { title: 'y' } }
    expect(mergeDraftContent(base, theirs, mine)).toEqual({
      ok: true,
      merged: { merchant: { name: '甲', phone: '2', photos: ['a'] }, listing: { title: 'y' } },
      changedByMe: ['listing.title'],
      changedByThem: ['merchant.phone']
    })
  })

  it('names a field both sides changed to different values as a conflict', () => {
    const theirs = { ...base, merchant: { ...base.merchant, name: '乙' } }
    const mine = { ...base, merchant: { ...base.merchant, name: '丙' } }
    expect(mergeDraftContent(base, theirs, mine)).toEqual({
      ok: false,
      conflicts: [{ path: 'merchant.name', mine: '丙', theirs: '乙' }]
    })
  })

  it('accepts the same change made on both sides', () => {
    const both = { ...base, merchant: { ...base.merchant, name: '乙' } }
    expect(mergeDraftContent(base, both, both)).toMatchObject({ ok: true, merged: both })
  })

  it('treats a list as one field, so two edits of one list conflict', () => {
    const theirs = { ...base, merchant: { ...base.merchant, photos: ['a', 'b'] } }
    const mine = { ...base, merchant: { ...base.merchant, photos: [] } }
    expect(mergeDraftContent(base, theirs, mine)).toMatchObject({
      ok: false,
      conflicts: [{ path: 'merchant.photos' }]
    })
  })

  it('keeps the side chosen for each conflicting field and merges every other change', () => {
    const theirs = { ...base, merchant: { ...base.merchant, name: '乙', phone: '2' } }
    const mine = { ...base, merchant: { ...base.merchant, name: '丙' }, listing: { title: 'y' } }
    const keep = (side: 'mine' | 'theirs') =>
      mergeDraftContent(base, theirs, mine, { 'merchant.name': side })
    expect(keep('theirs')).toMatchObject({
      ok: true,
      merged: { merchant: { name: '乙', phone: '2' }, listing: { title: 'y' } }
    })
    expect(keep('mine')).toMatchObject({
      ok: true,
      merged: { merchant: { name: '丙', phone: '2' }, listing: { title: 'y' } }
    })
  })
})
