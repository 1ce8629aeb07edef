import { useI18n } from 'vue-i18n'
import type { Issue, Lang } from '../../src-main/domain/issue'
import { formatIssue } from '../../src-main/platforms/messages'
import { useErrorText } from './use-error-text'

/** Issue and error texts in the current locale, from the catalogue the CLI also prints. */
export function useMessages() {
  const { locale } = useI18n()
  return {
    issueText: (found: Issue) => formatIssue(found, locale.value as Lang),
    errorText: useErrorText()
  }
}
