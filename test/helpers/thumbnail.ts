import type { Locator, Page } from 'playwright-core'

/**
 * The content type the harness served for a thumbnail <img>, fetched again from its `src`:
 * a picture that failed to load is replaced by a placeholder, so a served image type and
 * the <img> still being there together mean the user sees the thumbnail.
 */
export async function thumbnailType(page: Page, image: Locator): Promise<string | undefined> {
  const src = await image.getAttribute('src')
  if (!src) return undefined
  const response = await page.request.get(new URL(src, page.url()).href)
  return response.ok() ? response.headers()['content-type'] : undefined
}
