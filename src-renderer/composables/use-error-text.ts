import { shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { ApiError } from '../../src-main/api/result'
import type { Lang } from '../../src-main/domain/issue'
import type * as ErrorCatalogue from '../../src-main/platforms/error-messages'

const catalogue = shallowRef<typeof ErrorCatalogue | null>(null)
let loading: Promise<void> | undefined

/**
 * Fetches the error catalogue (a third of the first screen's code) once. The drafts list
 * paints without it; every other screen waits for it in the router, and the app fetches
 * it as soon as the list is painted.
 */
export function loadErrorTexts(): Promise<void> {
  loading ??= import('../../src-main/platforms/error-messages').then((module) => {
    catalogue.value = module
  })
  return loading
}

/**
 * An error's text in the current locale, from the error catalogue alone: screens that show
 * no issues (the drafts list, the bulk export) need not load the listing rules' messages.
 * Asked before the catalogue is in, it answers a general text and fetches the catalogue; a
 * template showing it then shows the error's own text.
 */
export function useErrorText(): (error: ApiError) => string {
  const { locale, t } = useI18n()
  return (error) => {
    const loaded = catalogue.value
    if (loaded) return loaded.formatError(error.code, locale.value as Lang, error.params)
    void loadErrorTexts()
    return t('common.failed')
  }
}
