import iconv from 'iconv-lite'

/**
 * Text of a CSV file in whatever encoding the spreadsheet wrote: a BOM decides (UTF-8,
 * UTF-16), else strict UTF-8, else GB18030 (the superset of GBK that Excel on a Chinese
 * Windows writes as "CSV").
 */
export function decodeSheetText(bytes: Uint8Array): { text: string; encoding: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8' }
  }
  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' }
  }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf-8' }
  } catch {
    return { text: iconv.decode(buffer, 'gb18030'), encoding: 'gb18030' }
  }
}
