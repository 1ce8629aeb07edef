import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AreaMessages } from '../../../src-renderer/i18n/area'
import en from '../../../src-renderer/i18n/en'

const AREAS_DIR = join(import.meta.dirname, '../../../src-renderer/i18n/areas')
const MAIN_DIR = join(import.meta.dirname, '../../../src-main')

/** Every English message with its key, from the core table and every area's. */
async function englishMessages(): Promise<[string, string][]> {
  const found: [string, string][] = []
  const walk = (prefix: string, value: unknown) => {
    if (typeof value === 'string') found.push([prefix, value])
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) walk(`${prefix}.${key}`, inner)
  }
  walk('', en)
  for (const file of readdirSync(AREAS_DIR).filter((name) => name.endsWith('.ts'))) {
    const area = (await import(join(AREAS_DIR, file))) as { default: AreaMessages<unknown> }
    walk(file.replace(/\.ts$/, ''), area.default.en)
  }
  return found
}

describe('the English interface text', () => {
  it('says “1 error” and “2 errors”, never “error(s)”: counts choose a plural form', async () => {
    const hedged = (await englishMessages()).filter(([, text]) => /\w\(s\)/.test(text))
    expect(hedged.map(([key]) => key)).toEqual([])
  })

  it('gives “{count} drafts” its singular form too (“1 draft chosen”)', async () => {
    const pluralOnly = (await englishMessages()).filter(
      ([, text]) => !text.includes('|') && /\{count\}(?: [a-z]+){0,2} [a-z]+s\b/.test(text)
    )
    expect(pluralOnly.map(([key]) => key)).toEqual([])
  })

  /** Lines of the main process's sources (comments left out) that match `pattern`. */
  function mainLines(pattern: RegExp): string[] {
    const files = readdirSync(MAIN_DIR, { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.ts')
    )
    return files.flatMap((file) =>
      readFileSync(join(MAIN_DIR, file), 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/)/.test(line) && pattern.test(line))
        .map((line) => `${file}: ${line.trim()}`)
    )
  }

  it('of the main process (CLI, summaries, errors) never hedges a count with “(s)” either', () => {
    expect(mainLines(/\w\(s\)/)).toEqual([])
  })

  it('of the main process gives “{count} errors” its singular form too', () => {
    const english = mainLines(/\{count\}(?: [a-z]+){0,2} [a-z]+s\b/).filter(
      (line) => !line.includes('|') && !/[\u4e00-\u9fff]/.test(line)
    )
    expect(english).toEqual([])
  })
})
