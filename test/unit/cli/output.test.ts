import { afterEach, describe, expect, it, vi } from 'vitest'
import { processIo } from '../../../src-main/cli/output'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the terminal output', () => {
  it('never writes a control character a draft title or value carries', () => {
    const written: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk))
      return true
    })
    processIo.out('abc  r1  杭州\u001b[2J小笼包\u0007\u202e')
    expect(written).toEqual(['abc  r1  杭州[2J小笼包\n'])
  })
})
