import type { DraftContent } from './draft'
import { readDraftPath, writeDraftPath } from './draft-path'
import { allowedAccountTypes } from './merchant-fields'
import { regionInAddress } from './regions'

/**
 * Typed once means typed once: fields that repeat another field start as its copy and follow
 * it until the merchant types something else there. Nothing records the override: a copy that
 * still equals the source's previous value (or is empty) follows it; any other value is the
 * merchant's own and stays.
 */
export interface SyncedField {
  /** Draft path of the copy. */
  path: string
  /** Draft path of the field it copies. */
  source: string
  /** When the copy follows at all (absent: always). */
  applies?: (content: DraftContent) => boolean
  /** What the copy takes from the source's text (absent: the text itself; '' for nothing). */
  derive?: (source: string) => string
}

export const SYNCED_FIELDS: readonly SyncedField[] = [
  // The legal representative is the one the licence names (法定代表人 / 经营者).
  {
    path: 'merchant.legalRep.name',
    source: 'merchant.licence.legalRepresentative',
    // An authorised agent's papers name someone else.
    applies: (content) => content.merchant.legalRep.holder === 'legal'
  },
  // A store is usually at the registered address.
  { path: 'merchant.business.store.address', source: 'merchant.licence.registeredAddress' },
  // The store's district is the one its address names (after the address itself followed).
  {
    path: 'merchant.business.store.regionCode',
    source: 'merchant.business.store.address',
    derive: (address) => regionInAddress(address) ?? ''
  },
  // Users reach the developer about their data through the merchant's contact.
  { path: 'listing.privacy.ownerContact.email', source: 'merchant.contact.email' },
  { path: 'listing.privacy.ownerContact.phone', source: 'merchant.contact.mobile' }
]

function text(content: DraftContent, path: string): string {
  const value = readDraftPath(content, path)
  return typeof value === 'string' ? value : ''
}

/** The value a copy follows: its source's text, or what is derived from it. */
export function sourceValue(content: DraftContent, field: SyncedField): string {
  const source = text(content, field.source)
  return field.derive ? field.derive(source) : source
}

/** The source values the copies follow, to hand back as `before` on the next change. */
export function syncSources(content: DraftContent): string[] {
  return SYNCED_FIELDS.map((field) => sourceValue(content, field))
}

/**
 * Brings the copies up to date in place after a change: each copy that is empty or still
 * equals its source's value before the change takes the source's value now, unless that is
 * empty. Also fills the
 * settlement account type when the subject type allows only one. Returns the paths changed.
 */
export function syncPrefills(content: DraftContent, before: readonly string[]): string[] {
  const changed: string[] = []
  SYNCED_FIELDS.forEach((field, index) => {
    if (field.applies && !field.applies(content)) return
    const now = sourceValue(content, field)
    const copy = text(content, field.path)
    const following = copy === '' || copy === (before[index] ?? '')
    // A cleared source leaves the copy as it was: clearing one field never empties another.
    if (following && now !== '' && copy !== now) {
      writeDraftPath(content, field.path, now)
      changed.push(field.path)
    }
  })
  const settlement = content.merchant.settlement
  const allowed = allowedAccountTypes(content.merchant.subjectType)
  if (allowed.length === 1 && settlement.accountType !== allowed[0]) {
    const only = allowed[0] ?? null
    if (settlement.accountType === null || !allowed.includes(settlement.accountType)) {
      settlement.accountType = only
      changed.push('merchant.settlement.accountType')
    }
  }
  return changed
}

/** Whether a copy currently equals its source (the "与营业执照一致" state). */
export function isInSync(content: DraftContent, field: SyncedField): boolean {
  const source = sourceValue(content, field)
  return source !== '' && text(content, field.path) === source
}
