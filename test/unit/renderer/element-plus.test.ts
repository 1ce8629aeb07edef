import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const RENDERER = join(import.meta.dirname, '../../../src-renderer')

function vueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? vueFiles(join(dir, entry.name))
      : entry.name.endsWith('.vue')
        ? [join(dir, entry.name)]
        : []
  )
}

function pascal(tag: string): string {
  return tag
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')
}

describe('Element Plus on demand', () => {
  it('registers every <el-…> tag the screens use (one not registered renders nothing)', () => {
    // Read as text: importing the module would pull each component's CSS into the test.
    const registry = readFileSync(join(RENDERER, 'element-plus.ts'), 'utf8')
    const used = new Set(
      vueFiles(RENDERER).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/<(el-[a-z-]+)/g)].map((match) => pascal(match[1]!))
      )
    )
    const missing = [...used].filter((name) => !new RegExp(`\\b${name}\\b`).test(registry))
    expect(missing).toEqual([])
  })
})
