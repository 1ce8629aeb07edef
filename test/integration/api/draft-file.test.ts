import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../../src-main/api/contract'
import { DraftContent, normalizeDraftContent } from '../../../src-main/domain/draft'
import { useTempApp } from '../../helpers/app'

const openTempApp = useTempApp()
const DRAFTS = join(import.meta.dirname, '../../fixtures/drafts')
const SUBJECTS = readdirSync(DRAFTS).filter((name) => name.endsWith('.json'))

describe('the draft file', () => {
  it.each(SUBJECTS)(
    'carries the %s profile through SQLite and back without losing a field',
    async (name) => {
      const { app, reopen } = openTempApp()
      const content = JSON.parse(readFileSync(join(DRAFTS, name), 'utf8')) as unknown
      const imported = await app.router.dispatch('drafts.importFile', {
        file: { kaitongDraft: 1, title: name, content }
      })
      if (!imported.ok) throw new Error(JSON.stringify(imported.error))
      const { id } = imported.value as { id: string }
      app.close()
      const exported = await reopen().router.dispatch('drafts.exportFile', { id })
      if (!exported.ok) throw new Error(JSON.stringify(exported.error))
      const file = exported.value as MethodOutput<'drafts.exportFile'>
      expect(file.content).toEqual(normalizeDraftContent(DraftContent.parse(content)))
    }
  )
})
