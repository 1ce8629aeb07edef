import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A recorded platform status answer (test/fixtures/status, sources in SOURCES.md). */
export function statusAnswer(name: string): unknown {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/status', `${name}.json`), 'utf8')
  )
}
