import { describe, expect, it } from 'vitest'
import { readDraftPath, writeDraftPath } from '../../../src-main/domain/draft-path'

describe('readDraftPath', () => {
  it('reads a draft value by its dotted path, list indexes included', () => {
    const content = { listing: { logo: null, screenshots: [{ sha256: 'a' }] } }
    expect(readDraftPath(content, 'listing.screenshots.0.sha256')).toBe('a')
    expect(readDraftPath(content, 'listing.logo')).toBeNull()
    expect(readDraftPath(content, 'listing.logo.sha256')).toBeUndefined()
  })

  it('reads nested objects and list items by dotted path', () => {
    const root = { merchant: { owners: [{ name: '张三' }] } }
    expect(readDraftPath(root, 'merchant.owners.0.name')).toBe('张三')
    expect(readDraftPath(root, 'merchant.missing.name')).toBeUndefined()
  })
})

describe('writeDraftPath', () => {
  it('sets the value at a dotted path in place, list items included', () => {
    const root = { merchant: { name: '', owners: [{ name: '' }] } }
    writeDraftPath(root, 'merchant.name', '示例科技')
    writeDraftPath(root, 'merchant.owners.0.name', '张三')
    expect(root).toEqual({ merchant: { name: '示例科技', owners: [{ name: '张三' }] } })
  })

  it('leaves the draft as it was when the path’s parent is missing', () => {
    const root = { merchant: { licence: null } }
    writeDraftPath(root, 'merchant.licence.photo', { sha256: 'a' })
    writeDraftPath(root, 'merchant.missing.name', '张三')
    expect(root).toEqual({ merchant: { licence: null } })
  })
})
