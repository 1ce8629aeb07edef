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

describe('files that cannot be read, said in the user\'s words', () => {
  const commands = (file: string, db: string) => [
    ['import', file, '--db', db],
    ['draft', 'import', file, '--db', db],
    ['verify', file],
    ['media', 'read', file, '--as', 'licence'],
    ['media', 'check', file, '--platform', 'wechat-pay', '--slot', 'licence']
  ]

  it('names a missing file as missing, never by the system\'s code', async () => {
    const dir = tempDir()
    const runs = await runCommands(commands(join(dir, '没有这个.xlsx'), join(dir, 'k.sqlite')))
    for (const run of runs) {
      expect(run.code).toBe(1)
      expect(run.output).toContain('文件不存在，请检查路径')
      expect(run.output).not.toContain('ENOENT')
    }
  })

  it('says a folder given for a file is a folder', async () => {
    const dir = tempDir()
    const runs = await runCommands(
      commands(dir, join(dir, 'k.sqlite')).map((args) => [...args, '--lang', 'en'])
    )
    for (const run of runs) {
      expect(run.code).toBe(1)
      expect(run.output).toContain('it is a folder; name a file in it')
    }
  })
})
