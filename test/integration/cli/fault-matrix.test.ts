import { execFileSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../../../src-main/cli/commands'
import type { CommandSpec } from '../../../src-main/cli/command'
import { DAMAGE, makeFutureDb, writeHealthyDb } from '../../helpers/damaged-db'
import { runCommands, type CliRun } from '../../helpers/cli-runs'
import { testDatabaseKey } from '../../helpers/test-key'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir('kaitong-faults-')
const CHILD = join(import.meta.dirname, '../../helpers/cli-runs-child.ts')
const PHOTO = join(import.meta.dirname, '../../fixtures/images/photo.jpg')

interface Scene {
  dir: string
  db: string
  draftId: string
  draftFile: string
  backup: string
  out: string
}

/** A data folder with one draft, a draft file, a good backup and a folder for output. */
function scene(): Scene {
  const dir = tempDir()
  const db = join(dir, 'kaitong.sqlite')
  // Encrypted under the run's key, as the app and the CLI (KAITONG_KEY) write it.
  const [draftId = ''] = writeHealthyDb(db, 1, testDatabaseKey())
  const backup = join(dir, 'good-backup.sqlite')
  copyFileSync(db, backup)
  const draftFile = join(dir, 'draft.json')
  const content = { merchant: { licence: { registeredName: '杭州小笼包餐饮有限公司' } } }
  writeFileSync(draftFile, JSON.stringify({ kaitongDraft: 1, title: '杭州小笼包', content }))
  return { dir, db, draftId, draftFile, backup, out: join(dir, 'out') }
}

/** Every command with arguments that reach its work: positionals filled by their names. */
function commandLines(s: Scene, extra: string[] = []): string[][] {
  const value = (name: string): string => {
    if (name.includes('id')) return s.draftId
    if (name.includes('image')) return PHOTO
    if (name.includes('backup') || name.includes('sqlite')) return s.backup
    if (name.includes('zip')) return s.draftFile
    return s.draftFile
  }
  const line = (command: CommandSpec): string[] => {
    const options = command.options ?? {}
    return [
      ...command.name.split(' '),
      ...command.args.map(value),
      ...('platform' in options ? ['--platform', 'wechat-pay'] : []),
      ...('slot' in options ? ['--slot', 'licence'] : []),
      // `bundle --out` names a folder; every other --out names a file.
      ...('out' in options
        ? ['--out', command.name === 'bundle' ? s.out : join(s.out, command.name)]
        : []),
      '--db',
      s.db,
      '--lang',
      'en',
      ...extra
    ]
  }
  return COMMANDS.map(line)
}

/** Runs every command in a child process (for faults that need another user or a limit). */
function runInChild(
  lines: string[][],
  wrap: (node: string[]) => [string, string[], object]
): CliRun[] {
  const [file, args, options] = wrap([
    process.execPath,
    '--import',
    'tsx',
    CHILD,
    JSON.stringify(lines)
  ])
  const stdout = execFileSync(file, args, { encoding: 'utf8', cwd: process.cwd(), ...options })
  const marker = stdout.lastIndexOf('@@runs ')
  return JSON.parse(stdout.slice(marker + '@@runs '.length)) as CliRun[]
}

/** What is wrong with each run: a stack trace, an odd exit code, a failure with no words. */
function badAnswers(runs: CliRun[]): string[] {
  const bad = runs.flatMap((run) => {
    const shown = `${run.args.join(' ')} → ${run.code}\n${run.output}`
    if (run.output.includes('    at ')) return [`stack trace: ${shown}`]
    if (![0, 1, 2].includes(run.code)) return [`exit code: ${shown}`]
    if (run.code !== 0 && run.output.trim() === '') return [`no message: ${shown}`]
    return []
  })
  return runs.length === COMMANDS.length ? bad : [...bad, `${runs.length} runs`]
}

const IN_PROCESS_FAULTS: Record<string, (s: Scene) => string[][]> = {
  ...Object.fromEntries(
    Object.entries(DAMAGE).map(([name, damage]) => [
      name,
      (s: Scene) => {
        damage(s.db)
        return commandLines(s)
      }
    ])
  ),
  'user_version 99': (s) => {
    makeFutureDb(join(s.dir, 'future.sqlite'))
    copyFileSync(join(s.dir, 'future.sqlite'), s.db)
    return commandLines(s)
  },
  'an --out folder that cannot be created': (s) => {
    writeFileSync(join(s.dir, 'blocker'), 'a file where a folder should be')
    return commandLines({ ...s, out: join(s.dir, 'blocker', 'out') })
  }
}

describe('every CLI command against every fault', () => {
  it.each(Object.keys(IN_PROCESS_FAULTS))(
    'answers with a message and an exit code, never a stack trace: %s',
    async (fault) => {
      const s = scene()
      expect(badAnswers(await runCommands(IN_PROCESS_FAULTS[fault]!(s)))).toEqual([])
    }
  )

  it('refuses to work on a damaged database and names the backup to restore', async () => {
    const s = scene()
    mkdirSync(join(s.dir, 'backups'))
    copyFileSync(s.backup, join(s.dir, 'backups', 'kaitong-20261201T080000000Z.sqlite'))
    // Not the first page: with encryption a first page that does not decrypt reads as a key
    // problem (the locked screen), never as damage to move aside.
    DAMAGE['half-truncated file'](s.db)
    const [run] = await runCommands([['drafts', 'list', '--db', s.db, '--lang', 'en']])
    expect(run?.code).toBe(1)
    expect(run?.output).toContain('is damaged')
    expect(run?.output).toContain('kaitong-20261201T080000000Z.sqlite')
  })

  it('answers every command in a read-only location', () => {
    const s = scene()
    const root = process.getuid?.() === 0
    // root ignores permissions: the commands run as `nobody` in a folder it may only read.
    chmodSync(s.dir, 0o755)
    if (!root) chmodSync(s.dir, 0o555)
    const runs = runInChild(commandLines(s), ([file, ...args]) => [
      String(file),
      args,
      root ? { uid: 65534, gid: 65534, env: { ...process.env, HOME: '/tmp' } } : {}
    ])
    chmodSync(s.dir, 0o755)
    expect(badAnswers(runs)).toEqual([])
    expect(runs.find((run) => run.args[0] === 'drafts')?.output).toMatch(/read-only|may not write/)
  })

  it('answers every command on a full disk', () => {
    const s = scene()
    // A file-size limit (RLIMIT_FSIZE) makes every write past 96 KB fail as a full disk does.
    const runs = runInChild(commandLines(s), (node) => [
      '/bin/sh',
      ['-c', `trap '' XFSZ; ulimit -f 96; exec "$@"`, 'sh', ...node],
      {}
    ])
    expect(badAnswers(runs)).toEqual([])
    // Reading needs no space; saving is refused with a message.
    expect(runs.find((run) => run.args[0] === 'drafts')?.code).toBe(0)
  })
})
