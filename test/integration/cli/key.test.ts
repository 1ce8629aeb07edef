import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApp } from '../../../src-main/api'
import { KEY_ENV, KEY_FILE } from '../../../src-main/keys/key-source'
import { runCli } from '../../helpers/cli'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir('kaitong-cli-key-')

describe('kaitong without KAITONG_KEY', () => {
  const testKey = process.env[KEY_ENV]
  beforeEach(() => {
    delete process.env[KEY_ENV]
  })
  afterEach(() => {
    process.env[KEY_ENV] = testKey
  })

  it('says in words that the encrypted database’s key is missing, and makes no new one', async () => {
    const dir = tempDir()
    const db = join(dir, 'kaitong.sqlite')
    process.env[KEY_ENV] = testKey
    openApp({ dataDir: dir, version: 'test' }).close()
    delete process.env[KEY_ENV]
    const sealed = readFileSync(db)

    const result = await runCli(['drafts', 'list', '--db', db, '--lang', 'en'])
    expect(result.code).toBe(1)
    expect(result.err).toContain('its key is nowhere to be found')
    expect(result.err).not.toContain('    at ')
    expect(readFileSync(db).equals(sealed)).toBe(true)
    expect(existsSync(join(dir, KEY_FILE))).toBe(false)
  })

  it('makes a key file for a new folder and warns where it is', async () => {
    const dir = tempDir()
    const result = await runCli([
      'drafts',
      'list',
      '--db',
      join(dir, 'kaitong.sqlite'),
      '--lang',
      'en'
    ])
    expect(result.code).toBe(0)
    expect(result.err).toContain(join(dir, KEY_FILE))
    expect(existsSync(join(dir, KEY_FILE))).toBe(true)
    const again = await runCli([
      'drafts',
      'list',
      '--db',
      join(dir, 'kaitong.sqlite'),
      '--lang',
      'en'
    ])
    expect(again).toMatchObject({ code: 0, err: '' })
  })
})
