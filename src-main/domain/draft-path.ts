/**
 * A value inside a draft by its dotted path, the form every Issue names a field by
 * (`listing.logo`, `merchant.beneficialOwners.0.name`): list items by their index.
 */

/** The value at `path`, or undefined where the path leaves the data. */
export function readDraftPath(root: unknown, path: string): unknown {
  let value = root
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/** Sets the value at `path` in place; a path whose parent is missing changes nothing. */
export function writeDraftPath(root: unknown, path: string, next: unknown): void {
  const keys = path.split('.')
  const last = keys.pop()
  const parent = readDraftPath(root, keys.join('.'))
  if (last !== undefined && parent !== null && typeof parent === 'object') {
    ;(parent as Record<string, unknown>)[last] = next
  }
}
