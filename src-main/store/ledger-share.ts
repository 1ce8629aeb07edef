import type { Submission } from './submissions'

/**
 * The submission ledger as colleagues share it. The ledger itself is always read and written
 * in the local file (store/submissions.ts, the working copy on a team store); this port
 * carries it to and from the team store and keeps two operators from sending one
 * application. On a local store there is no one to share with (`LOCAL_LEDGER`).
 */
export interface LedgerShare {
  /**
   * Colleagues' bundles, attempts and events into the local ledger (one draft, or all; for all,
   * what this computer wrote while the team store was away is published first).
   */
  bring(draftId?: string): Promise<void>
  /** The draft's local ledger to the team store, recorded under this operator's name. */
  publish(draftId: string): Promise<void>
  /**
   * Holds the application for this operator while it is sent. Refused (`submit.being_sent`,
   * `submit.sent_by`, naming who and when) when a colleague is sending it or has sent it.
   */
  claim(submission: Submission): Promise<SendClaim>
}

export interface SendClaim {
  /** After each finished step: the team store has it (and the claim is renewed) before the next. */
  stepRecorded(): Promise<void>
  /** The run ended, however: the ledger is published, then the claim let go. */
  release(): Promise<void>
}

const NOTHING = () => Promise.resolve()

export const LOCAL_LEDGER: LedgerShare = {
  bring: NOTHING,
  publish: NOTHING,
  claim: () => Promise.resolve({ stepRecorded: NOTHING, release: NOTHING })
}
