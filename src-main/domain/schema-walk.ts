import { z } from 'zod'

/**
 * Walking a zod schema along a draft path: the length rule reads each text field's limit
 * this way, and the draft-file reader finds keys the schema does not know.
 */

/** The schema inside defaults, prefaults, nullables and optionals. */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let current = schema
  while (
    current instanceof z.ZodDefault ||
    current instanceof z.ZodPrefault ||
    current instanceof z.ZodNullable ||
    current instanceof z.ZodOptional
  ) {
    current = current.unwrap() as z.ZodType
  }
  return current
}

/** The schema of `key` inside an object, or of an item (a numeric key) inside a list. */
export function schemaChild(schema: z.ZodType, key: string): z.ZodType | undefined {
  const inner = unwrapSchema(schema)
  if (inner instanceof z.ZodObject) return (inner.shape as Record<string, z.ZodType>)[key]
  if (inner instanceof z.ZodArray && /^\d+$/.test(key)) return inner.element as z.ZodType
  return undefined
}

/** Paths of the keys in `value` that `schema` does not declare (and would drop silently). */
export function unknownKeys(schema: z.ZodType, value: unknown, prefix = ''): string[] {
  const inner = unwrapSchema(schema)
  const join = (key: string | number) => (prefix ? `${prefix}.${key}` : String(key))
  if (Array.isArray(value) && inner instanceof z.ZodArray) {
    return value.flatMap((item, index) =>
      unknownKeys(inner.element as z.ZodType, item, join(index))
    )
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodType>
    return Object.entries(value).flatMap(([key, item]) =>
      shape[key] ? unknownKeys(shape[key], item, join(key)) : [join(key)]
    )
  }
  return []
}
