/**
 * The most recently used files by content hash, up to a byte budget: content never changes
 * under its hash, so a hit is always right. The oldest entries go first.
 */
export function createRecentBytes(budget: number) {
  const entries = new Map<string, Uint8Array>()
  let held = 0
  const drop = (key: string) => {
    const found = entries.get(key)
    if (!found) return
    entries.delete(key)
    held -= found.byteLength
  }
  return {
    get(key: string): Uint8Array | undefined {
      const found = entries.get(key)
      if (found) {
        // Map keeps insertion order: re-inserting marks the entry as just used.
        entries.delete(key)
        entries.set(key, found)
      }
      return found
    },
    set(key: string, bytes: Uint8Array): void {
      drop(key)
      if (bytes.byteLength > budget) return
      entries.set(key, bytes)
      held += bytes.byteLength
      for (const oldest of entries.keys()) {
        if (held <= budget) break
        drop(oldest)
      }
    },
    delete: drop
  }
}
