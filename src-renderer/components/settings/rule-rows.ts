import type { Lang } from '../../../src-main/domain/issue'
import { LISTING_PLATFORMS } from '../../../src-main/domain/listing'
import type { RuleLevel } from '../../../src-main/domain/settings'
import type { ListingPlatformId, PlatformAdapter } from '../../../src-main/platforms/adapter'
import { formatMessage } from '../../../src-main/platforms/messages'
import type { ListingAdapter } from '../../../src-main/platforms/precheck'
import { ADAPTERS } from '../../../src-main/platforms/registry'

/**
 * What a precheck rule is about, read from its id (`<platform>.<check>`), so the settings
 * list can say "Name" or "Privacy" beside a message template that does not name its field.
 */
export const RULE_TOPICS = [
  'name',
  'shortName',
  'englishName',
  'intro',
  'description',
  'logo',
  'screenshots',
  'images',
  'categories',
  'ugc',
  'tags',
  'pages',
  'privacy',
  'service',
  'audit',
  'merchant',
  'other'
] as const
export type RuleTopic = (typeof RULE_TOPICS)[number]

/** Check-name prefixes, longer before shorter where one starts another (short_name, name). */
const PREFIXES: readonly (readonly [string, RuleTopic])[] = [
  ['short_name', 'shortName'],
  ['english_name', 'englishName'],
  ['name', 'name'],
  ['intro', 'intro'],
  ['description', 'description'],
  ['logo', 'logo'],
  ['screenshot', 'screenshots'],
  ['image', 'images'],
  ['category', 'categories'],
  ['special_licence', 'categories'],
  ['ugc', 'ugc'],
  ['tag', 'tags'],
  ['page', 'pages'],
  ['privacy', 'privacy'],
  ['service', 'service'],
  ['test_account', 'audit'],
  ['review_remark', 'audit'],
  ['audit_note', 'audit'],
  ['memo', 'audit'],
  ['version_notes', 'audit'],
  ['app_version', 'audit'],
  ['package_id', 'audit'],
  ['host_names', 'audit'],
  ['licence_photo', 'merchant'],
  ['storefront_photo', 'merchant']
]

export function ruleTopic(ruleId: string): RuleTopic {
  const check = ruleId.slice(ruleId.indexOf('.') + 1)
  return PREFIXES.find(([prefix]) => check.startsWith(prefix))?.[1] ?? 'other'
}

/** A listing precheck rule as the settings list shows it. */
export interface RuleRow {
  id: string
  /** The part after the platform: `name_length`. */
  check: string
  platform: ListingPlatformId
  defaultLevel: RuleLevel
  /** The level in force: the settings' choice, else the default. */
  level: RuleLevel
  media: boolean
  topic: RuleTopic
  /** The rule's message without its values: "当前计 … 个字符". */
  description: string
}

function isListingAdapter(adapter: PlatformAdapter): adapter is ListingAdapter {
  return adapter.kind === 'listing' && 'rules' in adapter
}

/** Every listing platform's rules, in the adapters' order (payment rules have no levels). */
export function ruleRows(levels: Readonly<Record<string, RuleLevel>>, lang: Lang): RuleRow[] {
  return LISTING_PLATFORMS.flatMap((platform) => {
    const adapter = ADAPTERS[platform]
    if (!isListingAdapter(adapter)) return []
    return adapter.rules.map((rule) => ({
      id: rule.id,
      check: rule.id.slice(platform.length + 1),
      platform,
      defaultLevel: rule.level,
      level: levels[rule.id] ?? rule.level,
      media: rule.media === true,
      topic: ruleTopic(rule.id),
      description: formatMessage(rule.id, lang).replace(/\{\w+\}/g, '…')
    }))
  })
}
