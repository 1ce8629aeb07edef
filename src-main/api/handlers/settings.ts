import type { Settings } from '../settings'
import type { Handlers } from '../router'

export interface SettingsDeps {
  settings: Settings
}

export function createSettingsHandlers({ settings }: SettingsDeps) {
  function view() {
    const stored = settings.wechatPayKey()
    const wechatPayKey = stored && {
      keyId: stored.keyId,
      kind: stored.kind,
      fileName: stored.fileName,
      validTo: stored.validTo,
      importedAt: stored.importedAt
    }
    return { wechatPayKey, ruleLevels: settings.ruleLevels() }
  }
  return {
    'settings.get': view,
    'settings.importWechatPayKey': ({ content, fileName, keyId }) => {
      settings.importWechatPayKey(content, fileName, keyId)
      return view()
    },
    'settings.removeWechatPayKey': () => {
      settings.removeWechatPayKey()
      return view()
    },
    'settings.setRuleLevel': ({ ruleId, level }) => {
      settings.setRuleLevel(ruleId, level)
      return view()
    }
  } satisfies Partial<Handlers>
}
