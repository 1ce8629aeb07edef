import { useI18n } from 'vue-i18n'
import type { ApiError } from '../../src-main/api/result'
import type { Issue, Lang } from '../../src-main/domain/issue'
import { formatIssue, formatMessage } from '../../src-main/platforms/messages'

/** Issue and error texts in the current locale, from the catalogue the CLI also prints. */
export function useMessages() {
  const { locale } = useI18n()
  const lang = () => locale.value as Lang
  return {
    issueText: (found: Issue) => formatIssue(found, lang()),
    errorText: (error: ApiError) => formatMessage(error.code, lang(), error.params)
  }
}
