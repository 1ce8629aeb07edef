import { createI18n } from 'vue-i18n'
import type { Lang } from '../../src-main/domain/issue'
import type { AreaMessages } from './area'
import bulkExport from './areas/bulk-export'
import documents from './areas/documents'
import exportArea from './areas/export'
import importArea from './areas/import'
import ledger from './areas/ledger'
import guide from './areas/guide'
import listing from './areas/listing'
import media from './areas/media'
import merchant from './areas/merchant'
import payment from './areas/payment'
import portfolio from './areas/portfolio'
import progress from './areas/progress'
import review from './areas/review'
import revisions from './areas/revisions'
import security from './areas/security'
import settings from './areas/settings'
import backups from './areas/backups'
import submit from './areas/submit'
import team from './areas/team'
import en from './en'
import zhCN from './zh-CN'

/** Each area's text sits under its own top-level key (`merchant.registeredName`). */
const AREAS: Record<string, AreaMessages<unknown>> = {
  merchant,
  payment,
  listing,
  media,
  review,
  export: exportArea,
  import: importArea,
  settings,
  documents,
  backups,
  ledger,
  security,
  portfolio,
  bulkExport,
  guide,
  revisions,
  progress,
  submit,
  team
}

type Messages = Record<string, unknown>

function withAreas(core: Messages, lang: Lang): Messages {
  const areas = Object.entries(AREAS).map(([key, area]) => [key, area[lang]])
  return { ...core, ...Object.fromEntries(areas) } as Messages
}

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
  return createI18n<[Messages], Lang>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': withAreas(zhCN, 'zh-CN'), en: withAreas(en, 'en') },
    datetimeFormats: { 'zh-CN': DATETIME, en: DATETIME }
  })
}
