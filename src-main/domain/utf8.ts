/**
 * The byte offset of the first byte that is not valid UTF-8 (a stray continuation byte, a
 * truncated or overlong sequence, a surrogate, beyond U+10FFFF), or null when all is valid.
 * Decoding with replacement would turn such bytes into "�" silently inside a name.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number | null {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]!
    if (lead < 0x80) {
      index += 1
      continue
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0
    if (length === 0 || index + length > bytes.length) return index
    const second = bytes[index + 1]!
    // The second byte's range rules out overlong forms, surrogates and code points > U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf
    if (second < low || second > high) return index
    for (let next = 2; next < length; next++) {
      const byte = bytes[index + next]!
      if (byte < 0x80 || byte > 0xbf) return index
    }
    index += length
  }
  return null
}
