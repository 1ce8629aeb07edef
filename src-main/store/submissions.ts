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
  /** Who recorded it, on a team store (absent on a local store). */
  author?: string
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
  /** Who opened the attempt, on a team store (absent on a local store). */
  author?: string
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
  author: string
}

interface EventRow {
  at: string
  source: string
  lifecycle: string
  platform_state: string
  request_id: string
  author: string
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
    updatedAt: row.updated_at,
    ...(row.author ? { author: row.author } : {})
  }
}

function rowToEvent(row: EventRow): SubmissionEvent {
  return {
    at: row.at,
    source: row.source as EventSource,
    lifecycle: row.lifecycle as Lifecycle,
    platformState: row.platform_state,
    requestId: row.request_id,
    ...(row.author ? { author: row.author } : {})
  }
}

/** An attempt with the times the quota and window rules read (domain/ledger-limits.ts). */
export interface AttemptTimes {
  id: number
  draftId: string
  platform: PlatformId
  attempt: number
  revision: number
  lifecycle: Lifecycle
  sentAt?: string
  uploadedAt?: string
}

interface AttemptTimesRow {
  id: number
  draft_id: string
  platform: string
  attempt: number
  revision: number
  lifecycle: string
  sent_at: string | null
  uploaded_at: string | null
}

function rowToTimes(row: AttemptTimesRow): AttemptTimes {
  return {
    id: row.id,
    draftId: row.draft_id,
    platform: row.platform as PlatformId,
    attempt: row.attempt,
    revision: row.revision,
    lifecycle: row.lifecycle as Lifecycle,
    ...(row.sent_at ? { sentAt: row.sent_at } : {}),
    ...(row.uploaded_at ? { uploadedAt: row.uploaded_at } : {})
  }
}

/**
 * Sent = the first event past "exported"; uploaded = the first media upload the plan runner
 * recorded since the attempt's last export (an older bundle's media ids are not used again).
 */
const TIMES = `SELECT s.id, s.draft_id, s.platform, s.attempt, s.revision, s.lifecycle,
  (SELECT MIN(e.at) FROM submission_events e
    WHERE e.submission_id = s.id AND e.lifecycle <> 'exported') AS sent_at,
  (SELECT MIN(e.at) FROM submission_events e
    WHERE e.submission_id = s.id AND e.source = 'submit' AND e.platform_state LIKE 'submit:%upload%'
      AND e.at >= COALESCE((SELECT MAX(x.at) FROM submission_events x
        WHERE x.submission_id = s.id AND x.source = 'export'), '')) AS uploaded_at
  FROM submissions s`

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
  const updateIds = db.prepare('UPDATE submissions SET ids = ? WHERE id = ?')
  const insertEvent = db.prepare(
    `INSERT INTO submission_events (submission_id, at, source, lifecycle, platform_state,
       request_id, raw) VALUES (@id, @at, @source, @lifecycle, @platformState, @requestId, @raw)`
  )
  const eventsOf = db.prepare(
    'SELECT at, source, lifecycle, platform_state, request_id, author FROM submission_events WHERE submission_id = ? ORDER BY at, id'
  )

  const timesOf = db.prepare(`${TIMES} WHERE s.draft_id = ? AND s.platform = ? ORDER BY s.attempt`)
  const allTimes = db.prepare(`${TIMES} ORDER BY s.draft_id, s.platform, s.attempt`)
  const sentSince = db.prepare(
    `SELECT COUNT(*) AS n FROM (SELECT MIN(e.at) AS sent_at FROM submission_events e
       JOIN submissions s ON s.id = e.submission_id
       WHERE s.platform = ? AND e.lifecycle <> 'exported' GROUP BY e.submission_id)
     WHERE sent_at >= ?`
  )
  const lastStateAt = db.prepare(
    `SELECT MAX(e.at) AS at FROM submission_events e JOIN submissions s ON s.id = e.submission_id
     WHERE s.platform = ? AND e.platform_state = ?`
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
    /** Adds ids learnt later (the code a rejected application went out under) to an attempt. */
    rememberIds(id: number, ids: SubmissionIds): void {
      const current = get(id)
      if (current) updateIds.run(JSON.stringify({ ...current.ids, ...ids }), id)
    },
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
    /** A draft's attempts on a platform with their sent and upload times, oldest first. */
    times(draftId: string, platform: PlatformId): AttemptTimes[] {
      return (timesOf.all(draftId, platform) as AttemptTimesRow[]).map(rowToTimes)
    },
    /** Every attempt with its times: what the board's windows are computed from. */
    allTimes(): AttemptTimes[] {
      return (allTimes.all() as AttemptTimesRow[]).map(rowToTimes)
    },
    /** Attempts on a platform, from every draft, first sent at or after `from` (ISO). */
    sentSince(platform: PlatformId, from: string): number {
      return (sentSince.get(platform, from) as { n: number }).n
    },
    /** When the platform last answered with this state (e.g. WeChat's `85085`). */
    lastStateAt(platform: PlatformId, platformState: string): string | undefined {
      return (lastStateAt.get(platform, platformState) as { at: string | null }).at ?? undefined
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
