import type { Issue, IssueParams, Lang, MessageCatalogue } from '../domain/issue'
import { DOMAIN_MESSAGES, messageFrom } from '../domain/messages'
import { LISTING_MESSAGES, LISTING_REQUIREMENT_MESSAGES } from './listing-messages'
import { LISTING_NOTE_MESSAGES } from './listing-notes'
import { PAYMENT_MESSAGES } from './payment-messages'

/**
 * Every issue, error and requirement message in both languages, so the renderer, the CLI
 * and the bundle summary render one source. Add an area's catalogue to this list.
 */
export const MESSAGES: MessageCatalogue = {
  ...DOMAIN_MESSAGES,
  ...LISTING_MESSAGES,
  ...LISTING_REQUIREMENT_MESSAGES,
  ...LISTING_NOTE_MESSAGES,
  ...PAYMENT_MESSAGES
}

export function formatMessage(code: string, lang: Lang, params?: IssueParams): string {
  return messageFrom(MESSAGES, code, lang, params)
}

export function formatIssue(found: Issue, lang: Lang): string {
  return formatMessage(found.code, lang, found.params)
}
