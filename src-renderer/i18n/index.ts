import { createI18n } from 'vue-i18n'
import type { Lang } from '../../src-main/domain/issue'
import en from './en'
import zhCN from './zh-CN'

const DATETIME = {
  long: {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit'
  }
} as const

/** Interface text. Issue and error texts come from the shared domain catalogue (use-messages). */
export function createAppI18n(locale: Lang) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, en },
    datetimeFormats: { 'zh-CN': DATETIME, en: DATETIME }
  })
}
