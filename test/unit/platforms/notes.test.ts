import { describe, expect, it } from 'vitest'
import { LANGS } from '../../../src-main/domain/issue'
import { MESSAGES } from '../../../src-main/platforms/messages'
import { ADAPTERS } from '../../../src-main/platforms/registry'

describe('adapter notes', () => {
  it.each(Object.values(ADAPTERS).map((adapter) => [adapter.id, adapter] as const))(
    '%s words every note on an uncertain fact in zh-CN and en',
    (_id, adapter) => {
      expect(adapter.notes?.length).toBeGreaterThan(0)
      for (const note of adapter.notes ?? []) {
        for (const lang of LANGS) expect(MESSAGES[note]?.[lang], `${note} ${lang}`).toBeTruthy()
      }
    }
  )
})
