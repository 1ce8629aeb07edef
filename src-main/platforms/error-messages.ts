import type { IssueParams, Lang, MessageCatalogue } from '../domain/issue'
import { DOMAIN_MESSAGES, messageFrom } from '../domain/messages'
import { PAYMENT_MESSAGES } from './payment-messages'

/**
 * The texts of every error a call can answer with (`ApiError.code`): the domain's catalogues
 * and the payment ones (certificate `keys.*` errors live there). The listing rules' messages
 * are issue codes only and need the listing adapters, so screens that show errors but no
 * issues (the drafts list) load this much smaller catalogue instead of messages.ts.
 */
export const ERROR_CATALOGUE: MessageCatalogue = { ...DOMAIN_MESSAGES, ...PAYMENT_MESSAGES }

export function formatError(code: string, lang: Lang, params?: IssueParams): string {
  return messageFrom(ERROR_CATALOGUE, code, lang, params)
}
