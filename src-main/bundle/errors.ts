import type { Issue, IssueParams } from '../domain/issue'
import { KaitongError } from '../api/result'
import type { BundleMessageCode } from '../domain/bundle-messages'
import { formatMessage } from '../platforms/messages'

/** Why a bundle could not be built or written; the router passes it on as an ApiError. */
export type BundleErrorCode = Extract<
  BundleMessageCode,
  | 'bundle.precheck_errors'
  | 'bundle.invalid_revision_time'
  | 'bundle.invalid_call_name'
  | 'bundle.invalid_pointer'
  | 'bundle.media_missing'
  | 'bundle.media_mismatch'
  | 'bundle.disk_full'
  | 'bundle.no_permission'
  | 'bundle.file_in_use'
  | 'bundle.folder_missing'
  | 'bundle.write_failed'
>

export class BundleError extends KaitongError {
  declare readonly code: BundleErrorCode
  declare readonly params: IssueParams

  constructor(code: BundleErrorCode, params: IssueParams, issues?: Issue[], cause?: unknown) {
    super(code, params, issues)
    this.name = 'BundleError'
    // English text for logs and the CLI's stderr; the UI renders the code itself.
    this.message = formatMessage(code, 'en', params)
    if (cause !== undefined) this.cause = cause
  }
}
