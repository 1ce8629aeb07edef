import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import type { AreaMessages } from '../../../src-renderer/i18n/area'
import { compileMessage } from '../../../src-renderer/i18n/compile-message'
import en from '../../../src-renderer/i18n/en'
import zhCN from '../../../src-renderer/i18n/zh-CN'

const AREAS = join(import.meta.dirname, '../../../src-renderer/i18n/areas')

/** Every interface text of both languages: the core files' and each area's. */
async function allTexts(): Promise<string[]> {
  const areas = await Promise.all(
    readdirSync(AREAS).map(
      async (file) =>
        ((await import(join(AREAS, file))) as { default: AreaMessages<unknown> }).default
    )
  )
  const texts = new Set<string>()
  const walk = (node: unknown): void => {
    if (typeof node === 'string') texts.add(node)
    else if (node !== null && typeof node === 'object') Object.values(node).forEach(walk)
  }
  walk([zhCN, en, ...areas.flatMap((area) => [area['zh-CN'], area.en])])
  return [...texts]
}

/** One i18n per compiler over the same texts, keyed by their position. */
function translators(texts: string[]) {
  const messages = { en: Object.fromEntries(texts.map((text, index) => [`m${index}`, text])) }
  const theirs = createI18n({ legacy: false, locale: 'en', messages, missingWarn: false })
  const ours = createI18n({
    legacy: false,
    locale: 'en',
    messages,
    missingWarn: false,
    messageCompiler: compileMessage
  })
  return { theirs: theirs.global.t, ours: ours.global.t }
}

/** Each placeholder a text names gets a value of its own, so a swapped one would show. */
function valuesFor(text: string): Record<string, string> {
  const names = [...text.matchAll(/\{\s*([A-Za-z_$][\w$-]*)\s*\}/g)].map((match) => match[1]!)
  return Object.fromEntries(names.map((name) => [name, `‹${name}›`]))
}

describe('the interface texts without vue-i18n’s message compiler', () => {
  it('renders every text of both languages as vue-i18n’s own compiler does, with and without its values and for 0, 1 and 2', async () => {
    const texts = await allTexts()
    expect(texts.length).toBeGreaterThan(1000)
    const { theirs, ours } = translators(texts)
    const differing = texts.flatMap((text, index) => {
      const key = `m${index}`
      const values = valuesFor(text)
      const renders = (t: typeof theirs) => [
        t(key),
        t(key, values),
        ...[0, 1, 2].map((count) => t(key, { ...values, count }, count))
      ]
      const expected = renders(theirs)
      const actual = renders(ours)
      return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [{ text, expected, actual }]
    })
    expect(differing).toEqual([])
  })

  it('reads the plural forms, placeholders and literals the texts use', () => {
    const { ours } = translators([
      '1 draft | {count} drafts',
      "例如 name{'@'}example.com",
      'x  |  {0}  | z ',
      "{'{'}brace{'}'}"
    ])
    expect([ours('m0', { count: 1 }, 1), ours('m0', { count: 5 }, 5)]).toEqual([
      '1 draft',
      '5 drafts'
    ])
    expect(ours('m1')).toBe('例如 name@example.com')
    expect([ours('m2', ['y'], 0), ours('m2', ['y'], 1), ours('m2', ['y'], 2)]).toEqual([
      'x',
      'y',
      'z '
    ])
    expect(ours('m3')).toBe('{brace}')
  })

  it('refuses a text it cannot read, as vue-i18n does, instead of showing it half-read', () => {
    const { theirs, ours } = translators(['write to name@example.com', 'a } b', '{not closed'])
    for (const key of ['m0', 'm1', 'm2']) {
      expect(() => theirs(key)).toThrow()
      expect(() => ours(key)).toThrow()
    }
  })
})
