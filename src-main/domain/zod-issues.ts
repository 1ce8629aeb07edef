import type { z } from 'zod'
import { issue, type Issue } from './issue'

/**
 * Maps zod's findings to our Issue shape so bad input reads like any other issue. Parse
 * with `{ reportInput: true }` so a missing value can be told from a wrong-typed one.
 */
export function zodIssues(error: z.ZodError, prefix = ''): Issue[] {
  return error.issues.map((found) => {
    const path = [prefix, ...found.path.map(String)].filter(Boolean).join('.')
    switch (found.code) {
      case 'invalid_type':
        return found.input === undefined
          ? issue('input.required', path, 'error')
          : issue('input.invalid_type', path, 'error', { expected: found.expected })
      case 'too_big':
        return issue('input.too_long', path, 'error', { max: Number(found.maximum) })
      case 'too_small':
        return Number(found.minimum) === 1 && found.origin === 'string'
          ? issue('input.required', path, 'error')
          : issue('input.too_short', path, 'error', { min: Number(found.minimum) })
      case 'invalid_value':
        return issue('input.invalid_value', path, 'error')
      case 'unrecognized_keys':
        return issue('input.unrecognized_keys', path, 'error', { keys: found.keys.join(', ') })
      default:
        return issue('input.invalid', path, 'error')
    }
  })
}
