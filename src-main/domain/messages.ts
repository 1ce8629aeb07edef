import { BUNDLE_MESSAGES } from './bundle-messages'
import { DRAFT_MESSAGES, ERROR_MESSAGES } from './draft-messages'
import { MEDIA_MESSAGES } from './media-messages'
import { MERCHANT_MESSAGES } from './merchant-messages'
import {
  interpolate,
  type Issue,
  type IssueParams,
  type Lang,
  type MessageCatalogue
} from './issue'

/**
 * Every issue and error message in both languages, merged from each area's catalogue, so
 * the renderer (through vue-i18n), the CLI and the bundle summary read one source.
 * Add an area's catalogue to this list.
 */
export const MESSAGES: MessageCatalogue = {
  ...DRAFT_MESSAGES,
  ...ERROR_MESSAGES,
  ...MERCHANT_MESSAGES,
  ...BUNDLE_MESSAGES,
  ...MEDIA_MESSAGES
}

export function formatMessage(code: string, lang: Lang, params?: IssueParams): string {
  const entry = MESSAGES[code]
  if (!entry) return params ? `${code} ${JSON.stringify(params)}` : code
  return interpolate(entry[lang], params)
}

export function formatIssue(found: Issue, lang: Lang): string {
  return formatMessage(found.code, lang, found.params)
}
