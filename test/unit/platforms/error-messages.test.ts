import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ERROR_CATALOGUE, formatError } from '../../../src-main/platforms/error-messages'
import { formatMessage } from '../../../src-main/platforms/messages'

const SRC_MAIN = join(import.meta.dirname, '../../../src-main')

/** Every error code src-main throws by name: `new KaitongError('area.reason', …)`. */
function thrownCodes(): string[] {
  const codes = new Set<string>()
  for (const file of readdirSync(SRC_MAIN, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue
    const text = readFileSync(join(SRC_MAIN, file), 'utf8')
    for (const found of text.matchAll(/KaitongError\(\s*'([a-z][\w.-]+)'/g)) codes.add(found[1]!)
  }
  return [...codes].sort()
}

describe('the error catalogue', () => {
  it('has a text for every error code src-main throws', () => {
    const codes = thrownCodes()
    expect(codes.length).toBeGreaterThan(50)
    expect(codes.filter((code) => !(code in ERROR_CATALOGUE))).toEqual([])
  })

  it('words each error as the full catalogue does', () => {
    for (const code of Object.keys(ERROR_CATALOGUE)) {
      expect(formatError(code, 'en', { n: 1 })).toBe(formatMessage(code, 'en', { n: 1 }))
    }
  })
})
