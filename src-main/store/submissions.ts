import {
  isInFlight,
  type Lifecycle,
  type MerchantAction,
  type MerchantLink,
  type RejectionReason,
  type StatusReading,
  type SubmissionIds
} from '../domain/ledger'
import type { PlatformId } from '../platforms/adapter'
import type { WritableDb } from './connection'

export type EventSource = 'export' | 'manual' | 'import' | 'submit'

export interface SubmissionEvent {
  at: string
  source: EventSource
  lifecycle: Lifecycle
  platformState: string
  requestId: string
}

export interface Submission {
  id: number
  draftId: string
  draftTitle: string
  platform: PlatformId
  attempt: number
  exportId: number | null
  revision: number
  bundleSha256: string
  licenceCode: string
  ids: SubmissionIds
  platformState: string
  lifecycle: Lifecycle
  action: MerchantAction | null
  reasons: RejectionReason[]
  links: MerchantLink[]
  createdAt: string
  updatedAt: string
}

interface SubmissionRow {
  id: number
  draft_id: string
  draft_title: string
  platform: string
  attempt: number
  export_id: number | null
  revision: number
  bundle_sha256: string
  licence_code: string
  ids: string
  platform_state: string
  lifecycle: string
  action: string | null
  reasons: string
  links: string
  created_at: string
  updated_at: string
}

interface EventRow {
  at: string
  source: string
  lifecycle: string
  platform_state: string
  request_id: string
}

function rowToSubmission(row: SubmissionRow): Submission {
  return {
    id: row.id,
    draftId: row.draft_id,
    draftTitle: row.draft_title,
    platform: row.platform as PlatformId,
    attempt: row.attempt,
    exportId: row.export_id,
    revision: row.revision,
    bundleSha256: row.bundle_sha256,
    licenceCode: row.licence_code,
    ids: JSON.parse(row.ids) as SubmissionIds,
    platformState: row.platform_state,
    lifecycle: row.lifecycle as Lifecycle,
    action: row.action as MerchantAction | null,
    reasons: JSON.parse(row.reasons) as RejectionReason[],
    links: JSON.parse(row.links) as MerchantLink[],
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

function rowToEvent(row: EventRow): SubmissionEvent {
  return {
    at: row.at,
    source: row.source as EventSource,
    lifecycle: row.lifecycle as Lifecycle,
    platformState: row.platform_state,
    requestId: row.request_id
  }
}

export interface ExportedBundle {
  draftId: string
  platform: PlatformId
  exportId: number
  revision: number
  bundleSha256: string
  licenceCode: string
  at: string
}

/** The ledger: attempts per draft × platform and every state change, offline-first. */
/** Every read names the draft, so the board and the CLI can show whose attempt it is. */
const SELECT =
  'SELECT s.*, d.title AS draft_title FROM submissions s JOIN drafts d ON d.id = s.draft_id'

export function createSubmissionsRepo(db: WritableDb) {
  const latest = db.prepare(
    `${SELECT} WHERE s.draft_id = ? AND s.platform = ? ORDER BY s.attempt DESC LIMIT 1`
  )
  const byId = db.prepare(`${SELECT} WHERE s.id = ?`)
  const byDraft = db.prepare(`${SELECT} WHERE s.draft_id = ? ORDER BY s.platform, s.attempt DESC`)
  const latestEverywhere = db.prepare(
    `${SELECT} WHERE s.attempt = (SELECT MAX(attempt) FROM submissions o
       WHERE o.draft_id = s.draft_id AND o.platform = s.platform)`
  )
  const sameLicence = db.prepare(
    `${SELECT} WHERE s.licence_code = ? AND s.platform = ? AND s.draft_id <> ?
     AND s.lifecycle IN ('submitted', 'inReview', 'actionNeeded', 'approved')`
  )
  const insert = db.prepare(
    `INSERT INTO submissions (draft_id, platform, attempt, export_id, revision, bundle_sha256,
       licence_code, ids, lifecycle, created_at, updated_at)
     VALUES (@draftId, @platform, @attempt, @exportId, @revision, @bundleSha256, @licenceCode,
       @ids, @lifecycle, @at, @at)`
  )
  const updateExport = db.prepare(
    `UPDATE submissions SET export_id = @exportId, revision = @revision,
       bundle_sha256 = @bundleSha256, licence_code = @licenceCode, updated_at = @at WHERE id = @id`
  )
  const updateState = db.prepare(
    `UPDATE submissions SET ids = @ids, platform_state = @platformState, lifecycle = @lifecycle,
       action = @action, reasons = @reasons, links = @links, updated_at = @at WHERE id = @id`
  )
  const insertEvent = db.prepare(
    `INSERT INTO submission_events (submission_id, at, source, lifecycle, platform_state,
       request_id, raw) VALUES (@id, @at, @source, @lifecycle, @platformState, @requestId, @raw)`
  )
  const eventsOf = db.prepare(
    'SELECT at, source, lifecycle, platform_state, request_id FROM submission_events WHERE submission_id = ? ORDER BY at, id'
  )

  const submitAnswers = db.prepare(
    "SELECT raw FROM submission_events WHERE submission_id = ? AND source = 'submit' AND raw <> '' ORDER BY id"
  )

  function get(id: number): Submission | undefined {
    const row = byId.get(id) as SubmissionRow | undefined
    return row && rowToSubmission(row)
  }

  function latestOf(draftId: string, platform: PlatformId): Submission | undefined {
    const row = latest.get(draftId, platform) as SubmissionRow | undefined
    return row && rowToSubmission(row)
  }

  function addEvent(
    id: number,
    at: string,
    source: EventSource,
    reading: Partial<StatusReading> & { lifecycle: Lifecycle },
    raw = ''
  ) {
    insertEvent.run({
      id,
      at,
      source,
      lifecycle: reading.lifecycle,
      platformState: reading.platformState ?? '',
      requestId: reading.requestId ?? '',
      raw
    })
  }

  const recordExport = db.transaction((bundle: ExportedBundle): Submission | undefined => {
    const current = latestOf(bundle.draftId, bundle.platform)
    // A bundle not yet sent replaces the last one; one in flight or approved is left alone
    // (the precheck says why); after a rejection or cancellation the next attempt starts.
    if (current && (isInFlight(current.lifecycle) || current.lifecycle === 'approved')) {
      return undefined
    }
    if (current && current.lifecycle === 'exported') {
      updateExport.run({ ...bundle, id: current.id })
      addEvent(current.id, bundle.at, 'export', { lifecycle: 'exported' })
      return get(current.id)
    }
    const { lastInsertRowid } = insert.run({
      ...bundle,
      attempt: (current?.attempt ?? 0) + 1,
      ids: '{}',
      lifecycle: 'exported'
    })
    const id = Number(lastInsertRowid)
    addEvent(id, bundle.at, 'export', { lifecycle: 'exported' })
    return get(id)
  })

  /** The attempt an answer or a mark applies to: the latest, or a first one made by hand. */
  function attemptFor(draftId: string, platform: PlatformId, revision: number, at: string) {
    const current = latestOf(draftId, platform)
    if (current) return current
    const { lastInsertRowid } = insert.run({
      draftId,
      platform,
      attempt: 1,
      exportId: null,
      revision,
      bundleSha256: '',
      licenceCode: '',
      ids: '{}',
      lifecycle: 'exported',
      at
    })
    return get(Number(lastInsertRowid))!
  }

  const apply = db.transaction(
    (
      target: { draftId: string; platform: PlatformId; revision: number },
      reading: StatusReading,
      source: EventSource,
      at: string,
      raw: string
    ): Submission => {
      const current = attemptFor(target.draftId, target.platform, target.revision, at)
      updateState.run({
        id: current.id,
        ids: JSON.stringify({ ...current.ids, ...reading.ids }),
        platformState: reading.platformState,
        lifecycle: reading.lifecycle,
        action: reading.action ?? null,
        reasons: JSON.stringify(reading.reasons),
        links: JSON.stringify(reading.links),
        at
      })
      addEvent(current.id, at, source, reading, raw)
      return get(current.id)!
    }
  )

  return {
    get,
    latestOf,
    recordExport,
    apply,
    listForDraft(draftId: string): Submission[] {
      return (byDraft.all(draftId) as SubmissionRow[]).map(rowToSubmission)
    },
    /** The raw answers the plan runner recorded for an attempt, oldest first (what a resumed run reads). */
    submitAnswers(id: number): string[] {
      return (submitAnswers.all(id) as { raw: string }[]).map((row) => row.raw)
    },
    events(id: number): SubmissionEvent[] {
      return (eventsOf.all(id) as EventRow[]).map(rowToEvent)
    },
    /** Each draft's latest attempt per platform: what the board shows. */
    latestEverywhere(): Submission[] {
      return (latestEverywhere.all() as SubmissionRow[]).map(rowToSubmission)
    },
    /** Other drafts' live or approved attempts for the same licence on the same platform. */
    sameLicenceElsewhere(licenceCode: string, platform: PlatformId, draftId: string): Submission[] {
      if (!licenceCode) return []
      return (sameLicence.all(licenceCode, platform, draftId) as SubmissionRow[]).map(
        rowToSubmission
      )
    }
  }
}

export type SubmissionsRepo = ReturnType<typeof createSubmissionsRepo>
