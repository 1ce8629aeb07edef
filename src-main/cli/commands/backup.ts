import { resolve } from 'node:path'
import { KaitongError } from '../../api/result'
import { errorCode } from '../../store/errors'
import { formatBytes } from '../../media/media-error'
import { backupDirFor, backupTo, createBackup, restoreBackup } from '../../store/backup'
import type { CommandSpec } from '../command'
import { deriveKey } from '../../keys/root-key'
import { cliDbPath, cliRootKey, type CliContext } from '../context'
import { cliText } from '../messages'

function backupCommand(
  ctx: CliContext,
  _args: string[],
  options: Record<string, unknown>
): Promise<number> {
  const { db } = ctx.app()
  const out = typeof options['out'] === 'string' ? resolve(options['out']) : undefined
  let made: { file: string; bytes: number }
  try {
    made = out
      ? { file: out, bytes: backupTo(db, out) }
      : createBackup(db, backupDirFor(cliDbPath(ctx.dbPath)))
  } catch (error) {
    if (error instanceof KaitongError) throw error
    const file = out ?? backupDirFor(cliDbPath(ctx.dbPath))
    ctx.io.err(
      cliText('writeFailed', ctx.lang, { file, reason: errorCode(error) || String(error) })
    )
    return Promise.resolve(1)
  }
  if (ctx.json) ctx.io.out(JSON.stringify(made))
  else ctx.io.out(cliText('backedUp', ctx.lang, { file: made.file, size: formatBytes(made.bytes) }))
  return Promise.resolve(0)
}

/** Never opens the database it replaces: the current file may be the damaged one. */
function restoreCommand(ctx: CliContext, [file]: string[]): Promise<number> {
  const source = resolve(String(file))
  const path = cliDbPath(ctx.dbPath)
  // The backup is checked with this folder's key: a backup made under another key is refused.
  const key = deriveKey(cliRootKey(path, ctx.io, ctx.lang).key, 'database')
  const { keptAt } = restoreBackup(source, path, { key })
  if (ctx.json) ctx.io.out(JSON.stringify({ restored: source, keptAt: keptAt ?? null }))
  else if (keptAt) ctx.io.out(cliText('restored', ctx.lang, { file: source, keptAt }))
  else ctx.io.out(cliText('restoredFresh', ctx.lang, { file: source }))
  return Promise.resolve(0)
}

export const BACKUP_COMMANDS: CommandSpec[] = [
  {
    name: 'backup',
    args: [],
    options: { out: { type: 'string' } },
    optionsUsage: '[--out file]',
    summary: {
      'zh-CN': '备份数据库（默认存到数据目录的 backups 文件夹）',
      en: "back up the database (by default into the data folder's backups folder)"
    },
    run: backupCommand
  },
  {
    name: 'restore',
    args: ['<backup.sqlite>'],
    summary: {
      'zh-CN': '检查备份后用它替换数据库，原数据库保留在旁边',
      en: 'check a backup, then replace the database with it, keeping the old one aside'
    },
    run: restoreCommand
  }
]
