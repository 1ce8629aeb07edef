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
import {
  pullFromTeam,
  pushToTeam,
  type LocalSide,
  type TransferReport
} from '../../store/pg/transfer'
import type { CommandSpec, OptionValues } from '../command'
import { cliDbPath, openCliApp, type CliContext } from '../context'

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

async function initCommand(ctx: CliContext): Promise<number> {
  const url = teamUrl(ctx)
  return withTeam(url, async (team) => {
    const client = await team.pool.connect()
    let done: { from: number; to: number }
    try {
      done = await migratePg(client)
    } finally {
      client.release()
    }
    if (ctx.json) ctx.io.out(JSON.stringify({ ...done, tls: team.tls }))
    else
      ctx.io.out(
        formatMessage('team.initialised', ctx.lang, {
          url: displayUrl(url),
          ...done,
          tls: tlsText(team, ctx)
        })
      )
    return 0
  })
}

/** The local store as a copy reads and writes it: rows through SQLite, pictures as files. */
function openLocal(ctx: CliContext, options: OptionValues) {
  const path = cliDbPath(typeof options['local'] === 'string' ? options['local'] : undefined)
  const opened = openCliApp(path, ctx.io, ctx.lang)
  const side: LocalSide = {
    db: opened.db,
    readPicture: (sha256) => opened.media.read(sha256),
    hasPicture: (sha256) => opened.media.hasFile(sha256),
    writePicture: (sha256, bytes) => opened.media.putFile(sha256, bytes)
  }
  return { path, side, close: () => opened.close() }
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

function transferCommand(direction: 'push' | 'pull') {
  return async (ctx: CliContext, _args: string[], options: OptionValues): Promise<number> => {
    const url = teamUrl(ctx)
    const local = openLocal(ctx, options)
    try {
      return await withTeam(url, async (team) => {
        const report =
          direction === 'push'
            ? await pushToTeam(local.side, team.pool)
            : await pullFromTeam(team.pool, local.side)
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

export const TEAM_COMMANDS: CommandSpec[] = [
  {
    name: 'team init',
    args: [],
    optionsUsage: '--db postgres://…',
    summary: {
      'zh-CN': '在团队的 PostgreSQL 数据库中建立或升级开通的表',
      en: "create or upgrade Kaitong's tables in the team's PostgreSQL database"
    },
    run: initCommand
  },
  {
    name: 'team push',
    args: [],
    options: LOCAL_OPTION,
    optionsUsage: '--db postgres://… [--local file.sqlite]',
    summary: {
      'zh-CN': '把本机的草稿、历史、图片和提交记录复制到团队数据库（可续传，逐条核对）',
      en: 'copy local drafts, history, pictures and ledger into the team database (resumable, verified)'
    },
    run: transferCommand('push')
  },
  {
    name: 'team pull',
    args: [],
    options: LOCAL_OPTION,
    optionsUsage: '--db postgres://… [--local file.sqlite]',
    summary: {
      'zh-CN': '把团队数据库的草稿、历史、图片和提交记录复制到本机（可续传，逐条核对）',
      en: 'copy the team database’s drafts, history, pictures and ledger to this computer (resumable, verified)'
    },
    run: transferCommand('pull')
  }
]
