import type { ParseArgsConfig } from 'node:util'
import type { Lang } from '../domain/issue'
import type { CliContext } from './context'

export type OptionValues = Record<string, string | boolean | string[] | undefined>

/** One `kaitong` command: its words, positional arguments, own options and help line. */
export interface CommandSpec {
  /** The command words, e.g. `draft export`. */
  name: string
  /** Positional argument names for usage, e.g. `['<id>', '<file.json>']`. */
  args: readonly string[]
  /** Options beyond the common ones (`--db`, `--lang`, `--json`, `--help`). */
  options?: NonNullable<ParseArgsConfig['options']>
  /** The options part of the usage line, e.g. `--platform <p> [--cert file]`. */
  optionsUsage?: string
  summary: Record<Lang, string>
  run(ctx: CliContext, args: string[], options: OptionValues): Promise<number>
}
