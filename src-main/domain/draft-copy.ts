import type { DraftContent } from './draft'
import { StoreScene } from './merchant-profile'

/**
 * "Same licence, another store": the merchant profile, payment setup and listing stay; the
 * store's name, address and photos are the new store's to fill in.
 */
export function anotherStoreOf(content: DraftContent): DraftContent {
  const { merchant } = content
  return {
    ...content,
    merchant: { ...merchant, business: { ...merchant.business, store: StoreScene.parse({}) } }
  }
}
