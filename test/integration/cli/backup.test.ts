import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCommands } from '../../helpers/cli-runs'
import { DAMAGE, writeHealthyDb } from '../../helpers/damaged-db'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir('kaitong-cli-backup-')

describe('kaitong backup / restore', () => {
  it('backs up to a file and restores it after the database was damaged', async () => {
    const dir = tempDir()
    const db = join(dir, 'kaitong.sqlite')
    writeHealthyDb(db, 2)
    const copy = join(dir, 'copy.sqlite')
    const common = ['--db', db, '--lang', 'en']
    const [backedUp] = await runCommands([['backup', '--out', copy, ...common]])
    expect(backedUp).toMatchObject({ code: 0 })
    DAMAGE['random bytes'](db)

    const [refused, restored, listed] = await runCommands([
      ['drafts', 'list', ...common],
      ['restore', copy, ...common],
      ['drafts', 'list', '--json', ...common]
    ])
    expect(refused?.code).toBe(1)
    expect(restored?.code).toBe(0)
    expect(JSON.parse(String(listed?.output))).toHaveLength(2)
  })

  it('refuses a damaged backup and leaves the database as it was', async () => {
    const dir = tempDir()
    const db = join(dir, 'kaitong.sqlite')
    writeHealthyDb(db, 2)
    const bad = join(dir, 'bad.sqlite')
    writeHealthyDb(bad, 1)
    DAMAGE['damaged header'](bad)
    const [restored, listed] = await runCommands([
      ['restore', bad, '--db', db, '--lang', 'en'],
      ['drafts', 'list', '--json', '--db', db]
    ])
    expect(restored?.code).toBe(1)
    expect(restored?.output).toContain('Nothing was changed')
    expect(JSON.parse(String(listed?.output))).toHaveLength(2)
    expect(existsSync(`${db}.restore`)).toBe(false)
  })
})
