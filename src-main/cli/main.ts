import { parseArgs } from 'node:util'
import { LANGS, type Lang } from '../domain/issue'
import { exportDraft, importDraft, listDrafts } from './commands/drafts'
import { openCliApp, type CliContext } from './context'
import { cliText } from './messages'
import { processIo, type Io } from './output'

type Command = (ctx: CliContext, args: string[]) => Promise<number>

/** `<group> <verb>` → command with its positional arity. */
const COMMANDS: Record<string, { arity: number; run: Command }> = {
  'drafts list': { arity: 0, run: (ctx) => listDrafts(ctx) },
  'draft export': {
    arity: 2,
    run: (ctx, [id, file]) => exportDraft(ctx, String(id), String(file))
  },
  'draft import': { arity: 1, run: (ctx, [file]) => importDraft(ctx, String(file)) }
}

function pickLang(value: string | undefined): Lang {
  return LANGS.find((lang) => lang === value) ?? 'zh-CN'
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  } catch (error) {
    io.err(cliText('badArgs', 'zh-CN', { reason: (error as Error).message }))
    return 2
  }
  const { values, positionals } = parsed
  const lang = pickLang(values.lang)
  if (values.help || positionals.length === 0) {
    io.out(cliText('usage', lang))
    return positionals.length === 0 && !values.help ? 2 : 0
  }
  const key = positionals.slice(0, 2).join(' ')
  const command = COMMANDS[key]
  if (!command) {
    io.err(cliText('unknownCommand', lang, { command: key }))
    io.err(cliText('usage', lang))
    return 2
  }
  const args = positionals.slice(2)
  if (args.length !== command.arity) {
    io.err(cliText('badArgs', lang, { reason: `${key}: ${command.arity} ← ${args.length}` }))
    return 2
  }
  const app = openCliApp(values.db)
  try {
    return await command.run({ app, io, lang, json: values.json }, args)
  } finally {
    app.close()
  }
}
