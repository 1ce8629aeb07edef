/**
 * What changed between two versions of a draft, field by field: the revision history lists
 * these, the CLI prints them. Paths are the ones issues use (`merchant.licence.registeredName`,
 * list items by index); a picture is one field whose value is its short content hash.
 */
export interface FieldChange {
  path: string
  before: string
  after: string
}

function leaves(value: unknown, path: string, into: Map<string, string>): Map<string, string> {
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
    const sha = (value as { sha256?: unknown }).sha256
    if (!Array.isArray(value) && typeof sha === 'string' && entries.length === 1) {
      into.set(path, sha.slice(0, 12))
      return into
    }
    for (const [key, child] of entries) leaves(child, path ? `${path}.${key}` : key, into)
    return into
  }
  const leaf = value as string | number | boolean | null | undefined
  into.set(path, leaf === null || leaf === undefined ? '' : String(leaf))
  return into
}

export function draftChanges(before: unknown, after: unknown): FieldChange[] {
  const old = leaves(before, '', new Map())
  const now = leaves(after, '', new Map())
  const paths = [...new Set([...old.keys(), ...now.keys()])]
  return paths
    .map((path) => ({ path, before: old.get(path) ?? '', after: now.get(path) ?? '' }))
    .filter((change) => change.before !== change.after)
}

/** One field's value as the history shows it (a list or group: its values joined). */
export function valueText(value: unknown): string {
  return [...leaves(value, '', new Map()).values()].filter((text) => text !== '').join('、')
}
