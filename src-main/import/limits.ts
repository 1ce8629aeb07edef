/**
 * Bounds checked before a sheet or a pictures archive is read. trust-faults is adding a shared
 * limits module for every input; until it lands on main these are the import's own.
 */

/** A 5,000-row sheet of this template is about 3 MB as XLSX; 20 MB leaves room for notes. */
export const MAX_SHEET_BYTES = 20 * 1024 * 1024

/** An XLSX is a zip: its parts, unpacked, may not exceed this (a zip bomb stops here). */
export const MAX_SHEET_UNPACKED_BYTES = 200 * 1024 * 1024

/** Rows in one import; agencies split larger batches. */
export const MAX_SHEET_ROWS = 5_000

/** Pictures uploaded with a sheet through the app (the CLI reads a folder file by file). */
export const MAX_UPLOADED_PICTURES_BYTES = 512 * 1024 * 1024
