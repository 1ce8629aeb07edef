import type { CommandSpec } from '../command'
import { DRAFT_COMMANDS } from './drafts'
import { VALIDATE_COMMANDS } from './validate'

/** Every command, in the order `kaitong --help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [...DRAFT_COMMANDS, ...VALIDATE_COMMANDS]
