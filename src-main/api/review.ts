import { prepareDraftMedia } from '../bundle/export-draft'
import type { DraftContent } from '../domain/draft'
import { issue, type Issue } from '../domain/issue'
import { MediaError, pixelCrop, type MediaStore } from '../media'
import type { PlatformAdapter, PlatformId } from '../platforms/adapter'
import { imageFormatOfMime } from '../platforms/image-formats'
import type { ImageInfoBySha, RuleOverrides } from '../platforms/precheck'
import { ADAPTERS } from '../platforms/registry'
import { reviewPlatform, type PlatformReview } from '../platforms/review'

interface ExportedImages {
  images: ImageInfoBySha
  issues: Issue[]
}

/**
 * What the bundle would hold for each picture the platform uses: Kaitong converts format,
 * bytes and size on export, so the image rules judge the normalised picture, and a
 * picture that cannot be made to fit is an error on its field.
 */
async function exportedImages(
  adapter: PlatformAdapter,
  content: DraftContent,
  media: MediaStore
): Promise<ExportedImages> {
  const images: Record<string, ImageInfoBySha[string]> = {}
  const issues: Issue[] = []
  for (const use of adapter.mediaUses(content)) {
    const spec = adapter.mediaSpecs[use.slot]
    if (!spec) continue
    try {
      const crop = use.crop && (await pixelCrop(media, use.source, use.crop))
      const variant = await media.variantFor(use.source, spec, crop)
      const format = imageFormatOfMime(variant.mime)
      if (format) {
        images[use.source] = {
          width: variant.width,
          height: variant.height,
          bytes: variant.bytes,
          format,
          space: 'srgb'
        }
      }
    } catch (error) {
      if (!(error instanceof MediaError)) throw error
      issues.push(issue(error.code, use.path, 'error', error.params))
    }
  }
  return { images, issues }
}

export interface ReviewRequest {
  content: DraftContent
  platforms: readonly PlatformId[]
  media: MediaStore
  today: string
  overrides?: RuleOverrides
}

/** Every requested platform's review, with the image rules fed from the export pictures. */
export async function reviewDraft(request: ReviewRequest): Promise<PlatformReview[]> {
  await prepareDraftMedia(
    request.platforms.map((platform) => ADAPTERS[platform]),
    request.content,
    request.media
  )
  const reviews: PlatformReview[] = []
  for (const platform of request.platforms) {
    const { images, issues } = await exportedImages(
      ADAPTERS[platform],
      request.content,
      request.media
    )
    const review = reviewPlatform(platform, request.content, {
      today: request.today,
      images,
      ...(request.overrides ? { overrides: request.overrides } : {})
    })
    reviews.push({ ...review, issues: [...review.issues, ...issues] })
  }
  return reviews
}
