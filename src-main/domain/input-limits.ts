/**
 * Largest files Kaitong reads, checked by size before a byte is read: a draft file holds
 * text only (a full draft is ~20 KB); a sheet of a few thousand merchants stays far below.
 */
export const MAX_DRAFT_FILE_BYTES = 20 * 1024 * 1024
export const MAX_SHEET_FILE_BYTES = 50 * 1024 * 1024
