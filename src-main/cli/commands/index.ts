import type { CommandSpec } from '../command'
import { BACKUP_COMMANDS } from './backup'
import { BUNDLE_COMMANDS } from './bundles'
import { DOCUMENT_COMMANDS } from './documents'
import { DRAFT_COMMANDS } from './drafts'
import { IMPORT_COMMANDS } from './imports'
import { HISTORY_COMMANDS } from './history'
import { MEDIA_COMMANDS } from './media'
import { PORTFOLIO_COMMANDS } from './portfolio'
import { PRECHECK_COMMANDS } from './precheck'
import { PAYLOAD_COMMANDS } from './payload'
import { SUBMISSION_COMMANDS } from './submissions'
import { SUBMIT_COMMANDS } from './submit'
import { SUBMIT_MANY_COMMANDS } from './submit-many'
import { VALIDATE_COMMANDS } from './validate'
import { TEAM_COMMANDS } from './team'

/** Every command, in the order `kaitong --help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  ...PORTFOLIO_COMMANDS,
  ...DRAFT_COMMANDS,
  ...IMPORT_COMMANDS,
  ...HISTORY_COMMANDS,
  ...VALIDATE_COMMANDS,
  ...PRECHECK_COMMANDS,
  ...BUNDLE_COMMANDS,
  ...MEDIA_COMMANDS,
  ...DOCUMENT_COMMANDS,
  ...PAYLOAD_COMMANDS,
  ...BACKUP_COMMANDS,
  ...SUBMISSION_COMMANDS,
  ...SUBMIT_COMMANDS,
  ...TEAM_COMMANDS,
  ...SUBMIT_MANY_COMMANDS
]
