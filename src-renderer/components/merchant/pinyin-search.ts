import type { pinyin as Pinyin } from 'pinyin-pro'
import { shallowRef } from 'vue'

/** pinyin-pro's dictionary is ~200 KB of gzip: loaded on the first search, not at start-up. */
const loaded = shallowRef<typeof Pinyin | null>(null)
let loading: Promise<void> | undefined

export function loadPinyin(): Promise<void> {
  return (loading ??= import('pinyin-pro').then((module) => {
    loaded.value = module.pinyin
  }))
}

/**
 * Search over Chinese names the way people type on a keyboard without an IME at hand:
 * the characters themselves, full pinyin (`nanshan`) or initials (`zsyh` for 招商银行).
 * Each name's keys are worked out once, on first search, and kept.
 */
interface SearchKey {
  text: string
  initials: string
  /** Full pinyin from each syllable on, so a search starts on a syllable (南山 ≠ 河南商丘). */
  spelledFrom: string[]
}

const KEYS = new Map<string, SearchKey>()

function searchKey(text: string): SearchKey {
  const pinyin = loaded.value
  // Characters only until the dictionary is in; a computed reading this re-runs then.
  if (!pinyin) return { text: text.toLowerCase(), initials: '', spelledFrom: [] }
  let key = KEYS.get(text)
  if (!key) {
    const options = { toneType: 'none', type: 'array' } as const
    const syllables = pinyin(text, options).map((syllable) => syllable.toLowerCase())
    key = {
      text: text.toLowerCase(),
      initials: pinyin(text, { ...options, pattern: 'first' })
        .join('')
        .toLowerCase(),
      spelledFrom: syllables.map((_, index) => syllables.slice(index).join(''))
    }
    KEYS.set(text, key)
  }
  return key
}

/**
 * Whether every word of `query` (split on spaces) is found in one of `texts`, by characters,
 * pinyin or initials. An empty query matches everything.
 */
export function matchesSearch(texts: readonly string[], query: string): boolean {
  if (!loaded.value) void loadPinyin()
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean)
  return terms.every((term) =>
    texts.some((text) => {
      const key = searchKey(text)
      return (
        key.text.includes(term) ||
        key.initials.includes(term) ||
        key.spelledFrom.some((spelled) => spelled.startsWith(term))
      )
    })
  )
}
