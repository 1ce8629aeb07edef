import { z } from 'zod'
import { DraftContent } from './draft'
import { TEXT_LIMIT } from './fields'
import { issue, type Issue } from './issue'
import { schemaChild, unwrapSchema } from './schema-walk'

/**
 * Length limits as rules: the limit each `text(max)` field records in TEXT_LIMIT, found by
 * walking the schema along a field path. The rule (an issue on the field) and the live
 * counters beside the fields both read it from here, so there is one table of limits.
 */

export const TOO_LONG = 'draft.too_long'

/** Characters as a merchant counts them: code points, so 𠀋 or an emoji is one. */
export function textLength(value: string): number {
  return value.length - (value.match(/[\uD800-\uDBFF]/g)?.length ?? 0)
}

/** What TEXT_LIMIT records for the text field at `path` inside `schema`, if anything. */
function limitAt(schema: z.ZodType, path: string) {
  let current: z.ZodType | undefined = schema
  for (const key of path.split('.')) {
    current = current && schemaChild(current, key)
    if (!current) return undefined
  }
  return TEXT_LIMIT.get(unwrapSchema(current))
}

/** The length limit of the text field at `path` inside `schema`, or null when it has none. */
export function textLimitAt(schema: z.ZodType, path: string): number | null {
  return limitAt(schema, path)?.maxLength ?? null
}

/** The limit of a draft field by its full path (`merchant.licence.registeredName`). */
export function draftTextLimit(path: string): number | null {
  return textLimitAt(DraftContent, path)
}

/** Whether a draft field's value is picked from a list rather than typed (no counter). */
export function isPickedField(path: string): boolean {
  return limitAt(DraftContent, path)?.picked === true
}

/** The issue for one value against its limit, or null when it fits. */
export function lengthIssue(path: string, value: string, max: number | null): Issue | null {
  if (max === null) return null
  const length = textLength(value)
  return length > max ? issue(TOO_LONG, path, 'error', { max, length }) : null
}

/** Every text value longer than its limit, walking `value` along `schema`; paths start with `prefix`. */
export function lengthIssues(schema: z.ZodType, value: unknown, prefix = ''): Issue[] {
  const inner = unwrapSchema(schema)
  if (typeof value === 'string') {
    const found = lengthIssue(prefix, value, TEXT_LIMIT.get(inner)?.maxLength ?? null)
    return found ? [found] : []
  }
  const join = (key: string | number) => (prefix ? `${prefix}.${key}` : String(key))
  if (Array.isArray(value) && inner instanceof z.ZodArray) {
    return value.flatMap((item, index) =>
      lengthIssues(inner.element as z.ZodType, item, join(index))
    )
  }
  if (value && typeof value === 'object' && inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodType>
    return Object.entries(value).flatMap(([key, item]) =>
      shape[key] ? lengthIssues(shape[key], item, join(key)) : []
    )
  }
  return []
}
