import { createI18n } from 'vue-i18n'
import { LANGS, type Lang } from '../../src-main/domain/issue'
import type { AreaMessages } from './area'
import bulkExport from './areas/bulk-export'
import exportArea from './areas/export'
import importArea from './areas/import'
import ledger from './areas/ledger'
import portfolio from './areas/portfolio'
import progress from './areas/progress'
import review from './areas/review'
import security from './areas/security'
import settings from './areas/settings'
import backups from './areas/backups'
import team from './areas/team'
import en from './en'
import zhCN from './zh-CN'

/**
 * Each area's text sits under its own top-level key (`merchant.registeredName`). These are
 * the drafts list's (and every screen's frame); the rest come with the first other screen.
 */
const AREAS: Record<string, AreaMessages<unknown>> = {
  review,
  export: exportArea,
  import: importArea,
  settings,
  backups,
  ledger,
  security,
  portfolio,
  bulkExport,
  progress,
  team
}

/** The wizard's and the other screens' text, half the catalogue: loaded by loadScreenText. */
const LATER_AREAS: Record<string, () => Promise<{ default: AreaMessages<unknown> }>> = {
  merchant: () => import('./areas/merchant'),
  payment: () => import('./areas/payment'),
  listing: () => import('./areas/listing'),
  media: () => import('./areas/media'),
  documents: () => import('./areas/documents'),
  guide: () => import('./areas/guide'),
  revisions: () => import('./areas/revisions'),
  submit: () => import('./areas/submit')
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

let appI18n: AppI18n | undefined

/** Interface text. Issue and error texts come from the shared domain catalogue (use-messages). */
export function createAppI18n(locale: Lang) {
  const i18n = createI18n<[Messages], Lang>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': withAreas(zhCN, 'zh-CN'), en: withAreas(en, 'en') },
    datetimeFormats: { 'zh-CN': DATETIME, en: DATETIME }
  })
  appI18n = i18n
  return i18n
}

export type AppI18n = ReturnType<typeof createAppI18n>

let later: Promise<void> | undefined

/** Merges the areas left out of the first screen into the app's i18n; once. */
export function loadScreenText(): Promise<void> {
  const i18n = appI18n
  if (!i18n) return Promise.reject(new Error('loadScreenText before createAppI18n'))
  later ??= Promise.all(
    Object.entries(LATER_AREAS).map(async ([key, load]) => [key, (await load()).default] as const)
  ).then((areas) => {
    for (const lang of LANGS) {
      i18n.global.mergeLocaleMessage(
        lang,
        Object.fromEntries(areas.map(([key, area]) => [key, area[lang]]))
      )
    }
  })
  return later
}
