import type { DraftContent } from '../domain/draft'
import type { ListingPlatform } from '../domain/listing'
import type {
  BundlePart,
  CallTransport,
  ImageSpec,
  MediaUse,
  Requirement,
  ResolvedMedia
} from './adapter'
import type { CategoryCatalog } from './categories'
import { LISTING_NOTES } from './listing-notes'
import { runRules, type ListingAdapter, type ListingRule } from './precheck'

/** What makes one listing platform: everything else of its adapter is the same for all four. */
export interface ListingPlatformSpec {
  id: ListingPlatform
  mediaSpecs: Readonly<Record<string, ImageSpec>>
  rules(catalog: CategoryCatalog): ListingRule[]
  requirements(catalog: CategoryCatalog, draft: DraftContent): Requirement[]
  mediaUses(catalog: CategoryCatalog, draft: DraftContent): MediaUse[]
  buildPayload(catalog: CategoryCatalog, draft: DraftContent, media: ResolvedMedia): BundlePart[]
  transport?: (part: BundlePart) => CallTransport
}

/** A listing adapter over a category catalogue (tests pass their own tables). */
export function listingAdapter(
  spec: ListingPlatformSpec,
  catalog: CategoryCatalog
): ListingAdapter {
  const rules = spec.rules(catalog)
  return {
    id: spec.id,
    kind: 'listing',
    rules,
    mediaSpecs: spec.mediaSpecs,
    notes: LISTING_NOTES[spec.id],
    requirements: (draft) => spec.requirements(catalog, draft),
    validate: (draft) => runRules(rules, draft),
    mediaUses: (draft) => spec.mediaUses(catalog, draft),
    buildPayload: (draft, media) => spec.buildPayload(catalog, draft, media),
    ...(spec.transport ? { transport: spec.transport } : {})
  }
}
