import { BULK_EXPORT_MESSAGES } from './bulk-export-messages'
import { BUNDLE_MESSAGES } from './bundle-messages'
import { DOCUMENT_FIELD_LABELS, DOCUMENT_MESSAGES } from './documents/document-messages'
import { DRAFT_MESSAGES, ERROR_MESSAGES } from './draft-messages'
import { IMPORT_MESSAGES } from './import-messages'
import { interpolate, type IssueParams, type Lang, type MessageCatalogue } from './issue'
import { LEDGER_LABELS, LEDGER_MESSAGES } from './ledger-messages'
import { KEY_MESSAGES } from './key-messages'
import { MEDIA_MESSAGES } from './media-messages'
import { MERCHANT_MESSAGES } from './merchant-messages'
import { STORE_MESSAGES } from './store-messages'
import { SUBMIT_MESSAGES } from './submit-messages'
import { SUBMIT_FOLLOW_MESSAGES } from './submit-follow-messages'
import { TEAM_MESSAGES, TEAM_REPORTS } from './team-messages'

/**
 * The domain's catalogues (drafts, errors, merchant rules, bundles, media). Platform
 * catalogues join them in src-main/platforms/messages.ts, the one place every reader uses.
 */
export const DOMAIN_MESSAGES: MessageCatalogue = {
  ...DRAFT_MESSAGES,
  ...ERROR_MESSAGES,
  ...MERCHANT_MESSAGES,
  ...BUNDLE_MESSAGES,
  ...MEDIA_MESSAGES,
  ...DOCUMENT_MESSAGES,
  ...DOCUMENT_FIELD_LABELS,
  ...STORE_MESSAGES,
  ...LEDGER_MESSAGES,
  ...LEDGER_LABELS,
  ...KEY_MESSAGES,
  ...IMPORT_MESSAGES,
  ...BULK_EXPORT_MESSAGES,
  ...SUBMIT_MESSAGES,
  ...TEAM_MESSAGES,
  ...TEAM_REPORTS,
  ...SUBMIT_FOLLOW_MESSAGES
}

/** A code's text in one language, or the code itself (with params) when none is written. */
export function messageFrom(
  catalogue: MessageCatalogue,
  code: string,
  lang: Lang,
  params?: IssueParams
): string {
  const entry = catalogue[code]
  if (!entry) return params ? `${code} ${JSON.stringify(params)}` : code
  return interpolate(entry[lang], params)
}
