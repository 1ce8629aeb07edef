import { existsSync } from 'node:fs'
import { KaitongError } from '../api/result'
import { merchantName } from '../bundle'
import { repeatsState, type StatusReading, type SubmissionIds } from '../domain/ledger'
import { localDateTime } from '../domain/local-date'
import type { PlatformId } from '../platforms/adapter'
import { readStatusAnswer, UnrecognisedAnswer } from '../platforms/status'
import { reason, text } from '../platforms/status/answers'
import type { DraftsRepo } from '../store/drafts'
import type { ExportRecord, ExportsRepo } from '../store/exports'
import { LOCAL_LEDGER, type LedgerShare } from '../store/ledger-share'
import type { Submission, SubmissionsRepo } from '../store/submissions'
import { createAlipayGateway } from './alipay-gateway'
import { readBundleFiles, type BundleFiles } from './bundle-files'
import {
  alipayAppAuthToken,
  alipayCredentials,
  listingToken,
  wechatPayCredentials,
  type Profiles,
  type SubmitProfile
} from './credentials'
import { merchantKey } from '../domain/submit-profile'
import { createListingGateway } from './listing-gateway'
import { GatewayFailure, type PlatformGateway, type StepAnswer } from './gateway'
import { planSteps, previewPlan, runPlan, type RunProgress, type StepJournal } from './plan-runner'
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry'
import { createWechatPayGateway } from './wechat-pay-gateway'

/** Whether a profile holds what sending to (or asking) a platform takes. */
function reaches(profile: SubmitProfile, platform: PlatformId): boolean {
  if (platform === 'wechat-pay') return profile.wechatPay !== undefined
  if (platform === 'alipay' || platform === 'alipay-mp') return profile.alipay !== undefined
  return profile.listing?.[platform] !== undefined
}

// The renderer asks for the same second confirmation, so the rule lives with the platforms.
export { hasSandbox } from '../platforms/sandbox'

export interface SubmitDeps {
  drafts: DraftsRepo
  submissions: SubmissionsRepo
  exports: ExportsRepo
  profiles: Profiles
  /** How many precheck errors the draft has for the platform now. */
  precheckErrors: (draftId: string, platform: PlatformId) => Promise<number>
  /** On a team store: colleagues' ledger, and the claim that keeps a send from happening twice. */
  ledger?: LedgerShare
  now?: () => Date
}

/** The gateway for a platform, with the merchant's own token where the platform needs one. */
async function platformGateway(
  platform: PlatformId,
  profile: SubmitProfile,
  now: Date,
  merchant: string
): Promise<PlatformGateway> {
  const timeout = profile.timeoutMs ? { timeoutMs: profile.timeoutMs } : {}
  switch (platform) {
    case 'wechat-pay':
      return createWechatPayGateway({
        credentials: wechatPayCredentials(profile, now),
        ...(profile.wechatPay?.baseUrl ? { baseUrl: profile.wechatPay.baseUrl } : {}),
        ...timeout
      })
    case 'alipay':
    case 'alipay-mp': {
      const appAuthToken = alipayAppAuthToken(profile, merchant)
      return createAlipayGateway({
        credentials: alipayCredentials(profile, now),
        sandbox: profile.environment === 'sandbox',
        ...(appAuthToken ? { appAuthToken } : {}),
        ...timeout
      })
    }
    default: {
      const baseUrl = profile.listing?.[platform]?.baseUrl
      return createListingGateway({
        platform,
        token: await listingToken(profile, platform, merchant, profile.timeoutMs),
        ...(baseUrl ? { baseUrl } : {}),
        ...timeout
      })
    }
  }
}

/** One finished step as the ledger's event keeps it (`raw`), tied to the bundle it belongs to. */
interface StepRecord extends StepAnswer {
  step: string
  index: number
  bundleSha256: string
}

function ledgerJournal(
  deps: SubmitDeps,
  submission: Submission,
  now: () => Date,
  afterStep?: () => Promise<void>
): StepJournal {
  return {
    finished() {
      const done = new Map<string, StepAnswer>()
      for (const raw of deps.submissions.submitAnswers(submission.id)) {
        const record = JSON.parse(raw) as Partial<StepRecord>
        // Steps of an earlier bundle of this attempt (exported again before sending) do not count.
        if (!record.step || record.bundleSha256 !== submission.bundleSha256) continue
        done.set(record.step, { requestId: record.requestId ?? '', answer: record.answer ?? {} })
      }
      return done
    },
    record(step, index, answer) {
      const record: StepRecord = {
        step: step.key,
        index,
        bundleSha256: submission.bundleSha256,
        ...answer
      }
      deps.submissions.apply(
        submission,
        {
          platformState: `submit:${step.key}`,
          lifecycle: 'exported',
          ids: {},
          reasons: [],
          links: [],
          requestId: answer.requestId
        },
        'submit',
        now().toISOString(),
        JSON.stringify(record)
      )
      return afterStep?.()
    }
  }
}

/** The ids the platform gave for the application, from the answers and the bundle. */
function sentIds(
  platform: PlatformId,
  bundle: BundleFiles,
  finished: Map<string, StepAnswer>
): SubmissionIds {
  const answers = [...finished.values()].map((found) => found.answer)
  // WeChat Pay answers applyment_id as a JSON number.
  const first = (field: string) =>
    answers.map((answer) => text(answer[field])).find((value) => value !== undefined)
  if (platform === 'wechat-pay') {
    const last = bundle.manifest.calls.at(-1)
    const code = last ? bundle.payload(last).body['business_code'] : undefined
    return {
      ...(typeof code === 'string' ? { businessCode: code } : {}),
      ...(first('applyment_id') ? { applymentId: first('applyment_id')! } : {})
    }
  }
  if (platform === 'alipay-mp') {
    const apply = bundle.manifest.calls.at(-1)
    const version = apply ? bundle.payload(apply).body['app_version'] : undefined
    return typeof version === 'string' ? { version } : {}
  }
  if (platform !== 'alipay') {
    // WeChat's submit_audit answers `auditid`; Douyin and Baidu answer no id of their own.
    return first('auditid') ? { auditId: first('auditid')! } : {}
  }
  const orderId = first('order_id') ?? first('order_no')
  return {
    ...(first('batch_no') ? { batchNo: first('batch_no')! } : {}),
    ...(orderId ? { orderId } : {})
  }
}

/** The failures a merchant can act on, each with its own message. */
function failureError(failure: GatewayFailure, platform: PlatformId): KaitongError {
  const params = { platform, code: failure.code, requestId: failure.requestId }
  switch (failure.kind) {
    case 'signature':
      return new KaitongError('submit.signature_rejected', params)
    case 'clock':
      return new KaitongError('submit.clock_skew', params)
    case 'answerSignature':
      return new KaitongError('submit.answer_signature', params)
    case 'answerKeyUnknown':
      return new KaitongError('submit.answer_key_unknown', params)
    case 'transient':
      return new KaitongError('submit.platform_unavailable', params)
    case 'waiting':
      return new KaitongError('submit.waiting', { ...params, reason: failure.text })
    case 'token':
      return new KaitongError('submit.token_rejected', params)
    case 'business':
      return new KaitongError('submit.rejected', { ...params, reason: failure.text })
  }
}

export interface SubmitRequest {
  draftId: string
  platform: PlatformId
  profile: string
  onProgress?: (progress: RunProgress) => void
  cancelled?: () => boolean
}

export function createSubmitService(deps: SubmitDeps) {
  const now = deps.now ?? (() => new Date())
  // The platforms' SDKs (or HTTPS with the token) always; tests point base URLs at 127.0.0.1.
  const gatewayFor = platformGateway
  const merchantOf = (draftId: string) =>
    merchantKey(deps.drafts.get(draftId).content.merchant.licence.creditCode)
  const retryFor = (profile: SubmitProfile): RetryPolicy => ({
    ...DEFAULT_RETRY,
    ...(profile.retryBaseMs ? { baseDelayMs: profile.retryBaseMs } : {})
  })

  /** On a team store, who sent the attempt and when (a colleague, or this operator earlier). */
  function sentBy(submission: Submission): KaitongError | undefined {
    const sent = deps.submissions
      .events(submission.id)
      .find((event) => event.lifecycle !== 'exported' || event.source === 'submit')
    if (!sent?.author) return undefined
    const at = localDateTime(new Date(sent.at))
    return new KaitongError('submit.sent_by', {
      platform: submission.platform,
      operator: sent.author,
      at
    })
  }

  /**
   * The bundle to send from this computer. A colleague's export names a file on their
   * computer: the same bundle exported here (bundles are deterministic) is used instead.
   */
  function bundleHere(submission: Submission, record: ExportRecord): ExportRecord {
    if (existsSync(record.path)) return record
    const here = deps.exports
      .forRevision(submission.draftId, submission.platform, submission.revision)
      .find((found) => found.sha256 === record.sha256 && existsSync(found.path))
    if (here) return here
    if (record.author)
      throw new KaitongError('submit.exported_elsewhere', { operator: record.author })
    return record
  }

  /** The attempt and its bundle, refused where sending would be wrong. */
  async function prepare(draftId: string, platform: PlatformId) {
    await deps.ledger?.bring(draftId)
    const draft = deps.drafts.get(draftId)
    const submission = deps.submissions.latestOf(draftId, platform)
    const exported = submission?.exportId ? deps.exports.get(submission.exportId) : undefined
    if (!submission || !exported) throw new KaitongError('submit.export_first', { platform })
    if (submission.lifecycle !== 'exported') {
      const colleague = sentBy(submission)
      if (colleague) throw colleague
    }
    if (submission.lifecycle === 'approved') {
      throw new KaitongError('submit.already_approved', { platform })
    }
    if (submission.lifecycle !== 'exported') {
      throw new KaitongError('submit.already_sent', { platform, lifecycle: submission.lifecycle })
    }
    if (submission.revision !== draft.revision) throw new KaitongError('submit.export_stale')
    const errors = await deps.precheckErrors(draftId, platform)
    if (errors > 0) throw new KaitongError('submit.precheck_errors', { count: errors })
    const bundle = await readBundleFiles(bundleHere(submission, exported).path)
    return {
      platform,
      submission,
      bundle,
      merchant: merchantName({ title: draft.title, content: draft.content })
    }
  }

  /** Records a business refusal as the attempt's rejection, each reason on its field. */
  function rejected(submission: Submission, failure: GatewayFailure): Submission {
    const reading: StatusReading = {
      platformState: failure.code,
      lifecycle: 'rejected',
      ids: {},
      reasons: [reason(failure.text, failure.field)],
      links: [],
      requestId: failure.requestId
    }
    return deps.submissions.apply(
      submission,
      reading,
      'submit',
      now().toISOString(),
      JSON.stringify({ code: failure.code, message: failure.text, field: failure.field })
    )
  }

  /** The run itself, once the application is held for this operator. */
  async function sendClaimed(
    request: SubmitRequest,
    prepared: Awaited<ReturnType<typeof prepare>>,
    afterStep: () => Promise<void>
  ): Promise<Submission> {
    const profile = deps.profiles.get(request.profile)
    const gateway = await gatewayFor(prepared.platform, profile, now(), merchantOf(request.draftId))
    const { submission, bundle } = prepared
    let finished: Map<string, StepAnswer>
    try {
      finished = await runPlan({
        bundle,
        gateway,
        journal: ledgerJournal(deps, submission, now, afterStep),
        retry: retryFor(profile),
        ...(request.onProgress ? { onProgress: request.onProgress } : {}),
        ...(request.cancelled ? { cancelled: request.cancelled } : {})
      })
    } catch (error) {
      if (!(error instanceof GatewayFailure)) throw error
      if (error.kind === 'business') return rejected(submission, error)
      throw failureError(error, prepared.platform)
    }
    const last = planSteps(bundle).at(-1)
    return deps.submissions.apply(
      submission,
      {
        platformState: 'submitted',
        lifecycle: 'submitted',
        ids: sentIds(prepared.platform, bundle, finished),
        reasons: [],
        links: [],
        requestId: (last && finished.get(last.key)?.requestId) ?? ''
      },
      'submit',
      now().toISOString(),
      ''
    )
  }

  return {
    /** The dry run: what would be sent, step by step, secrets masked; nothing leaves the computer. */
    async preview(draftId: string, platform: PlatformId, profileName: string) {
      const prepared = await prepare(draftId, platform)
      const profile = deps.profiles.get(profileName)
      // The profile is checked for this platform, but no token is fetched for a dry run.
      let keyId: string | undefined
      if (prepared.platform === 'wechat-pay') {
        keyId = wechatPayCredentials(profile, now()).platformKey.keyId
      } else if (prepared.platform === 'alipay' || prepared.platform === 'alipay-mp') {
        alipayCredentials(profile, now())
      } else if (!reaches(profile, prepared.platform)) {
        throw new KaitongError('submit.cred_missing', { platform: prepared.platform })
      }
      const done = ledgerJournal(deps, prepared.submission, now).finished()
      return {
        merchant: prepared.merchant,
        platform: prepared.platform,
        profile: profile.name,
        environment: profile.environment,
        steps: previewPlan(prepared.bundle, keyId).map((step) => ({
          ...step,
          done: done.has(step.key)
        }))
      }
    },

    /** Sends the plan (or what is left of it) and records every step in the ledger. */
    async send(request: SubmitRequest): Promise<Submission> {
      const prepared = await prepare(request.draftId, request.platform)
      const { submission } = prepared
      // Held on the team store until the run ends: a colleague pressing send meanwhile is told
      // who is sending; a crashed sender's claim lapses (store/pg/submissions.ts).
      const claim = await (deps.ledger ?? LOCAL_LEDGER).claim(submission)
      try {
        return await sendClaimed(request, prepared, () => claim.stepRecorded())
      } finally {
        await claim.release().catch(() => undefined)
      }
    },

    /** Asks the platform where each sent attempt stands and records the answer. */
    async refresh(profileName: string, draftId?: string): Promise<Submission[]> {
      const profile = deps.profiles.get(profileName)
      // A colleague's answer already recorded is not asked for (nor added) again.
      await deps.ledger?.bring(draftId)
      const open = (
        draftId ? deps.submissions.listForDraft(draftId) : deps.submissions.latestEverywhere()
      )
        .filter((item) => ['submitted', 'inReview', 'actionNeeded'].includes(item.lifecycle))
        // Attempts on platforms this profile does not reach are left for another profile.
        .filter((item) => reaches(profile, item.platform))
      const updated: Submission[] = []
      for (const submission of open) {
        const platform = submission.platform
        let answer: StepAnswer
        try {
          const gateway = await gatewayFor(platform, profile, now(), merchantOf(submission.draftId))
          answer = await withRetry(() => gateway.query(submission.ids), retryFor(profile))
        } catch (error) {
          if (error instanceof GatewayFailure) throw failureError(error, platform)
          throw error
        }
        let reading: StatusReading
        try {
          reading = readStatusAnswer(platform, answer.answer, now())
        } catch (error) {
          if (error instanceof UnrecognisedAnswer) {
            throw new KaitongError('ledger.unrecognised_answer', { platform })
          }
          throw error
        }
        // Polled every few minutes: an answer that changes nothing adds no line to the timeline.
        if (repeatsState(submission, reading)) {
          updated.push(submission)
          continue
        }
        updated.push(
          deps.submissions.apply(
            submission,
            { ...reading, requestId: answer.requestId },
            'submit',
            now().toISOString(),
            JSON.stringify(answer.answer)
          )
        )
        await deps.ledger?.publish(submission.draftId)
      }
      return updated
    }
  }
}

export type SubmitService = ReturnType<typeof createSubmitService>
