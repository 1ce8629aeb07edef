import { useI18n } from 'vue-i18n'
import type { ApiError } from '../../src-main/api/result'
import type { Lang } from '../../src-main/domain/issue'
import { formatError } from '../../src-main/platforms/error-messages'

/**
 * An error's text in the current locale, from the error catalogue alone: screens that show
 * no issues (the drafts list, the bulk export) need not load the listing rules' messages.
 */
export function useErrorText(): (error: ApiError) => string {
  const { locale } = useI18n()
  return (error) => formatError(error.code, locale.value as Lang, error.params)
}
