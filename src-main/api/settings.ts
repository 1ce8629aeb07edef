import { RuleLevels, StoredWechatPayKey, type RuleLevel } from '../domain/settings'
import type { PayloadOptions, PlatformId } from '../platforms/adapter'
import { createWechatPayEncryptor } from '../keys/wechat-pay-encryptor'
import { parseWechatPayKey } from '../keys/platform-key'
import type { SettingsRepo } from '../store/settings'

const WECHAT_PAY_KEY = 'wechatPayKey'
const RULE_LEVELS = 'ruleLevels'
const EXPORT_FOLDER = 'exportFolder'

/** Settings as the app reads them: parsed, with anything unreadable treated as unset. */
export function createSettings(repo: SettingsRepo, now: () => Date = () => new Date()) {
  function wechatPayKey(): StoredWechatPayKey | null {
    const parsed = StoredWechatPayKey.safeParse(repo.get(WECHAT_PAY_KEY))
    return parsed.success ? parsed.data : null
  }
  function ruleLevels(): Record<string, RuleLevel> {
    const parsed = RuleLevels.safeParse(repo.get(RULE_LEVELS))
    return parsed.success ? parsed.data : {}
  }
  return {
    wechatPayKey,
    ruleLevels,
    /** The folder last chosen for bundles, for every draft; null: the default folder. */
    exportFolder(): string | null {
      const value = repo.get(EXPORT_FOLDER)
      return typeof value === 'string' && value !== '' ? value : null
    },
    setExportFolder(path: string): void {
      repo.set(EXPORT_FOLDER, path)
    },
    /** Checks the file (type, size, id, validity) before keeping it. */
    importWechatPayKey(pem: string, fileName: string, keyId?: string): StoredWechatPayKey {
      const key = parseWechatPayKey(pem, fileName, { ...(keyId ? { keyId } : {}), now: now() })
      const stored: StoredWechatPayKey = {
        keyId: key.keyId,
        kind: key.kind,
        fileName,
        validTo: key.validTo ?? null,
        importedAt: now().toISOString(),
        pem
      }
      repo.set(WECHAT_PAY_KEY, stored)
      return stored
    },
    removeWechatPayKey(): void {
      repo.remove(WECHAT_PAY_KEY)
    },
    setRuleLevel(ruleId: string, level: RuleLevel | null): Record<string, RuleLevel> {
      const next = { ...ruleLevels() }
      delete next[ruleId]
      if (level) next[ruleId] = level
      repo.set(RULE_LEVELS, next)
      return next
    },
    /** Field encryption for a platform's bundles: WeChat Pay's, once its key is imported. */
    encryptorFor(platform: PlatformId): PayloadOptions['encrypt'] {
      const stored = platform === 'wechat-pay' ? wechatPayKey() : null
      if (!stored) return undefined
      const key = parseWechatPayKey(stored.pem, stored.fileName, {
        keyId: stored.keyId,
        now: now()
      })
      return createWechatPayEncryptor(key)
    }
  }
}

export type Settings = ReturnType<typeof createSettings>
