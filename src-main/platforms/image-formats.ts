import type { ImageFormat } from './adapter'

const FORMAT_OF_MIME: Readonly<Record<string, ImageFormat>> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/bmp': 'bmp'
}

/**
 * The image format of a picture by its MIME type (as the media store reports an exported
 * picture), for the image rules; null for a type no platform's rules name.
 */
export function imageFormatOfMime(mime: string): ImageFormat | null {
  return Object.hasOwn(FORMAT_OF_MIME, mime) ? FORMAT_OF_MIME[mime]! : null
}
