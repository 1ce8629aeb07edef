import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import type { MethodOutput } from '../../src-main/api/contract'
import type { ApiError, Result } from '../../src-main/api/result'
import { LANGS, type Lang } from '../../src-main/domain/issue'
import type { RuleLevel } from '../../src-main/domain/settings'
import { useApi } from '../api/client'

const STORAGE_KEY = 'kaitong.locale'

type SettingsView = MethodOutput<'settings.get'>

/** The saved interface language, zh-CN unless the user chose English. */
export function storedLocale(): Lang {
  const stored = localStorage.getItem(STORAGE_KEY)
  return LANGS.find((lang) => lang === stored) ?? 'zh-CN'
}

/**
 * The interface language (kept in the browser profile) and the settings main keeps for
 * every draft: precheck rule levels and the WeChat Pay platform key's state.
 */
export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<Lang>(storedLocale())
  watch(locale, (value) => localStorage.setItem(STORAGE_KEY, value))

  const ruleLevels = ref<Readonly<Record<string, RuleLevel>>>({})
  const wechatPayKey = ref<SettingsView['wechatPayKey']>(null)
  const loaded = ref(false)
  const loadError = ref<ApiError | null>(null)

  function apply(view: SettingsView): void {
    ruleLevels.value = view.ruleLevels
    wechatPayKey.value = view.wechatPayKey
    loaded.value = true
  }

  async function load(): Promise<void> {
    const result = await useApi()['settings.get']({})
    if (!result.ok) {
      loadError.value = result.error
      return
    }
    loadError.value = null
    apply(result.value)
  }

  /** `null` returns the rule to its default level. Resolves to the failure, if any. */
  async function setRuleLevel(ruleId: string, level: RuleLevel | null): Promise<ApiError | null> {
    const result = await useApi()['settings.setRuleLevel']({ ruleId, level })
    if (!result.ok) return result.error
    apply(result.value)
    return null
  }

  /** Main checks the key file's text and keeps it; the answer says why not, if it does not. */
  async function importWechatPayKey(
    content: string,
    fileName: string,
    keyId?: string
  ): Promise<Result<SettingsView>> {
    const result = await useApi()['settings.importWechatPayKey']({
      content,
      fileName,
      ...(keyId ? { keyId } : {})
    })
    if (result.ok) apply(result.value)
    return result
  }

  async function removeWechatPayKey(): Promise<Result<SettingsView>> {
    const result = await useApi()['settings.removeWechatPayKey']({})
    if (result.ok) apply(result.value)
    return result
  }

  return {
    locale,
    ruleLevels,
    wechatPayKey,
    loaded,
    loadError,
    load,
    setRuleLevel,
    importWechatPayKey,
    removeWechatPayKey
  }
})
