import { canonicalJson } from './draft'

/** One field both sides changed differently since the revision the editor started from. */
export interface FieldConflict {
  /** Dotted path of the field, e.g. `merchant.legalRepresentative.name`. */
  path: string
  mine: unknown
  theirs: unknown
}

/** The operator's choice for a conflicting field, by its path. */
export type ConflictChoices = Readonly<Record<string, 'mine' | 'theirs'>>

export type MergeOutcome =
  | { ok: true; merged: unknown; changedByMe: string[]; changedByThem: string[] }
  | { ok: false; conflicts: FieldConflict[] }

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Leaf fields by dotted path; a list (photos, items) is one field, merged whole. */
function leaves(value: unknown, prefix = '', into = new Map<string, unknown>()) {
  if (isPlainObject(value) && (prefix === '' || Object.keys(value).length > 0)) {
    for (const [key, child] of Object.entries(value))
      leaves(child, prefix ? `${prefix}.${key}` : key, into)
  } else {
    into.set(prefix, value)
  }
  return into
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let node = target
  for (const key of keys.slice(0, -1)) {
    if (!isPlainObject(node[key])) node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  const last = keys.at(-1) ?? ''
  if (value === undefined) delete node[last]
  else node[last] = value
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b)

/**
 * Three-way merge of draft content at field level: a field changed by only one side since
 * `base` takes that side's value; a field both changed to different values is a conflict,
 * and then nothing is merged, so a concurrent change is never overwritten silently — unless
 * the operator chose a side for that field (`choices`, from the conflict view).
 */
export function mergeDraftContent(
  base: unknown,
  theirs: unknown,
  mine: unknown,
  choices: ConflictChoices = {}
): MergeOutcome {
  const b = leaves(base)
  const t = leaves(theirs)
  const m = leaves(mine)
  const paths = [...new Set([...b.keys(), ...t.keys(), ...m.keys()])].sort()
  const changedByMe = paths.filter((path) => !same(m.get(path), b.get(path)))
  const changedByThem = paths.filter((path) => !same(t.get(path), b.get(path)))
  const clashing = changedByMe.filter(
    (path) => changedByThem.includes(path) && !same(m.get(path), t.get(path))
  )
  const conflicts = clashing
    .filter((path) => choices[path] === undefined)
    .map((path) => ({ path, mine: m.get(path), theirs: t.get(path) }))
  if (conflicts.length > 0) return { ok: false, conflicts }
  const merged = JSON.parse(JSON.stringify(theirs ?? {})) as Record<string, unknown>
  for (const path of changedByMe)
    if (!clashing.includes(path) || choices[path] === 'mine') setPath(merged, path, m.get(path))
  return { ok: true, merged, changedByMe, changedByThem }
}
