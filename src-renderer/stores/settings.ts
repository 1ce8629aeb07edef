import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { LANGS, type Lang } from '../../src-main/domain/issue'

const STORAGE_KEY = 'kaitong.locale'

/** The saved interface language, zh-CN unless the user chose English. */
export function storedLocale(): Lang {
  const stored = localStorage.getItem(STORAGE_KEY)
  return LANGS.find((lang) => lang === stored) ?? 'zh-CN'
}

export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Lang>(storedLocale())
  watch(locale, (value) => localStorage.setItem(STORAGE_KEY, value))
  return { locale }
})
