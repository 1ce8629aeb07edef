import { useI18n } from 'vue-i18n'

/** A platform by its merchant-facing name from the one platform table; '—' for none. */
export function usePlatformName() {
  const { t } = useI18n()
  return (platform: string | undefined): string => (platform ? t(`platform.name.${platform}`) : '—')
}
