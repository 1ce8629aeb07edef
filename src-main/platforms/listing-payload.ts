import type { DraftContent } from '../domain/draft'
import type { CategoryChoice, CategoryQualification, Listing } from '../domain/listing'
import type { FractionBox, MediaUse, PayloadPlaceholder, Requirement } from './adapter'
import type { CategoryCatalog } from './categories'

/**
 * What the four listing adapters share when they turn a draft into calls: contacts that fall
 * back to the merchant profile, the reviewer's note, which pictures go where, and media
 * placeholders (a bundle carries files, never platform media ids).
 */

/** The listing's service phone, else the one in the merchant profile. */
export function servicePhone(draft: DraftContent): string {
  return draft.listing.servicePhone.trim() || draft.merchant.business.servicePhone.trim()
}

/** The listing's service email, else the merchant contact's. */
export function serviceEmail(draft: DraftContent): string {
  return draft.listing.serviceEmail.trim() || draft.merchant.contact.email.trim()
}

export function joinLines(...parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('\n')
}

/** Test account and notes for reviewers, for platforms without dedicated fields. */
export function testAccountText(listing: Listing): string {
  const { needsLogin, account, password, notes } = listing.testAccount
  return joinLines(
    needsLogin && account.trim() ? `测试账号：${account.trim()}` : '',
    needsLogin && password.trim() ? `测试密码：${password.trim()}` : '',
    notes
  )
}

/**
 * The value standing where the uploader puts what an upload returns (a media id, or on
 * Douyin and Baidu a file path or URL). Unique per file, so it can also sit inside a longer
 * string (a comma list, a JSON string) and be replaced there.
 */
export function mediaIdMarker(file: string): string {
  return `media-id:${file}`
}

/** Collects the placeholders of one body while it is built. */
export interface PlaceholderList {
  readonly list: PayloadPlaceholder[]
  /** Records that `pointer` (or a marker inside its value) needs the upload of `file`. */
  mediaId(pointer: string, file: string): string
}

export function placeholderList(): PlaceholderList {
  const list: PayloadPlaceholder[] = []
  return {
    list,
    mediaId(pointer, file) {
      list.push({ pointer, kind: 'media-id', file })
      return mediaIdMarker(file)
    }
  }
}

/** A part's `placeholders` field, left out when the body has none. */
export function placeholdersOf(placeholders: PlaceholderList): {
  placeholders?: PayloadPlaceholder[]
} {
  return placeholders.list.length > 0 ? { placeholders: placeholders.list } : {}
}

/** Something due on the listing step. */
export function listingRequirement(id: string, path: string, met: boolean): Requirement {
  return { id, step: 'listing', path, met }
}

/** Leaves out text fields that are empty, so optional fields are omitted rather than blank. */
export function withoutEmpty(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== ''))
}

/**
 * Qualifications with files that a pick sends. A listed category that needs none sends none:
 * Douyin rejects certificates for such categories (21315), and the others have no use for them.
 */
export function qualificationsToSend(
  catalog: CategoryCatalog,
  choice: CategoryChoice
): CategoryQualification[] {
  const entry = catalog.find(choice.code)
  if (entry && entry.qualifications.length === 0) return []
  return choice.qualifications.filter((item) => item.files.length > 0)
}

export type ListingSlot = 'logo' | 'screenshot' | 'nameProof' | 'qualification' | 'licence'

/** Pictures of the listing itself that fill the given slots, with their draft paths. */
function isWholePicture(box: FractionBox): boolean {
  return box.x1 <= 0 && box.y1 <= 0 && box.x2 >= 1 && box.y2 >= 1
}

export function listingMediaUses(
  draft: DraftContent,
  catalog: CategoryCatalog,
  slots: readonly ListingSlot[]
): MediaUse[] {
  const { listing } = draft
  const { platform } = catalog.table
  const uses: MediaUse[] = []
  const wants = (slot: ListingSlot) => slots.includes(slot)
  if (wants('licence') && draft.merchant.licence.photo) {
    uses.push({
      slot: 'licence',
      path: 'merchant.licence.photo',
      source: draft.merchant.licence.photo.sha256
    })
  }
  if (wants('nameProof')) {
    listing.nameProof.forEach((picture, index) =>
      uses.push({ slot: 'nameProof', path: `listing.nameProof.${index}`, source: picture.sha256 })
    )
  }
  if (wants('logo') && listing.logo) {
    // WeChat takes the crop box as call parameters; elsewhere the bytes are cropped.
    const crop =
      platform !== 'wechat-mp' && !isWholePicture(listing.logoCrop)
        ? { crop: listing.logoCrop }
        : {}
    uses.push({ slot: 'logo', path: 'listing.logo', source: listing.logo.sha256, ...crop })
  }
  if (wants('qualification')) {
    listing.categories[platform].forEach((choice, choiceIndex) => {
      const sent = qualificationsToSend(catalog, choice)
      choice.qualifications.forEach((item, itemIndex) => {
        if (!sent.includes(item)) return
        item.files.forEach((picture, fileIndex) =>
          uses.push({
            slot: 'qualification',
            path: `listing.categories.${platform}.${choiceIndex}.qualifications.${itemIndex}.files.${fileIndex}`,
            source: picture.sha256
          })
        )
      })
    })
  }
  if (wants('screenshot')) {
    listing.screenshots.forEach((picture, index) =>
      uses.push({
        slot: 'screenshot',
        path: `listing.screenshots.${index}`,
        source: picture.sha256
      })
    )
  }
  return uses
}
