import { describe, expect, it } from 'vitest'
import { PLATFORM_IDS, platformKind } from '../../../src-main/platforms/adapter'
import { ADAPTERS } from '../../../src-main/platforms/registry'

describe('platformKind', () => {
  it('gives each platform the kind its adapter declares', () => {
    for (const id of PLATFORM_IDS) expect(platformKind(id)).toBe(ADAPTERS[id].kind)
  })
})
