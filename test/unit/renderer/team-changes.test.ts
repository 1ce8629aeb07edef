import { describe, expect, it } from 'vitest'
import { firstNews, type TeamChange } from '../../../src-renderer/composables/use-team-changes'

const SHOWN = Date.parse('2026-12-06T09:00:00.000Z')
const change = (kind: TeamChange['kind'], at: string, seq: number): TeamChange => ({
  id: 'd1',
  revision: 2,
  author: 'lin',
  kind,
  seq,
  at
})

describe('the first answer a screen gets about colleagues', () => {
  it('passes on a save main heard after the screen was shown, before the screen first asked', () => {
    const later = change('saved', '2026-12-06T09:00:01.000Z', 4)
    expect(firstNews([later], SHOWN)).toEqual([later])
  })

  it('holds back a save main heard before the screen was shown (the screen loaded it)', () => {
    expect(firstNews([change('saved', '2026-12-06T08:59:59.000Z', 3)], SHOWN)).toEqual([])
  })

  it('passes on who has the draft open even when they said so before the screen was shown', () => {
    const present = change('editing', '2026-12-06T08:59:50.000Z', 2)
    expect(firstNews([present], SHOWN)).toEqual([present])
  })
})
