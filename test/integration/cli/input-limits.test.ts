import { closeSync, ftruncateSync, openSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCommands } from '../../helpers/cli-runs'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir('kaitong-limits-')

/** A sparse file: `bytes` long on paper, nothing on disk. */
function hugeFile(path: string, bytes: number): string {
  const fd = openSync(path, 'w')
  ftruncateSync(fd, bytes)
  closeSync(fd)
  return path
}

describe('inputs refused by size before they are read', () => {
  it('refuses a 3 GB draft file by its size', async () => {
    const dir = tempDir()
    const file = hugeFile(join(dir, 'draft.json'), 3 * 1024 ** 3)
    const [run] = await runCommands([
      ['draft', 'import', file, '--db', join(dir, 'k.sqlite'), '--lang', 'en']
    ])
    expect(run?.code).toBe(1)
    expect(run?.output).toContain('is too large (3072 MB); the limit is 20 MB')
  })

  it('refuses a picture above the byte limit by its size', async () => {
    const dir = tempDir()
    const file = hugeFile(join(dir, 'photo.png'), 200 * 1024 ** 2)
    const [run] = await runCommands([
      ['media', 'check', file, '--platform', 'wechat-pay', '--slot', 'licence', '--lang', 'en']
    ])
    expect(run?.code).toBe(1)
    expect(run?.output).toContain('is too large')
  })
})
