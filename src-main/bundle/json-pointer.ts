/** RFC 6901 pointers: the way a bundle names a field inside a call's body. */

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1')
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whether `pointer` names a value inside `root` (the empty pointer, the root itself, does not). */
export function pointsInto(root: unknown, pointer: string): boolean {
  if (!pointer.startsWith('/')) return false
  let current = root
  for (const token of pointer.slice(1).split('/').map(unescapeToken)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= current.length) return false
      current = current[Number(token)]
    } else if (isRecord(current) && Object.hasOwn(current, token)) {
      current = current[token]
    } else {
      return false
    }
  }
  return true
}

export interface JsonLeaf {
  pointer: string
  /** Strings as they are, anything else as JSON (`[]` and `{}` for empty containers). */
  text: string
}

/** Every leaf of a JSON value with its pointer, in document order. */
export function jsonLeaves(value: unknown, pointer = ''): JsonLeaf[] {
  const children = Array.isArray(value)
    ? value.map((child, index): [string, unknown] => [String(index), child])
    : isRecord(value)
      ? // JSON.stringify drops undefined members, so the payload file has none either.
        Object.entries(value).filter(([, child]) => child !== undefined)
      : []
  if (children.length === 0) {
    return [
      { pointer, text: typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null') }
    ]
  }
  return children.flatMap(([key, child]) => jsonLeaves(child, `${pointer}/${escapeToken(key)}`))
}

/** The container and key a pointer names, when every step but the last exists. */
function parentOf(root: unknown, pointer: string): [Record<string, unknown>, string] | undefined {
  const tokens = pointer.slice(1).split('/').map(unescapeToken)
  const last = tokens.pop()
  let current = root
  for (const token of tokens) {
    if (!isRecord(current) && !Array.isArray(current)) return undefined
    current = (current as Record<string, unknown>)[token]
  }
  if (last === undefined || (!isRecord(current) && !Array.isArray(current))) return undefined
  return [current as Record<string, unknown>, last]
}

export function valueAt(root: unknown, pointer: string): unknown {
  const found = pointer.startsWith('/') ? parentOf(root, pointer) : undefined
  return found ? found[0][found[1]] : undefined
}

/** Replaces the value a pointer names; false when the pointer does not point into `root`. */
export function replaceAt(root: unknown, pointer: string, value: unknown): boolean {
  if (!pointsInto(root, pointer)) return false
  const [parent, key] = parentOf(root, pointer)!
  parent[key] = value
  return true
}
