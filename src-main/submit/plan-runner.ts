import { KaitongError } from '../api/result'
import { replaceAt, valueAt } from '../bundle/json-pointer'
import type { BundleManifest } from '../bundle/manifest'
import { mediaIdMarker } from '../platforms/listing-payload'
import type { BundleFiles } from './bundle-files'
import {
  GatewayFailure,
  type MediaUse,
  type PlatformGateway,
  type ReadyCall,
  type StepAnswer
} from './gateway'
import { withRetry, type RetryPolicy } from './retry'

/**
 * One step of a bundle's plan: a picture upload the bundle asks for without a call of its
 * own (WeChat Pay's media upload), or one of the bundle's calls, in the manifest's order.
 * `key` names the step in the ledger, so a resumed run recognises what it already did.
 */
export type PlanStep =
  { kind: 'upload'; key: string; media: string } | { kind: 'call'; key: string; file: string }

type MediaEntry = BundleManifest['mediaToUpload'][number]

/**
 * The payload file of the bundle's own call that uploads `media` (WeChat's
 * `cgi-bin/media/upload`, `wxa/uploadmedia`), when it has one: its answer holds the id.
 */
function uploadCallOf(bundle: BundleFiles, media: string): string | undefined {
  return bundle.manifest.calls.find((file) =>
    Object.values(bundle.payload(file).files ?? {}).includes(media)
  )
}

/** The step whose answer fills a media placeholder. */
function mediaStep(bundle: BundleFiles, entry: MediaEntry): string {
  if (entry.source?.callFile) return `call:${entry.source.callFile}`
  if (entry.source) return `upload:${entry.media}`
  const call = uploadCallOf(bundle, entry.media)
  return call ? `call:${call}` : `upload:${entry.media}`
}

/** The steps a bundle's manifest lists, uploads first since every later call may name their ids. */
export function planSteps(bundle: BundleFiles): PlanStep[] {
  const uploads = [
    ...new Set(
      bundle.manifest.mediaToUpload
        .filter((entry) => mediaStep(bundle, entry).startsWith('upload:'))
        .map((entry) => entry.media)
    )
  ]
    .sort()
    .map((media): PlanStep => ({ kind: 'upload', key: `upload:${media}`, media }))
  const calls = bundle.manifest.calls.map((file): PlanStep => ({
    kind: 'call',
    key: `call:${file}`,
    file
  }))
  return [...uploads, ...calls]
}

/** What stands in a value until the run knows it, for the dry run. */
export interface Substitutes {
  /** The id an earlier step returned, or the stand-in naming it. */
  answerOf(stepKey: string, field: string): unknown
  /** The id an upload step's answer carries, in the platform's own field. */
  mediaIdOf(stepKey: string): unknown
  /** A plaintext value encrypted with the current key, or its masked stand-in. */
  encrypt(plaintext: string): string
  keyId?: string
}

function answerField(answer: StepAnswer | undefined, field: string): unknown {
  return answer?.answer[field]
}

/**
 * A call of the bundle exactly as its payload file says, with only the listed placeholders
 * filled: media ids from the uploads, values from earlier answers, and the fields to encrypt.
 * Values Kaitong encrypted at export are sent as they are, with the key id they name.
 */
export function readyCall(bundle: BundleFiles, file: string, with_: Substitutes): ReadyCall {
  const payload = bundle.payload(file)
  const body = structuredClone(payload.body)
  const { manifest } = bundle
  const fill = (pointer: string, value: unknown) => {
    if (value === undefined || !replaceAt(body, pointer, value)) {
      throw new KaitongError('submit.placeholder_unfilled', { file, pointer })
    }
  }
  for (const entry of manifest.mediaToUpload.filter((item) => item.file === file)) {
    const step = mediaStep(bundle, entry)
    const id = entry.source ? with_.answerOf(step, entry.source.field) : with_.mediaIdOf(step)
    const current = valueAt(body, entry.pointer)
    const marker = mediaIdMarker(entry.media)
    // A marker inside a longer value (Baidu's comma list, its categories JSON string).
    if (typeof current === 'string' && current !== marker && current.includes(marker)) {
      if (typeof id !== 'string') {
        throw new KaitongError('submit.placeholder_unfilled', { file, pointer: entry.pointer })
      }
      fill(entry.pointer, current.replaceAll(marker, id))
    } else {
      fill(entry.pointer, id)
    }
  }
  for (const entry of manifest.fromResponses.filter((item) => item.file === file)) {
    const step = entry.source.callFile ? `call:${entry.source.callFile}` : ''
    fill(entry.pointer, with_.answerOf(step, entry.source.field))
  }
  const toEncrypt = manifest.toEncrypt.filter((item) => item.file === file)
  for (const entry of toEncrypt) {
    const plaintext = valueAt(body, entry.pointer)
    if (typeof plaintext !== 'string') {
      throw new KaitongError('submit.placeholder_unfilled', { file, pointer: entry.pointer })
    }
    fill(entry.pointer, with_.encrypt(plaintext))
  }
  const encrypted = manifest.encrypted.filter((item) => item.file === file)
  const exportedKey = encrypted[0]?.keyId
  // Ciphertext made with a key the platform has since replaced cannot be decrypted there.
  if (exportedKey && with_.keyId && exportedKey !== with_.keyId) {
    throw new KaitongError('submit.bundle_key_outdated', { keyId: exportedKey })
  }
  const keyId = exportedKey ?? (toEncrypt.length > 0 ? with_.keyId : undefined)
  const files = Object.entries(payload.files ?? {}).map(([field, path]) => ({
    field,
    path,
    bytes: bundle.bytes(path)
  }))
  return { file, payload, body, files, ...(keyId ? { keyId } : {}) }
}

/** Where a run records each finished step, and what it finished before. */
export interface StepJournal {
  finished(): Map<string, StepAnswer>
  /** Awaited before the next step (a team store hears of each step before the next is sent). */
  record(step: PlanStep, index: number, answer: StepAnswer): void | Promise<void>
}

export interface RunProgress {
  done: number
  total: number
  step: PlanStep
  /** Set while waiting before a retry. */
  retryInMs?: number
}

export interface RunOptions {
  bundle: BundleFiles
  gateway: PlatformGateway
  journal: StepJournal
  retry: RetryPolicy
  onProgress?: (progress: RunProgress) => void
  /** Checked between steps: the job's cancel. */
  cancelled?: () => boolean
}

/**
 * Executes the plan literally, one step at a time, recording each answer before the next
 * step starts: a run stopped anywhere resumes at the first unfinished step and never sends a
 * finished one again. A call's `waitFor` is met by the steps before it having finished.
 */
export async function runPlan(options: RunOptions): Promise<Map<string, StepAnswer>> {
  const { bundle, gateway, journal } = options
  const steps = planSteps(bundle)
  const finished = journal.finished()
  const substitutes: Substitutes = {
    answerOf: (step, field) => answerField(finished.get(step), field),
    mediaIdOf: (step) => {
      const answer = finished.get(step)
      return answer ? gateway.mediaIdOf(answer.answer) : undefined
    },
    encrypt: (plaintext) => {
      if (!gateway.encryptor) throw new KaitongError('submit.platform_key_missing')
      return gateway.encryptor.encrypt(plaintext)
    },
    ...(gateway.encryptor ? { keyId: gateway.encryptor.keyId } : {})
  }
  for (const [index, step] of steps.entries()) {
    if (finished.has(step.key)) continue
    if (options.cancelled?.()) throw new KaitongError('jobs.cancelled')
    options.onProgress?.({ done: index, total: steps.length, step })
    const send = async (): Promise<StepAnswer> => {
      if (step.kind === 'upload') {
        const uses: MediaUse[] = bundle.manifest.mediaToUpload
          .filter((entry) => entry.media === step.media)
          .map((entry) => ({ file: entry.file, pointer: entry.pointer }))
        return gateway.upload({ path: step.media, bytes: bundle.bytes(step.media), uses })
      }
      const ready = readyCall(bundle, step.file, substitutes)
      // A condition the platform must meet first (a review, a detection) is asked, not assumed.
      if (ready.payload.waitFor && gateway.waitFor) {
        const pending = await gateway.waitFor(ready, finished)
        if (pending) throw new GatewayFailure('waiting', pending.code, pending.text)
      }
      return gateway.send(ready)
    }
    const answer = await withRetry(send, options.retry, (_failure, waitMs) =>
      options.onProgress?.({ done: index, total: steps.length, step, retryInMs: waitMs })
    )
    await journal.record(step, index, answer)
    finished.set(step.key, answer)
  }
  return finished
}

const MASK = '••••'

/**
 * The dry run: every step with the body that would be sent, ids still to come named by the
 * step that returns them, values to encrypt masked.
 */
export function previewPlan(bundle: BundleFiles, keyId: string | undefined) {
  const substitutes: Substitutes = {
    answerOf: (step, field) => `‹${field} ← ${step.replace(/^(upload|call):/, '')}›`,
    mediaIdOf: (step) => `‹id ← ${step.replace(/^(upload|call):/, '')}›`,
    encrypt: () => (keyId ? `‹${MASK} → RSA-OAEP ${keyId}›` : `‹${MASK}›`),
    ...(keyId ? { keyId } : {})
  }
  return planSteps(bundle).map((step) => {
    if (step.kind === 'upload') {
      return { key: step.key, kind: step.kind, call: '', body: {}, files: [step.media] }
    }
    const call = readyCall(bundle, step.file, substitutes)
    const encrypted = bundle.manifest.encrypted.filter((entry) => entry.file === step.file)
    // Ciphertext from the export is not secret, but is noise to a reader: shortened.
    for (const entry of encrypted) replaceAt(call.body, entry.pointer, `‹${MASK} ${entry.keyId}›`)
    return {
      key: step.key,
      kind: step.kind,
      call: call.payload.call,
      body: call.body,
      files: call.files.map((file) => file.path),
      ...(call.payload.waitFor ? { waitFor: call.payload.waitFor } : {})
    }
  })
}
