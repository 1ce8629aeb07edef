import { readFileSync } from 'node:fs'
import type { MethodOutput } from '../../api/contract'
import { KaitongError } from '../../api/result'
import { formatMessage } from '../../platforms/messages'
import {
  displayUrl,
  openTeamStore,
  parseTeamUrl,
  teamFailure,
  type TeamStore
} from '../../store/pg/connect'
import { migratePg } from '../../store/pg/migrations'
import { unwrapTeamKey, type TeamCipher } from '../../store/pg/team-cipher'
import {
  addPassphrase,
  createTeamKey,
  teamKeyFor,
  unlockTeamKey,
  wrappedKeys
} from '../../store/pg/team-key'
import {
  localSideOf,
  pullFromTeam,
  pushToTeam,
  requireCurrentSchema,
  type TransferReport
} from '../../store/pg/transfer'
import { createSettingsRepo } from '../../store/settings'
import type { CommandSpec, OptionValues } from '../command'
import { cliDbPath, openCliApp, type CliContext } from '../context'
import { unwrap } from '../output'

/**
 * `--db` names the team store here (postgres://…); the local SQLite store is `--local`, or
 * the app's own. The app's `--db` meaning (a SQLite file) does not apply to these commands.
 */
function teamUrl(ctx: CliContext): URL {
  if (!ctx.dbPath) throw new KaitongError('team.db_required', {})
  return parseTeamUrl(ctx.dbPath)
}

/** Connects, runs, closes; a driver failure becomes the message a user can act on. */
async function withTeam<R>(url: URL, run: (team: TeamStore) => Promise<R>): Promise<R> {
  const team = await openTeamStore(url.href)
  try {
    return await run(team)
  } catch (error) {
    throw teamFailure(error, url) ?? error
  } finally {
    await team.close()
  }
}

function tlsText(team: TeamStore, ctx: CliContext): string {
  return formatMessage(team.tls ? 'team.tls_on' : 'team.tls_off', ctx.lang)
}

/**
 * The team passphrase from `--passphrase-file` (its first line) or `KAITONG_TEAM_PASSPHRASE`,
 * never from the command line itself (it would stay in the shell's history) nor echoed.
 */
function passphraseOf(options: OptionValues, option = 'passphrase-file'): string | undefined {
  const file = options[option]
  if (typeof file !== 'string')
    return option === 'passphrase-file'
      ? process.env['KAITONG_TEAM_PASSPHRASE'] || undefined
      : undefined
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/)[0]
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new KaitongError('drafts.file_unreadable', { file, reason })
  }
}

function requirePassphrase(options: OptionValues, option?: string): string {
  const passphrase = passphraseOf(options, option)
  if (!passphrase) throw new KaitongError('team.passphrase_required', {})
  return passphrase
}

/**
 * Creates or upgrades the tables; with a passphrase, also makes the team key (sealing what
 * the store holds) or, when there is one, checks the passphrase opens it.
 */
async function initCommand(
  ctx: CliContext,
  _args: string[],
  options: OptionValues
): Promise<number> {
  const url = teamUrl(ctx)
  const passphrase = passphraseOf(options)
  return withTeam(url, async (team) => {
    const client = await team.pool.connect()
    let done: { from: number; to: number }
    try {
      done = await migratePg(client)
    } finally {
      client.release()
    }
    const existing = await wrappedKeys(team.pool)
    let key: 'created' | 'checked' | 'none' | 'kept' = existing.length > 0 ? 'kept' : 'none'
    if (passphrase && existing.length > 0) {
      unwrapTeamKey(existing, passphrase)
      key = 'checked'
    } else if (passphrase) {
      await createTeamKey(team.pool, passphrase, team.operator)
      key = 'created'
    }
    if (ctx.json) ctx.io.out(JSON.stringify({ ...done, tls: team.tls, key }))
    else {
      ctx.io.out(
        formatMessage('team.initialised', ctx.lang, {
          url: displayUrl(url),
          ...done,
          tls: tlsText(team, ctx)
        })
      )
      const said = {
        created: 'team.key_created',
        checked: 'team.key_checked',
        none: 'team.key_missing_warning'
      } as const
      if (key !== 'kept') ctx.io.out(formatMessage(said[key], ctx.lang))
    }
    return 0
  })
}

/** A second passphrase for the team key, given by an operator who knows the first. */
async function passphraseCommand(
  ctx: CliContext,
  _args: string[],
  options: OptionValues
): Promise<number> {
  const url = teamUrl(ctx)
  const current = requirePassphrase(options)
  const added = requirePassphrase(options, 'new-passphrase-file')
  return withTeam(url, async (team) => {
    const cipher = await unlockTeamKey(team.pool, current)
    await addPassphrase(team.pool, cipher, added, team.operator)
    ctx.io.out(
      ctx.json ? JSON.stringify({ added: true }) : formatMessage('team.passphrase_added', ctx.lang)
    )
    return 0
  })
}

/** The local store as a copy reads and writes it: rows through SQLite, pictures as files. */
function openLocal(ctx: CliContext, options: OptionValues) {
  const path = cliDbPath(typeof options['local'] === 'string' ? options['local'] : undefined)
  const opened = openCliApp(path, ctx.io, ctx.lang)
  return {
    path,
    app: opened,
    side: localSideOf(opened.db, opened.media),
    close: () => opened.close()
  }
}

function printReport(
  ctx: CliContext,
  report: TransferReport,
  code: 'team.pushed' | 'team.pulled',
  params: Record<string, string>
): void {
  if (ctx.json) {
    ctx.io.out(JSON.stringify(report))
    return
  }
  for (const table of report.tables)
    ctx.io.out(formatMessage('team.copy_table', ctx.lang, { ...table }))
  ctx.io.out(
    formatMessage(code, ctx.lang, {
      ...params,
      revisions: report.revisionsHashed,
      pictures: report.picturesHashed
    })
  )
}

/**
 * The team key a copy seals and opens with: the passphrase's, or the one the local store's
 * computer unlocked (`team unlock`, Settings); none for a team store without a key.
 */
async function copyKey(
  team: TeamStore,
  local: ReturnType<typeof openLocal>,
  options: OptionValues
): Promise<TeamCipher | undefined> {
  await requireCurrentSchema(team.pool)
  const passphrase = passphraseOf(options)
  if (passphrase) return unlockTeamKey(team.pool, passphrase)
  const found = await teamKeyFor(team.pool, createSettingsRepo(local.app.db))
  if (found.state === 'locked') throw new KaitongError('team.locked', {})
  return found.state === 'unlocked' ? found.cipher : undefined
}

function transferCommand(direction: 'push' | 'pull') {
  return async (ctx: CliContext, _args: string[], options: OptionValues): Promise<number> => {
    const url = teamUrl(ctx)
    const local = openLocal(ctx, options)
    try {
      return await withTeam(url, async (team) => {
        const cipher = await copyKey(team, local, options)
        const report =
          direction === 'push'
            ? await pushToTeam(local.side, team.pool, cipher)
            : await pullFromTeam(team.pool, local.side, cipher)
        printReport(ctx, report, direction === 'push' ? 'team.pushed' : 'team.pulled', {
          url: displayUrl(url),
          file: local.path
        })
        return 0
      })
    } finally {
      local.close()
    }
  }
}

const LOCAL_OPTION = { local: { type: 'string' } } as const
const PASSPHRASE_OPTION = { 'passphrase-file': { type: 'string' } } as const
const COPY_OPTIONS = { ...LOCAL_OPTION, ...PASSPHRASE_OPTION } as const

type Status = MethodOutput<'team.status'>

function statusText(ctx: CliContext, status: Status, file: string): string {
  if (status.mode === 'local') return formatMessage('team.status_local', ctx.lang, { file })
  return formatMessage('team.status_team', ctx.lang, {
    url: status.url ?? '',
    connection: formatMessage(
      status.connection === 'online' ? 'team.online' : 'team.offline',
      ctx.lang
    ),
    operator: status.operator ?? '—',
    tls: formatMessage(status.tls ? 'team.tls_on' : 'team.tls_off', ctx.lang),
    key: status.key ? formatMessage(`team.key_${status.key}`, ctx.lang) : '—',
    pending: status.pending
  })
}

/**
 * `team status|use|leave`: the store choice of the app's data folder (or `--local`), the same
 * one Settings › team database makes, through the same handlers.
 */
function choiceCommand(method: 'team.status' | 'team.use' | 'team.leave' | 'team.unlock') {
  return async (ctx: CliContext, _args: string[], options: OptionValues): Promise<number> => {
    const input =
      method === 'team.use'
        ? { url: teamUrl(ctx).href }
        : method === 'team.unlock'
          ? { passphrase: requirePassphrase(options) }
          : {}
    const local = openLocal(ctx, options)
    try {
      // A chosen team store is connected at open; the status waits for that first answer.
      await local.app.team.start()
      const status = unwrap<Status>(
        await local.app.router.dispatch(method, input),
        ctx.io,
        ctx.lang
      )
      if (!status) return 1
      if (ctx.json) ctx.io.out(JSON.stringify(status))
      else if (method === 'team.status') ctx.io.out(statusText(ctx, status, local.path))
      else if (method === 'team.unlock')
        ctx.io.out(formatMessage('team.unlocked', ctx.lang, { file: local.path }))
      else
        ctx.io.out(
          formatMessage(method === 'team.use' ? 'team.used' : 'team.left', ctx.lang, {
            file: local.path,
            url: status.url ?? '',
            operator: status.operator ?? '',
            tls: formatMessage(status.tls ? 'team.tls_on' : 'team.tls_off', ctx.lang)
          })
        )
      return 0
    } finally {
      await local.app.team.close()
      local.close()
    }
  }
}

export const TEAM_COMMANDS: CommandSpec[] = [
  {
    name: 'team init',
    args: [],
    options: PASSPHRASE_OPTION,
    optionsUsage: '--db postgres://… [--passphrase-file file]',
    summary: {
      'zh-CN':
        '在团队的 PostgreSQL 数据库中建立或升级开通的表；给出团队口令时建立团队密钥（个人信息和图片加密后才上传）',
      en: "create or upgrade Kaitong's tables in the team's PostgreSQL database; with a team passphrase, make the team key (personal details and pictures encrypted before upload)"
    },
    run: initCommand
  },
  {
    name: 'team push',
    args: [],
    options: COPY_OPTIONS,
    optionsUsage: '--db postgres://… [--local file.sqlite] [--passphrase-file file]',
    summary: {
      'zh-CN': '把本机的草稿、历史、图片和提交记录复制到团队数据库（可续传，逐条核对）',
      en: 'copy local drafts, history, pictures and ledger into the team database (resumable, verified)'
    },
    run: transferCommand('push')
  },
  {
    name: 'team pull',
    args: [],
    options: COPY_OPTIONS,
    optionsUsage: '--db postgres://… [--local file.sqlite] [--passphrase-file file]',
    summary: {
      'zh-CN': '把团队数据库的草稿、历史、图片和提交记录复制到本机（可续传，逐条核对）',
      en: 'copy the team database’s drafts, history, pictures and ledger to this computer (resumable, verified)'
    },
    run: transferCommand('pull')
  },
  {
    name: 'team status',
    args: [],
    options: LOCAL_OPTION,
    optionsUsage: '[--local file.sqlite]',
    summary: {
      'zh-CN': '草稿保存在哪里（本机或团队数据库）、连接状态、等待发送的离线修改',
      en: 'where drafts are kept (this computer or the team database), the connection, offline changes waiting'
    },
    run: choiceCommand('team.status')
  },
  {
    name: 'team use',
    args: [],
    options: LOCAL_OPTION,
    optionsUsage: '--db postgres://… [--local file.sqlite]',
    summary: {
      'zh-CN': '今后把草稿保存在团队数据库（与 设置 › 团队数据库 相同，先检查连接）',
      en: 'keep drafts in the team database from now on (as Settings › Team database; the connection is checked first)'
    },
    run: choiceCommand('team.use')
  },
  {
    name: 'team leave',
    args: [],
    options: LOCAL_OPTION,
    optionsUsage: '[--local file.sqlite]',
    summary: {
      'zh-CN': '改回只把草稿保存在这台电脑上',
      en: 'go back to keeping drafts on this computer only'
    },
    run: choiceCommand('team.leave')
  },
  {
    name: 'team unlock',
    args: [],
    options: COPY_OPTIONS,
    optionsUsage: '[--local file.sqlite] [--passphrase-file file]',
    summary: {
      'zh-CN':
        '用团队口令解锁团队密钥（每台电脑一次；口令取自 --passphrase-file 或 KAITONG_TEAM_PASSPHRASE）',
      en: 'unlock the team key with the team passphrase (once per computer; from --passphrase-file or KAITONG_TEAM_PASSPHRASE)'
    },
    run: choiceCommand('team.unlock')
  },
  {
    name: 'team passphrase',
    args: [],
    options: { ...PASSPHRASE_OPTION, 'new-passphrase-file': { type: 'string' } },
    optionsUsage: '--db postgres://… --passphrase-file file --new-passphrase-file file',
    summary: {
      'zh-CN': '为团队密钥添加一个口令（给另一位同事自己的口令；原口令照样可用）',
      en: 'add a passphrase for the team key (a colleague’s own; the earlier ones still work)'
    },
    run: passphraseCommand
  }
]
