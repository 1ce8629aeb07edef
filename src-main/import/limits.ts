import { MAX_SHEET_FILE_BYTES } from '../domain/input-limits'

/**
 * Bounds checked before a sheet or a pictures archive is read; the sheet's own size is the
 * shared input limit (domain/input-limits.ts).
 */

export const MAX_SHEET_BYTES = MAX_SHEET_FILE_BYTES

/** An XLSX is a zip: its parts, unpacked, may not exceed this (a zip bomb stops here). */
export const MAX_SHEET_UNPACKED_BYTES = 200 * 1024 * 1024

/** Rows in one import; agencies split larger batches. */
export const MAX_SHEET_ROWS = 5_000

/** Pictures uploaded with a sheet through the app (the CLI reads a folder file by file). */
export const MAX_UPLOADED_PICTURES_BYTES = 512 * 1024 * 1024
