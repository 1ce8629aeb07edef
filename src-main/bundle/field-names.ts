import type { Lang } from '../domain/issue'
import type { Requirement } from '../platforms/adapter'
import { formatMessage } from '../platforms/messages'
import { SECTION_NAMES, SUMMARY_TEXT } from './summary-text'

/** The merchant-term label of each required field, by draft path (first requirement wins). */
export function fieldLabels(requirements: readonly Requirement[], lang: Lang): Map<string, string> {
  const labels = new Map<string, string>()
  for (const item of requirements) {
    if (!labels.has(item.path)) labels.set(item.path, formatMessage(`requirement.${item.id}`, lang))
  }
  return labels
}

/** Where a path sits in the wizard, as an index into SECTION_NAMES (past the end: elsewhere). */
export function sectionOf(path: string): number {
  const index = SECTION_NAMES.findIndex(
    ([prefix]) => path === prefix || path.startsWith(`${prefix}.`)
  )
  return index === -1 ? SECTION_NAMES.length : index
}

export function sectionName(index: number, lang: Lang): string {
  return SECTION_NAMES[index]?.[1][lang] ?? SUMMARY_TEXT.otherField[lang]
}

/** A field as the merchant knows it: its own label, else the wizard section holding it. */
export function fieldName(path: string, labels: ReadonlyMap<string, string>, lang: Lang): string {
  return labels.get(path) ?? sectionName(sectionOf(path), lang)
}
