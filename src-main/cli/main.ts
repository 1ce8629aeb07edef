import { parseArgs, type ParseArgsConfig } from 'node:util'
import { LANGS, type Lang } from '../domain/issue'
import type { CommandSpec, OptionValues } from './command'
import { COMMANDS } from './commands'
import type { OpenedApp } from '../api'
import { openCliApp } from './context'
import { cliText } from './messages'
import { describeError, processIo, type Io } from './output'
import { KaitongError } from '../api/result'
import { storageFailure } from '../store/errors'

const COMMON_OPTIONS = {
  db: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false }
} satisfies NonNullable<ParseArgsConfig['options']>

function pickLang(value: unknown): Lang {
  return LANGS.find((lang) => lang === value) ?? 'zh-CN'
}

export function usage(lang: Lang): string {
  const lines = COMMANDS.map((command) => {
    const head = [command.name, ...command.args, command.optionsUsage ?? ''].join(' ').trim()
    // A long command line gets its summary on the next line, indented.
    return head.length <= 40
      ? `  ${head.padEnd(40)} ${command.summary[lang]}`
      : `  ${head}\n  ${''.padEnd(40)} ${command.summary[lang]}`
  })
  return [
    cliText('usageHead', lang),
    '',
    cliText('commands', lang),
    ...lines,
    '',
    cliText('commonOptions', lang)
  ].join('\n')
}

/** The command whose words start the positionals (longest match first). */
function findCommand(positionals: string[]): CommandSpec | undefined {
  return [...COMMANDS]
    .sort((a, b) => b.name.split(' ').length - a.name.split(' ').length)
    .find((command) => command.name.split(' ').every((word, i) => positionals[i] === word))
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  // First pass only finds the command and the language; the second is strict.
  const loose = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: COMMON_OPTIONS
  })
  const lang = pickLang(loose.values.lang)
  if (loose.positionals.length === 0) {
    if (loose.values.help) {
      io.out(usage(lang))
      return 0
    }
    io.err(usage(lang))
    return 2
  }
  const command = findCommand(loose.positionals)
  if (!command) {
    io.err(cliText('unknownCommand', lang, { command: loose.positionals.join(' ') }))
    io.err(usage(lang))
    return 2
  }
  let values: OptionValues
  let args: string[]
  try {
    const strict = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...COMMON_OPTIONS, ...command.options }
    })
    values = strict.values
    args = strict.positionals.slice(command.name.split(' ').length)
  } catch (error) {
    io.err(cliText('badArgs', lang, { reason: (error as Error).message }))
    return 2
  }
  if (values['help']) {
    io.out(usage(lang))
    return 0
  }
  // `[name]` arguments are optional; `<name>` ones are required.
  const required = command.args.filter((name) => !name.startsWith('[')).length
  if (args.length < required || args.length > command.args.length) {
    io.err(
      cliText('wrongArity', lang, {
        command: command.name,
        expected:
          required === command.args.length ? required : `${required}–${command.args.length}`,
        names: command.args.join(' '),
        got: args.length
      })
    )
    return 2
  }
  const json = values['json'] === true
  const db = typeof values['db'] === 'string' ? values['db'] : undefined
  let opened: OpenedApp | undefined
  const app = () => (opened ??= openCliApp(db, io, lang))
  try {
    return await command.run({ app, io, lang, json, dbPath: db }, args, values)
  } catch (error) {
    io.err(failureMessage(error, lang))
    return 1
  } finally {
    opened?.close()
  }
}

/**
 * Every failure a command did not answer itself (a damaged or newer database, a full disk,
 * a folder that cannot be created) becomes one message: never a stack trace.
 */
function failureMessage(error: unknown, lang: Lang): string {
  const known = error instanceof KaitongError ? error : storageFailure(error)
  if (known) return describeError(known.toApiError(), lang)
  const reason = error instanceof Error ? error.message : String(error)
  return cliText('unexpected', lang, { reason })
}
