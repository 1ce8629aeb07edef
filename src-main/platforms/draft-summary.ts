import { pinyin } from 'pinyin-pro'
import type { DraftContent } from '../domain/draft'
import type { PlatformId } from './adapter'
import { initials } from './categories'
import type { RuleOverrides } from './precheck'
import { draftTargets, reviewPlatform } from './review'

/**
 * What the drafts list shows and filters on, worked out from a draft's content once (when it
 * changes) so that listing 10,000 drafts never reads their content: the names to tell drafts
 * apart and to search, and each target platform's counts from the Review's own precheck.
 */

export interface TargetSummary {
  platform: PlatformId
  /** Requirements met and in all: the Review's "still due" list. */
  met: number
  total: number
  due: number
  errors: number
  warnings: number
}

export interface DraftSummaryFacts {
  merchantName: string
  shortName: string
  storeName: string
  uscc: string
  contactName: string
  /** Lower-cased names, codes and their pinyin (full and initials), one per line. */
  searchText: string
  /** The title as pinyin, so sorting by name follows the order merchants expect (a → z). */
  nameKey: string
  targets: TargetSummary[]
  met: number
  total: number
  /** Whole percent of the targets' requirements met; 0 while no target is chosen. */
  completeness: number
  due: number
  errors: number
  /** At least one target, and none with errors or anything still due (as the Review's "ready"). */
  ready: boolean
}

export interface SummaryOptions {
  /** Local date `YYYY-MM-DD` (validity and expiry rules). */
  today: string
  overrides?: RuleOverrides
}

function spelled(value: string): string {
  const han = value.replace(/[^\p{Script=Han}]/gu, '')
  return han ? pinyin(han, { toneType: 'none', separator: '' }).toLowerCase() : ''
}

/**
 * Ends each two-character piece of a name in the search text. The trigram index answers only
 * words of three characters or more; `咖啡` becomes `咖啡§`, which it can look up.
 */
const PAIR_MARK = '§'

function pairs(key: string): string {
  const chars = [...key]
  return chars
    .slice(0, -1)
    .map((char, index) => `${char}${chars[index + 1]}${PAIR_MARK}`)
    .join('')
}

/** The LIKE pattern that finds one search word (lower-cased, without `%` or `_`). */
export function searchPattern(word: string): string {
  return [...word].length === 2 ? `%${word}${PAIR_MARK}%` : `%${word}%`
}

/**
 * A search key per name: the text itself, for Chinese its full pinyin and initials, and the
 * two-character pieces of the text and initials; codes and numbers as they are.
 */
function searchKeys(names: readonly string[], codes: readonly string[]): string {
  const keys = names
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
    .flatMap((name) => {
      const nameInitials = initials(name)
      return [name, spelled(name), nameInitials, pairs(name), pairs(nameInitials)]
    })
  const all = [...keys, ...codes.map((code) => code.trim().toLowerCase())]
  return [...new Set(all.filter(Boolean))].join('\n')
}

function targetSummary(
  platform: PlatformId,
  content: DraftContent,
  options: SummaryOptions
): TargetSummary {
  // Image rules need the normalised pictures (slow); the list counts every other rule.
  const review = reviewPlatform(platform, content, {
    today: options.today,
    ...(options.overrides ? { overrides: options.overrides } : {})
  })
  const met = review.requirements.filter((requirement) => requirement.met).length
  const total = review.requirements.length
  const errors = review.issues.filter((found) => found.severity === 'error').length
  return {
    platform,
    met,
    total,
    due: total - met,
    errors,
    warnings: review.issues.length - errors
  }
}

export function summarizeDraft(
  title: string,
  content: DraftContent,
  options: SummaryOptions
): DraftSummaryFacts {
  const { licence, business, contact } = content.merchant
  const targets = draftTargets(content).map((platform) => targetSummary(platform, content, options))
  const sum = (pick: (target: TargetSummary) => number) =>
    targets.reduce((total, target) => total + pick(target), 0)
  const met = sum((target) => target.met)
  const total = sum((target) => target.total)
  const due = sum((target) => target.due)
  const errors = sum((target) => target.errors)
  return {
    merchantName: licence.registeredName,
    shortName: business.shortName,
    storeName: business.store.name,
    uscc: licence.creditCode,
    contactName: contact.name,
    searchText: searchKeys(
      [title, licence.registeredName, business.shortName, business.store.name, contact.name],
      [licence.creditCode, contact.mobile]
    ),
    nameKey: pinyin(title, { toneType: 'none', separator: '', nonZh: 'consecutive' })
      .toLowerCase()
      .trim(),
    targets,
    met,
    total,
    completeness: total === 0 ? 0 : Math.floor((100 * met) / total),
    due,
    errors,
    ready: targets.length > 0 && due === 0 && errors === 0
  }
}
