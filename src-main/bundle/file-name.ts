import type { PlatformId } from '../platforms/adapter'

/**
 * Characters no file name may hold on Windows, macOS or Linux, plus control and format
 * characters (a right-to-left override could disguise the extension).
 */
const ILLEGAL = /[<>:"/\\|?*\p{Cc}\p{Cf}]/gu
const MAX_SLUG_CHARACTERS = 60

/**
 * `<merchant-slug>-<platform>-<yyyymmdd>.kaitong.zip`. The slug keeps Chinese as it is
 * (merchants know their bundles by name) and drops only what a file system refuses;
 * whitespace becomes `-` so the name survives shells and mail clients. The date is the
 * revision's UTC date, like every other time in the bundle.
 */
export function bundleFileName(merchant: string, platform: PlatformId, time: Date): string {
  const day = time.toISOString().slice(0, 10).replace(/-/g, '')
  return `${fileSlug(merchant) || 'merchant'}-${platform}-${day}.kaitong.zip`
}

/** A name made safe for a file name on every system (also used for draft packages). */
export function fileSlug(name: string): string {
  return (
    [...name.normalize('NFC').replace(ILLEGAL, '').replace(/\s+/g, '-')]
      .slice(0, MAX_SLUG_CHARACTERS)
      .join('')
      // Windows drops trailing dots and spaces; a leading dot hides the file on Unix.
      .replace(/^[.-]+|[.-]+$/g, '')
  )
}
