import type { SubmissionIds } from '../domain/ledger'
import type { PayloadEncryptor } from '../keys/wechat-pay-encryptor'
import type { PayloadFile } from './bundle-files'

/** What a platform answered to one step, kept in the ledger so a resumed run can use it. */
export interface StepAnswer {
  requestId: string
  answer: Record<string, unknown>
}

/** A call ready to go: the bundle's body with its placeholders filled, and its files. */
export interface ReadyCall {
  file: string
  payload: PayloadFile
  body: Record<string, unknown>
  files: { field: string; path: string; bytes: Uint8Array }[]
  /** The platform key id the encrypted fields were encrypted with (WeChat Pay: Wechatpay-Serial). */
  keyId?: string
}

/**
 * Why a step failed, in the terms that decide what happens next: `transient` is retried
 * with backoff (429, 5xx, timeouts, a dropped connection), anything else stops the run.
 */
export type FailureKind =
  | 'transient'
  /** The platform refused the content (PARAM_ERROR, INVALID_REQUEST, 40004): a rejection. */
  | 'business'
  /** The platform refused our signature or key (SIGN_ERROR, invalid-signature). */
  | 'signature'
  /** The answer's signature did not verify with the platform key we hold. */
  | 'answerSignature'
  /** The answer names a platform key id we do not hold. */
  | 'answerKeyUnknown'
  /** This computer's clock and the platform's differ by more than the platform allows. */
  | 'clock'
  /** A step's `waitFor` is not met yet (a review in progress): send again later to go on. */
  | 'waiting'
  /** The platform refused the access token (expired, or not this merchant's). */
  | 'token'

export class GatewayFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly code: string,
    readonly text: string,
    readonly requestId = '',
    /** The platform's name of the field the failure is about, when it says. */
    readonly field?: string
  ) {
    super(`${kind} ${code}: ${text}`)
    this.name = 'GatewayFailure'
  }
}

/** Where a picture's id goes: the call's payload file and the pointer in its body. */
export interface MediaUse {
  file: string
  pointer: string
}

/** A `waitFor` not met yet, in the platform's words. */
export interface Pending {
  code: string
  text: string
}

/** One platform as the plan runner sees it; the platform's SDK lives behind it. */
export interface PlatformGateway {
  /** Uploads one picture the bundle lists under `mediaToUpload` with no upload call of its own. */
  upload(media: { path: string; bytes: Uint8Array; uses: MediaUse[] }): Promise<StepAnswer>
  /** The id (or path, or URL) an upload's answer gives for a picture. */
  mediaIdOf(answer: Record<string, unknown>): unknown
  send(call: ReadyCall): Promise<StepAnswer>
  /**
   * Asks the platform whether a call's `waitFor` is met: nothing when it is, what is still
   * pending otherwise; a refusal found on the way (a name review failed) is thrown.
   */
  waitFor?(call: ReadyCall, earlier: ReadonlyMap<string, StepAnswer>): Promise<Pending | undefined>
  /** The status query for a sent attempt: the answer as the status readers take it. */
  query(ids: SubmissionIds): Promise<StepAnswer>
  /** Encrypts the values the bundle left as plaintext, with the platform key current now. */
  encryptor?: PayloadEncryptor
}
