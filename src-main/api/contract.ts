import { z } from 'zod'
import { isCalendarDate } from '../domain/identifiers/calendar-date'
import { DraftContent, DraftTitle } from '../domain/draft'
import { DocumentKind, ReadValueSchema } from '../domain/documents/document-read-schema'
import { DraftFile } from '../domain/draft-file'
import {
  BoardFilter,
  Lifecycle,
  MerchantAction,
  MerchantLink,
  RejectionReason,
  SubmissionIds,
  BusinessCodeRule
} from '../domain/ledger'
import { Sha256Hex } from '../domain/media-ref'
import { RuleLevel, RuleLevels, StoredWechatPayKey } from '../domain/settings'
import { SubmitProfile, SubmitProfileView } from '../domain/submit-profile'
import { ProfileForm, ProfileFormInput } from '../domain/submit-profile-form'
import { PLATFORM_IDS } from '../platforms/adapter'
import type { MethodName } from './methods'
import { ApiErrorSchema, IssueSchema } from './result'

export interface MethodSpec {
  input: z.ZodType
  output: z.ZodType
}

const DraftId = z.object({ id: z.string().min(1).max(64) })

const DraftSummary = z.object({
  id: z.string(),
  merchantId: z.string(),
  title: z.string(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string()
})

const Draft = DraftSummary.extend({ content: DraftContent })

const RevisionNumber = z.number().int().min(1)

const FieldChangeSchema = z.object({ path: z.string(), before: z.string(), after: z.string() })

const HistoryEntry = z.object({
  revision: z.number().int(),
  createdAt: z.string(),
  /** False for the newest revision while it still takes autosaves. */
  sealed: z.boolean(),
  /** Who saved it on a team store ('' on the local file, which has one user). */
  author: z.string(),
  changes: z.array(FieldChangeSchema)
})

const MediaInfo = z.object({
  sha256: Sha256Hex,
  mime: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  originalName: z.string(),
  createdAt: z.string()
})

const PlatformIdSchema = z.enum(PLATFORM_IDS)

/** Corners as fractions of the upright picture (the listing's `logoCrop`). */
const CropBoxSchema = z.object({
  x1: z.number().min(0).max(1),
  y1: z.number().min(0).max(1),
  x2: z.number().min(0).max(1),
  y2: z.number().min(0).max(1)
})

const Params = z.record(z.string(), z.union([z.string(), z.number()]))

const MediaVerdict = z.object({
  platform: PlatformIdSchema,
  slot: z.string(),
  /** The original meets the rule as it is. */
  ok: z.boolean(),
  problems: z.array(z.object({ code: z.string(), params: Params })),
  /** What the bundle will hold: the normalised picture, or why none can be made. */
  export: z.union([
    z.object({
      ok: z.literal(true),
      mime: z.string(),
      width: z.number().int(),
      height: z.number().int(),
      bytes: z.number().int()
    }),
    z.object({ ok: z.literal(false), code: z.string(), params: Params.optional() })
  ])
})

const PlatformReview = z.object({
  platform: PlatformIdSchema,
  kind: z.enum(['payment', 'listing']),
  issues: z.array(IssueSchema),
  requirements: z.array(
    z.object({
      id: z.string(),
      step: z.enum(['merchant', 'payment', 'listing', 'review', 'export']),
      path: z.string(),
      met: z.boolean()
    })
  )
})

const ExportRecord = z.object({
  id: z.number().int(),
  draftId: z.string(),
  platform: PlatformIdSchema,
  revision: z.number().int(),
  path: z.string(),
  sha256: Sha256Hex,
  bytes: z.number().int(),
  createdAt: z.string(),
  /** On a team store: the operator who wrote it (a colleague's bundle is on their computer). */
  author: z.string().optional()
})

const SettingsView = z.object({
  wechatPayKey: StoredWechatPayKey.omit({ pem: true }).nullable(),
  ruleLevels: RuleLevels
})

/** A background job's progress; `result` follows the schema of the method that started it. */
const BackupInfoSchema = z.object({ file: z.string(), createdAt: z.string(), bytes: z.number() })

/** A database set aside at this start (damaged, empty, unreadable) and the backups to offer. */
const BackupStatus = z.object({
  startup: z.discriminatedUnion('state', [
    z.object({ state: z.literal('ok'), restoredFrom: z.string().optional() }),
    z.object({
      state: z.literal('set_aside'),
      reason: z.enum(['empty', 'damaged', 'unreadable']),
      movedTo: z.string(),
      backup: BackupInfoSchema.optional()
    })
  ]),
  backups: z.array(BackupInfoSchema),
  /** A restore waits for the next start. */
  restorePending: z.boolean(),
  /** The app can start itself again (Electron), so a restore can finish at once. */
  canRestart: z.boolean()
})

export const JobViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(['running', 'done', 'failed', 'canceled']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  label: z.string().optional(),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  result: z.unknown().optional(),
  error: ApiErrorSchema.optional()
})

/** One bundle of a bulk export: written, skipped (already exported, not ready, canceled) or refused. */
const BulkExportItem = z.object({
  draftId: z.string(),
  title: z.string(),
  platform: PlatformIdSchema.optional(),
  revision: z.number().int().optional(),
  outcome: z.enum(['written', 'skipped', 'refused']),
  export: ExportRecord.optional(),
  reason: ApiErrorSchema.optional()
})

/** The `result` of a `bundles.exportMany` job (also when canceled: what was done by then). */
export const BulkExportReportSchema = z.object({
  outDir: z.string(),
  drafts: z.number().int(),
  written: z.number().int(),
  skipped: z.number().int(),
  refused: z.number().int(),
  canceled: z.boolean(),
  seconds: z.number(),
  /** The same report as files in `outDir`: one CSV row per bundle, and a short summary. */
  reportFile: z.string(),
  summaryFile: z.string(),
  items: z.array(BulkExportItem)
})

const SubmitTarget = z.object({
  id: z.string().min(1).max(64),
  // Every platform: payment providers through their SDKs, mini-program platforms over HTTPS.
  platform: PlatformIdSchema,
  profile: z.string().min(1).max(64).default('default')
})

/** The dry run: every step with what it would send, secrets masked. */
export const SubmitPreview = z.object({
  merchant: z.string(),
  platform: PlatformIdSchema,
  profile: z.string(),
  environment: z.enum(['sandbox', 'production']),
  steps: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(['upload', 'call']),
      call: z.string(),
      body: z.record(z.string(), z.unknown()),
      files: z.array(z.string()),
      waitFor: z.string().optional(),
      done: z.boolean()
    })
  )
})

/** The business_code rule after a WeChat Pay rejection (platforms/wechat-pay-resubmission.ts). */
const BusinessCodeChoiceSchema = z.object({
  rule: BusinessCodeRule,
  sameCode: z.string(),
  newCode: z.string(),
  sameCodeAvailable: z.boolean(),
  /** The rejected attempt the choice is about. */
  attempt: z.number().int()
})

/** A platform's monthly audit-submission quota as the ledger knows it. */
const AuditQuotaView = z.object({
  platform: PlatformIdSchema,
  /** `YYYY-MM` on this machine's calendar. */
  month: z.string(),
  /** Applications sent through Kaitong this month, from every draft. */
  sent: z.number().int(),
  /** From the platform's last quota answer this month: allowed, and left now (what was sent since counted). */
  limit: z.number().int().optional(),
  rest: z.number().int().optional(),
  checkedAt: z.string().optional(),
  /** The platform refused a submission for the quota this month (WeChat 85085). */
  refusedAt: z.string().optional()
})

/** One attempt in the ledger, with its timeline and a QR code (SVG) per merchant link. */
export const SubmissionView = z.object({
  id: z.number().int(),
  draftId: z.string(),
  draftTitle: z.string(),
  platform: PlatformIdSchema,
  attempt: z.number().int(),
  revision: z.number().int(),
  bundleSha256: z.string(),
  ids: SubmissionIds,
  platformState: z.string(),
  lifecycle: Lifecycle,
  action: MerchantAction.nullable(),
  reasons: z.array(RejectionReason),
  links: z.array(MerchantLink.extend({ qrSvg: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** On a team store: the operator who opened the attempt. */
  author: z.string().optional(),
  events: z.array(
    z.object({
      at: z.string(),
      source: z.enum(['export', 'manual', 'import', 'submit']),
      lifecycle: Lifecycle,
      platformState: z.string(),
      requestId: z.string(),
      /** On a team store: the operator who recorded it (sent, marked, imported an answer). */
      author: z.string().optional()
    })
  )
})

const DraftTargetSummary = z.object({
  platform: PlatformIdSchema,
  met: z.number().int(),
  total: z.number().int(),
  due: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int()
})

/** A drafts-list row: names to tell drafts apart, and the Review's counts per target. */
const DraftListItem = z.object({
  id: z.string(),
  title: z.string(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  merchantName: z.string(),
  shortName: z.string(),
  storeName: z.string(),
  uscc: z.string(),
  contactName: z.string(),
  /** Whole percent of the targets' requirements met. */
  completeness: z.number().int(),
  met: z.number().int(),
  total: z.number().int(),
  due: z.number().int(),
  errors: z.number().int(),
  ready: z.boolean(),
  targets: z.array(DraftTargetSummary),
  lastExport: z.object({ revision: z.number().int(), createdAt: z.string() }).nullable(),
  /** Its summary is still to be worked out (the job after an upgrade): counts not known yet. */
  pending: z.boolean()
})

export const DraftStatusFilterSchema = z.enum(['incomplete', 'ready', 'exported', 'errors'])
export const DraftSortSchema = z.enum(['updated', 'name', 'completeness'])

const DraftListQuery = z.object({
  search: z.string().max(200).optional(),
  status: DraftStatusFilterSchema.optional(),
  platform: PlatformIdSchema.optional(),
  sort: DraftSortSchema.optional(),
  direction: z.enum(['asc', 'desc']).optional()
})

/** Base64 of at most the decoder's 100 MB byte limit (4/3 of it, rounded up). */
const MAX_IMPORT_BASE64 = 140_000_000

/** A finding on a sheet cell (`column` is the column's key) or on the whole row (`''`). */
const CellIssueSchema = IssueSchema.extend({ column: z.string() })

/** The sheet's own size limit (MAX_SHEET_FILE_BYTES, 50 MB) as base64. */
const MAX_SHEET_BASE64 = 70_000_000
/** The pictures' size limit (512 MB) as base64. */
const MAX_PICTURES_BASE64 = 720_000_000

/** `result` of an `imports.preview` job. */
export const ImportPreviewSchema = z.object({
  /** Names the staged upload for `imports.run`, so what is imported is what was previewed. */
  previewId: z.string(),
  fileName: z.string(),
  /** The known columns, by key, in the sheet's order. */
  columns: z.array(z.string()),
  unknownColumns: z.array(z.string()),
  rows: z.array(
    z.object({
      line: z.number().int(),
      action: z.enum(['create', 'update', 'refused']),
      draftId: z.string().optional(),
      title: z.string(),
      cells: z.record(z.string(), z.string()),
      /** Wrong values: the row is not imported. */
      blocking: z.array(CellIssueSchema),
      /** What the draft still lacks after the import (the wizard shows the same). */
      due: z.array(CellIssueSchema),
      warnings: z.array(CellIssueSchema)
    })
  )
})

export type ImportPreview = z.output<typeof ImportPreviewSchema>

/** `result` of an `imports.run` job. */
export const ImportReportSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  refused: z.number().int(),
  skipped: z.number().int(),
  rows: z.array(
    z.object({
      line: z.number().int(),
      title: z.string(),
      outcome: z.enum(['created', 'updated', 'unchanged', 'refused', 'skipped']),
      draftId: z.string().optional(),
      error: ApiErrorSchema.optional()
    })
  )
})

/** The one table of calls: name → input and output schema. */
/** Where the root key came from while the store is open; why it is missing when locked. */
export const SecurityStatus = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ready'),
    keySource: z.enum(['keychain', 'env', 'key-file', 'passphrase'])
  }),
  z.object({
    state: z.literal('locked'),
    reason: z.enum(['keychain_unavailable', 'unseal_failed', 'key_missing', 'key_rejected']),
    dataDir: z.string()
  })
])
export type SecurityStatus = z.output<typeof SecurityStatus>

// submit-app: sending profiles in Settings, following sent applications, bulk submit
const DraftIds = z.array(z.string().min(1).max(64)).min(1).max(100_000)
const ProfileName = z.string().min(1).max(64)

export const PollerStatusSchema = z.object({
  enabled: z.boolean(),
  profile: z.string(),
  running: z.boolean(),
  open: z.number().int(),
  nextAt: z.string().optional(),
  lastPolledAt: z.string().optional(),
  lastError: ApiErrorSchema.optional()
})

export const SubmitNoticeSchema = z.object({
  id: z.number().int(),
  draftId: z.string(),
  draftTitle: z.string(),
  platform: PlatformIdSchema,
  lifecycle: z.enum(['rejected', 'actionNeeded']),
  action: z.string().optional(),
  reason: z.string().optional(),
  at: z.string()
})

const BulkSubmitTarget = z.object({
  ids: DraftIds.optional(),
  /** Every draft with an exported application not yet sent. */
  allReady: z.literal(true).optional(),
  platforms: z.array(PlatformIdSchema).min(1).max(PLATFORM_IDS.length).optional(),
  profile: ProfileName.default('default')
})

export const BulkSubmitPlanSchema = z.object({
  profile: z.string(),
  environment: z.enum(['sandbox', 'production']).optional(),
  /** Applications that can go. */
  ready: z.number().int(),
  /** Sending is a real application somewhere (production profile, or WeChat Pay). */
  production: z.boolean(),
  items: z.array(
    z.object({
      draftId: z.string(),
      title: z.string(),
      platform: PlatformIdSchema.optional(),
      merchant: z.string().optional(),
      /** Steps still to send. */
      steps: z.number().int().optional(),
      /** Why this one cannot go. */
      problem: ApiErrorSchema.optional()
    })
  )
})

export const BulkSubmitReportSchema = z.object({
  sent: z.number().int(),
  rejected: z.number().int(),
  failed: z.number().int(),
  skipped: z.number().int(),
  /** Ready but not sent: the job was canceled first. */
  notSent: z.number().int(),
  canceled: z.boolean(),
  seconds: z.number(),
  items: z.array(
    z.object({
      draftId: z.string(),
      title: z.string(),
      platform: PlatformIdSchema.optional(),
      outcome: z.enum(['sent', 'rejected', 'failed', 'skipped']),
      lifecycle: z.string().optional(),
      reason: ApiErrorSchema.optional()
    })
  )
})
export type BulkSubmitReport = z.output<typeof BulkSubmitReportSchema>

const FieldPath = z.string().min(1).max(200)
const TeamUrl = z.object({ url: z.string().min(1).max(2000) })
const TeamPassphrase = z.object({ passphrase: z.string().min(1).max(1024) })
const TeamStatusSchema = z.object({
  mode: z.enum(['local', 'team']),
  connection: z.enum(['local', 'online', 'offline']),
  url: z.string().nullable(),
  operator: z.string().nullable(),
  tls: z.boolean(),
  pending: z.number().int(),
  conflicts: z.array(z.string()),
  /** The team key on this computer: none on the store, not unlocked yet, or unlocked. */
  key: z.enum(['none', 'locked', 'unlocked']).nullable()
})

export const CONTRACT = {
  'app.info': {
    input: z.object({}),
    output: z.object({ version: z.string(), dataDir: z.string() })
  },
  'drafts.list': { input: z.object({}), output: z.array(DraftSummary) },
  'drafts.create': { input: z.object({ title: DraftTitle }), output: Draft },
  'drafts.get': { input: DraftId, output: Draft },
  'drafts.rename': { input: DraftId.extend({ title: DraftTitle }), output: DraftSummary },
  'drafts.delete': { input: DraftId, output: z.object({ deleted: z.literal(true) }) },
  /**
   * Shape only (types; the store caps the overall size): over-long values save and become
   * `draft.too_long` issues on their fields. `checkpoint` seals the revision (a step left).
   */
  'drafts.save': {
    input: DraftId.extend({
      content: DraftContent,
      checkpoint: z.boolean().optional(),
      /**
       * The revision the editor loaded: a later change by someone else merges field by field,
       * or the save is refused as `drafts.conflict` (see drafts.conflict).
       */
      baseRevision: RevisionNumber.optional(),
      /** From the conflict view: the side each conflicting field keeps. */
      choices: z.record(FieldPath, z.enum(['mine', 'theirs'])).optional()
    }),
    output: z.object({
      revision: z.number().int(),
      savedAt: z.string(),
      changed: z.boolean(),
      /** Fields someone else changed that this save kept: the editor reloads them. */
      mergedFromOthers: z.array(z.string())
    })
  },
  'drafts.revisions': {
    input: DraftId,
    output: z.array(
      z.object({ revision: z.number().int(), createdAt: z.string(), contentSha256: z.string() })
    )
  },
  'drafts.exportFile': { input: DraftId, output: DraftFile },
  /** `file` is parsed by the handler, so a bad file gets `drafts.file_invalid` with issues. */
  'drafts.importFile': {
    input: z.object({ file: z.unknown() }),
    /** `ignored`: paths of keys the file holds that Kaitong does not read (misspelt ones). */
    output: Draft.extend({ ignored: z.array(z.string()) })
  },
  /** Picker, drag and drop and paste all arrive here; the type comes from the bytes. */
  'media.import': {
    input: z.object({
      draftId: z.string().min(1).max(64),
      name: z.string().max(255),
      dataBase64: z.string().max(MAX_IMPORT_BASE64)
    }),
    output: MediaInfo
  },
  'media.get': { input: z.object({ sha256: Sha256Hex }), output: MediaInfo },
  /** Per platform slot: does the picture fit as it is, and what export will make of it. */
  'media.verdicts': {
    input: z.object({
      sha256: Sha256Hex,
      targets: z
        .array(z.object({ platform: PlatformIdSchema, slot: z.string().min(1).max(64) }))
        .max(32),
      crop: CropBoxSchema.optional()
    }),
    output: z.array(MediaVerdict)
  },
  /** Each platform's precheck issues and still-due requirements (default: the draft's targets). */
  'review.draft': {
    input: DraftId.extend({
      platforms: z.array(PlatformIdSchema).max(PLATFORM_IDS.length).optional(),
      /** The day validity dates are judged on (CLI `--today`); the local date otherwise. */
      today: z.string().refine(isCalendarDate).optional()
    }),
    output: z.array(PlatformReview)
  },
  /** Writes one bundle per platform; each platform succeeds or fails on its own. */
  'bundles.export': {
    input: DraftId.extend({
      platforms: z.array(PlatformIdSchema).min(1).max(PLATFORM_IDS.length),
      outDir: z.string().min(1).max(4096).optional()
    }),
    output: z.array(
      z.union([
        z.object({ platform: PlatformIdSchema, ok: z.literal(true), export: ExportRecord }),
        z.object({ platform: PlatformIdSchema, ok: z.literal(false), error: ApiErrorSchema })
      ])
    )
  },
  'bundles.history': { input: DraftId, output: z.array(ExportRecord) },
  'bundles.chooseFolder': {
    input: z.object({}),
    output: z.object({ path: z.string().nullable(), defaultPath: z.string() })
  },
  'bundles.reveal': {
    input: z.object({ exportId: z.number().int().positive() }),
    output: z.object({ path: z.string(), shown: z.boolean() })
  },
  'settings.get': { input: z.object({}), output: SettingsView },
  /** A WeChat Pay platform certificate or `PUB_KEY_ID_…` public key (PEM text). */
  'settings.importWechatPayKey': {
    input: z.object({
      content: z.string().min(1).max(65_536),
      fileName: z.string().min(1).max(255),
      keyId: z.string().max(64).optional()
    }),
    output: SettingsView
  },
  'settings.removeWechatPayKey': { input: z.object({}), output: SettingsView },
  /** `level: null` returns a rule to its default level. */
  'settings.setRuleLevel': {
    input: z.object({ ruleId: z.string().min(1).max(128), level: RuleLevel.nullable() }),
    output: SettingsView
  },
  'jobs.get': { input: z.object({ id: z.string().min(1).max(64) }), output: JobViewSchema },
  'jobs.cancel': { input: z.object({ id: z.string().min(1).max(64) }), output: JobViewSchema },
  /** Reads a stored licence or ID-card photo offline; the job's result is a `DocumentRead`. */
  'documents.read': {
    input: z.object({ sha256: Sha256Hex, kind: DocumentKind }),
    output: JobViewSchema
  },
  // trust-faults: backups, restore, and how the database came up
  'backups.status': { input: z.object({}), output: BackupStatus },
  'backups.create': { input: z.object({}), output: BackupInfoSchema },
  /** Stages a backup from the list (validated first); it replaces the database at the next start. */
  'backups.restore': {
    input: z.object({ file: z.string().min(1).max(4096) }),
    output: BackupStatus
  },
  /** Starts the app again so a staged restore finishes now; refused when none is staged. */
  'backups.restartNow': { input: z.object({}), output: z.object({}) },
  'submissions.forDraft': { input: DraftId, output: z.array(SubmissionView) },
  /** The agency's board: every draft's latest attempt per platform, filtered, with counts. */
  'submissions.board': {
    input: z.object({
      filter: BoardFilter.default('all'),
      platform: PlatformIdSchema.optional(),
      sort: z.enum(['oldest', 'newest']).default('oldest'),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0)
    }),
    output: z.object({
      total: z.number().int(),
      rows: z.array(SubmissionView.omit({ events: true })),
      counts: z.record(z.string(), z.record(z.string(), z.number().int()))
    })
  },
  /** "已提交" by hand, with the id the platform showed. */
  'submissions.mark': {
    input: z.object({
      draftId: z.string().min(1).max(64),
      platform: PlatformIdSchema,
      lifecycle: Lifecycle,
      ids: SubmissionIds.optional()
    }),
    output: SubmissionView
  },
  /** A status answer pasted or read from a file; parsed by the platform's reader. */
  'submissions.importAnswer': {
    input: z.object({
      draftId: z.string().min(1).max(64),
      platform: PlatformIdSchema,
      answer: z.string().min(1).max(1_000_000)
    }),
    output: SubmissionView
  },
  // Encryption at rest (trust-crypto)
  /** `locked`: the database's key is gone (keychain changed, key file lost); nothing else answers. */
  'security.status': { input: z.object({}), output: SecurityStatus },
  /** Only when locked: sets the unreadable data aside (never deletes it) and restarts empty. */
  'security.startOver': { input: z.object({}), output: z.object({ keptAs: z.string() }) },
  // Portfolio: the drafts list as pages (search, filters, sort), duplicate, bulk delete
  /**
   * One page of the drafts list; never reads draft content (summaries are kept beside it).
   * `summaries`: the background job recomputing many stale summaries (after an upgrade),
   * while it runs; rows not reached yet show their title only. Its `result`: `{ refreshed }`.
   */
  'drafts.page': {
    input: DraftListQuery.extend({
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(200).default(50)
    }),
    output: z.object({
      items: z.array(DraftListItem),
      total: z.number().int(),
      offset: z.number().int(),
      summaries: JobViewSchema.optional()
    })
  },
  /**
   * Every draft matching the search and filters, in list order ("select all"); waits for
   * the summaries job if one is running, so the filters hold for every draft.
   */
  'drafts.matchingIds': { input: DraftListQuery, output: z.array(z.string()) },
  /** "Same licence, another store": a copy of the draft with the store's fields cleared. */
  'drafts.duplicate': { input: DraftId.extend({ title: DraftTitle.optional() }), output: Draft },
  'drafts.deleteMany': {
    input: z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(100_000) }),
    output: z.object({ deleted: z.number().int() })
  },
  // scale-import: bulk import of sheets, self-contained draft packages
  /**
   * Reads a sheet (CSV or XLSX) and its pictures (a zip, or the files of a chosen folder with
   * their relative paths) as uploaded bytes, and writes nothing: the preview per row and cell,
   * as a job (document photos are read for the fields a row leaves empty); its `result` is
   * ImportPreviewSchema.
   */
  'imports.preview': {
    input: z.object({
      sheet: z.object({ name: z.string().max(255), dataBase64: z.string().max(MAX_SHEET_BASE64) }),
      pictures: z
        .union([
          z.object({
            kind: z.literal('zip'),
            name: z.string().max(255),
            dataBase64: z.string().max(MAX_PICTURES_BASE64)
          }),
          z.object({
            kind: z.literal('files'),
            files: z
              .array(
                z.object({
                  path: z.string().min(1).max(1024),
                  dataBase64: z.string().max(MAX_IMPORT_BASE64)
                })
              )
              .max(20_000)
          })
        ])
        .optional(),
      /** Also read the document photos of rows that typed every field, to check them. */
      checkTyped: z.boolean().optional()
    }),
    output: JobViewSchema
  },
  /** Imports the previewed rows as a job; its `result` is ImportReportSchema. */
  'imports.run': {
    input: z.object({ previewId: z.string().min(1).max(64) }),
    output: JobViewSchema
  },
  /** The app's 导出草稿: one zip with the draft file and its pictures. */
  'drafts.exportPackage': {
    input: DraftId,
    output: z.object({ fileName: z.string(), dataBase64: z.string() })
  },
  /** A draft package (checksums verified) → a new draft with its pictures. */
  'drafts.importPackage': {
    input: z.object({ name: z.string().max(255), dataBase64: z.string().max(MAX_PICTURES_BASE64) }),
    output: Draft
  },
  // Bulk export (scale-export)
  /**
   * Starts a job writing the bundles of many drafts (`ids`, or every draft with no error on
   * its targets: `allReady`); platforms default to each draft's targets, a revision already
   * exported for a platform is skipped unless `force`. Result: BulkExportReportSchema.
   */
  'bundles.exportMany': {
    input: z
      .object({
        ids: z.array(z.string().min(1).max(64)).min(1).max(100_000).optional(),
        allReady: z.literal(true).optional(),
        platforms: z.array(PlatformIdSchema).min(1).max(PLATFORM_IDS.length).optional(),
        outDir: z.string().min(1).max(4096).optional(),
        force: z.boolean().default(false),
        lang: z.enum(['zh-CN', 'en']).default('zh-CN')
      })
      .refine((input) => (input.ids === undefined) !== (input.allReady === undefined), {
        message: 'ids or allReady, one of the two'
      }),
    output: JobViewSchema
  },
  // journey-guide
  /** The folder bundles go to: the one last chosen (any draft), else null; and the default. */
  'bundles.folder': {
    input: z.object({}),
    output: z.object({ path: z.string().nullable(), defaultPath: z.string() })
  },
  /**
   * Writes an exported bundle's summary.html to the app's data folder and opens it in the
   * system browser (Electron); `opened: false` where no shell can open it (harness, CLI).
   */
  'bundles.openSummary': {
    input: z.object({ exportId: z.number().int().positive() }),
    output: z.object({ path: z.string(), opened: z.boolean() })
  },
  // journey-save: revision history
  /** Newest first, each with what changed since the revision before it. */
  'drafts.history': { input: DraftId, output: z.array(HistoryEntry) },
  'drafts.compare': {
    input: DraftId.extend({ from: RevisionNumber, to: RevisionNumber }),
    output: z.array(FieldChangeSchema)
  },
  /** The revision's content becomes the draft's, as a new revision; nothing is forgotten. */
  'drafts.restore': { input: DraftId.extend({ revision: RevisionNumber }), output: Draft },
  /** Keeps only the newest revision (the current content). */
  'drafts.purgeHistory': {
    input: DraftId,
    output: z.object({ removed: z.number().int(), revision: z.number().int() })
  },
  // submit: sending a bundle's plan with the platforms' SDKs, and following it
  'submit.saveProfile': { input: SubmitProfile, output: SubmitProfileView },
  'submit.preview': {
    input: SubmitTarget,
    output: SubmitPreview
  },
  /** Starts a job; its `result` is a SubmissionView (the attempt after the run). */
  'submit.send': {
    input: SubmitTarget.extend({
      /** The merchant's name as the preview showed it: sending names whose application goes. */
      confirmMerchant: z.string().max(200),
      /** Required for production sends (every WeChat Pay send: it has no sandbox). */
      confirmProduction: z.boolean().default(false)
    }),
    output: JobViewSchema
  },
  'submit.refresh': {
    input: z.object({
      id: z.string().min(1).max(64).optional(),
      profile: z.string().min(1).max(64).default('default')
    }),
    output: z.array(SubmissionView)
  },
  // submit-app: sending profiles in Settings, following sent applications, bulk submit
  /** Saved profiles as the Settings form shows them: keys only as "saved", never their text. */
  'submit.profiles': { input: z.object({}), output: z.array(ProfileForm) },
  /** Every problem of the form on its field (`issues[].path`); nothing saved. */
  'submit.checkProfile': { input: ProfileFormInput, output: z.array(IssueSchema) },
  /** Saved only without a problem (else `submit.profile_invalid` with the issues). */
  'submit.storeProfile': { input: ProfileFormInput, output: ProfileForm },
  'submit.deleteProfile': {
    input: z.object({ name: ProfileName }),
    output: z.object({ removed: z.literal(true) })
  },
  'submit.pollerStatus': { input: z.object({}), output: PollerStatusSchema },
  /** Background polling on or off, and the profile it asks with. */
  'submit.setPoller': {
    input: z.object({ enabled: z.boolean(), profile: ProfileName }),
    output: PollerStatusSchema
  },
  /** Asks about every open application now (on demand), then the status. */
  'submit.pollNow': { input: z.object({}), output: PollerStatusSchema },
  /** Applications that came back needing the merchant or rejected, newest first. */
  'submit.notices': { input: z.object({}), output: z.array(SubmitNoticeSchema) },
  'submit.dismissNotice': {
    input: z.object({ id: z.number().int() }),
    output: z.object({ dismissed: z.literal(true) })
  },
  /** The bulk dry run: what would go for each draft × platform, or why not. */
  'submit.planMany': { input: BulkSubmitTarget, output: BulkSubmitPlanSchema },
  /**
   * Starts a job sending every ready application, `concurrency` at a time; `confirmCount`
   * must be the number ready. Result: BulkSubmitReportSchema.
   */
  'submit.sendMany': {
    input: BulkSubmitTarget.extend({
      confirmCount: z.number().int().min(1),
      confirmProduction: z.boolean().default(false),
      concurrency: z.number().int().min(1).max(4).default(2)
    }),
    output: JobViewSchema
  },
  // ledger2: the WeChat Pay business_code after a rejection, and the platforms' audit quotas
  /** Null unless the latest WeChat Pay application was rejected and nothing was sent since. */
  'submissions.businessCode': {
    input: z.object({ draftId: z.string().min(1).max(64) }),
    output: BusinessCodeChoiceSchema.nullable()
  },
  /** Sets the draft's WeChat Pay attempt to follow `rule`; the draft comes back as main saved it. */
  'submissions.chooseBusinessCode': {
    input: z.object({ draftId: z.string().min(1).max(64), rule: BusinessCodeRule }),
    output: z.object({ choice: BusinessCodeChoiceSchema, draft: Draft })
  },
  /** Each quota platform's month so far: sent through Kaitong, and the platform's own count. */
  'submissions.auditQuotas': { input: z.object({}).default({}), output: z.array(AuditQuotaView) },
  /** The platform's quota query answer (WeChat `wxa/queryquota`), pasted or read from a file. */
  'submissions.importQuota': {
    input: z.object({
      platform: PlatformIdSchema,
      answer: z.string().min(1).max(100_000)
    }),
    output: AuditQuotaView
  },
  // ocr-bulk: the part of a document photo where a value was read (beside a mismatch warning)
  /** `box` is a read value's OCR box (`DocumentRead.fields[…].box`), in upright pixels. */
  'documents.crop': {
    input: z.object({ sha256: Sha256Hex, box: ReadValueSchema.shape.box.min(1) }),
    output: z.object({ mime: z.literal('image/jpeg'), dataBase64: z.string() })
  },
  // team: the store choice (local file or team PostgreSQL), live changes, conflicts
  'team.status': { input: z.object({}), output: TeamStatusSchema },
  /** Connects without switching: who the server knows this operator as, TLS, drafts held. */
  'team.test': {
    input: TeamUrl,
    output: z.object({ operator: z.string(), tls: z.boolean(), drafts: z.number().int() })
  },
  /** Switches to the team store (checked first); the local drafts stay in the local file. */
  'team.use': { input: TeamUrl, output: TeamStatusSchema },
  'team.leave': { input: z.object({}), output: TeamStatusSchema },
  /** Other operators' changes since `since` (0: all kept); `seq` is the next `since`. */
  'team.changes': {
    input: z.object({ since: z.number().int().min(0) }),
    output: z.object({
      seq: z.number().int(),
      changes: z.array(
        z.object({
          seq: z.number().int(),
          id: z.string(),
          revision: z.number().int(),
          author: z.string(),
          kind: z.enum(['saved', 'deleted', 'editing', 'ledger']),
          at: z.string()
        })
      )
    })
  },
  /** Tells colleagues this operator has the draft open (the editor repeats it while open). */
  'team.editing': { input: DraftId, output: z.object({}) },
  /** The fields a refused save clashes on: mine and theirs side by side, as text. */
  'drafts.conflict': {
    input: DraftId.extend({ baseRevision: RevisionNumber, content: DraftContent }),
    output: z.object({
      current: z.number().int(),
      /** Who saved the current revision. */
      author: z.string(),
      fields: z.array(z.object({ path: z.string(), mine: z.string(), theirs: z.string() }))
    })
  },
  // teamkey: the team key that seals personal values and pictures before they reach the server
  /** Unlocks the chosen team store's key on this computer (once: it is kept in settings). */
  'team.unlock': { input: TeamPassphrase, output: TeamStatusSchema },
  /** Gives the chosen team store, which has none, a team key under this passphrase. */
  'team.createKey': { input: TeamPassphrase, output: TeamStatusSchema }
} as const satisfies Record<MethodName, MethodSpec>

export type Contract = typeof CONTRACT
export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>
export type MethodOutput<K extends MethodName> = z.output<Contract[K]['output']>
export type HandlerInput<K extends MethodName> = z.output<Contract[K]['input']>
