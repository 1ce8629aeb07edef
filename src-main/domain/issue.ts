/**
 * An Issue is one finding of a rule: the UI, the CLI and a bundle's summary all render
 * the same list, so it carries a stable code and params, never a finished sentence.
 */
export type Severity = 'error' | 'warning'

export type Lang = 'zh-CN' | 'en'
export const LANGS: readonly Lang[] = ['zh-CN', 'en']

export type IssueParams = Record<string, string | number>

export interface Issue {
  /** Stable, dotted: `area.snake_reason`, e.g. `merchant.uscc_check_char`. */
  code: string
  /** Dotted field path into the draft content, e.g. `merchant.licence.creditCode`. */
  path: string
  severity: Severity
  params?: IssueParams
}

export type MessageCatalogue = Record<string, Record<Lang, string>>

export function issue(code: string, path: string, severity: Severity, params?: IssueParams): Issue {
  return params ? { code, path, severity, params } : { code, path, severity }
}

/**
 * vue-i18n's default choice among plural forms by `count`: of two, the first is for 1; of
 * three, zero / one / more.
 */
function pluralForm(template: string, count: string | number | undefined): string {
  if (!template.includes('|')) return template
  const forms = template.split('|').map((form) => form.trim())
  // A count may arrive as text (a parameter read back from JSON or a sheet).
  const n = count === undefined || String(count).trim() === '' ? NaN : Math.abs(Number(count))
  if (!Number.isFinite(n)) return forms[0] ?? template
  const index = forms.length === 2 ? (n === 1 ? 0 : 1) : Math.min(n, 2)
  return forms[Math.min(index, forms.length - 1)] ?? template
}

/**
 * Replaces `{name}` placeholders and chooses a plural form (`{count} error | {count}
 * errors`), the syntax vue-i18n uses, so one catalogue serves both.
 */
export function interpolate(template: string, params: IssueParams = {}): string {
  return pluralForm(template, params['count']).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  )
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((found) => found.severity === 'error')
}
