import QRCode from 'qrcode'
import type { Issue } from '../../domain/issue'
import { matchesBoardFilter, type StatusReading } from '../../domain/ledger'
import { ledgerIssues } from '../../domain/ledger-rules'
import type { PlatformId } from '../../platforms/adapter'
import { readStatusAnswer, UnrecognisedAnswer } from '../../platforms/status'
import type { DraftsRepo } from '../../store/drafts'
import type { Submission, SubmissionsRepo } from '../../store/submissions'
import type { MethodOutput } from '../contract'
import { KaitongError } from '../result'
import type { Handlers } from '../router'

export interface SubmissionsDeps {
  drafts: DraftsRepo
  submissions: SubmissionsRepo
  now?: () => Date
}

type View = MethodOutput<'submissions.forDraft'>[number]

/** The merchant scans sign and confirm links with WeChat or Alipay: a QR code each. */
export async function withCodes(submission: Submission): Promise<Omit<View, 'events'>> {
  const links = await Promise.all(
    submission.links.map(async (link) => ({
      ...link,
      qrSvg: await QRCode.toString(link.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
    }))
  )
  return {
    id: submission.id,
    draftId: submission.draftId,
    draftTitle: submission.draftTitle,
    platform: submission.platform,
    attempt: submission.attempt,
    revision: submission.revision,
    bundleSha256: submission.bundleSha256,
    ids: submission.ids,
    platformState: submission.platformState,
    lifecycle: submission.lifecycle,
    action: submission.action,
    reasons: submission.reasons,
    links,
    createdAt: submission.createdAt,
    updatedAt: submission.updatedAt
  }
}

/** The ledger's own rules for one platform of one draft, for the Review. */
export function ledgerIssuesFor(
  deps: SubmissionsDeps,
  draftId: string,
  platform: PlatformId,
  licenceCode: string
): Issue[] {
  const now = deps.now ?? (() => new Date())
  const latest = deps.submissions.latestOf(draftId, platform)
  const elsewhere = deps.submissions.sameLicenceElsewhere(licenceCode, platform, draftId)
  return ledgerIssues(
    {
      ...(latest ? { latest } : {}),
      sameLicenceDrafts: elsewhere.map((found) => found.draftTitle)
    },
    now()
  )
}

export function createSubmissionHandlers(deps: SubmissionsDeps) {
  const now = deps.now ?? (() => new Date())

  async function view(submission: Submission): Promise<View> {
    return { ...(await withCodes(submission)), events: deps.submissions.events(submission.id) }
  }

  function apply(draftId: string, platform: PlatformId, reading: StatusReading, raw: string) {
    const revision = deps.drafts.get(draftId).revision
    const source = raw ? ('import' as const) : ('manual' as const)
    return deps.submissions.apply(
      { draftId, platform, revision },
      reading,
      source,
      now().toISOString(),
      raw
    )
  }

  return {
    'submissions.forDraft': async ({ id }) => {
      deps.drafts.get(id)
      return Promise.all(deps.submissions.listForDraft(id).map(view))
    },
    'submissions.board': async ({ filter, platform, sort, limit, offset }) => {
      const at = now()
      const latest = deps.submissions.latestEverywhere()
      const counts: Record<string, Record<string, number>> = {}
      for (const item of latest) {
        const byLifecycle = (counts[item.platform] ??= {})
        byLifecycle[item.lifecycle] = (byLifecycle[item.lifecycle] ?? 0) + 1
      }
      const chosen = latest
        .filter((item) => !platform || item.platform === platform)
        .filter((item) => matchesBoardFilter({ ...item, deadlines: [] }, filter, at))
        .sort((a, b) =>
          sort === 'oldest'
            ? a.createdAt.localeCompare(b.createdAt)
            : b.createdAt.localeCompare(a.createdAt)
        )
      const rows = await Promise.all(chosen.slice(offset, offset + limit).map(withCodes))
      return { total: chosen.length, rows, counts }
    },
    'submissions.mark': ({ draftId, platform, lifecycle, ids }) => {
      const reading: StatusReading = {
        platformState: '',
        lifecycle,
        ids: ids ?? {},
        reasons: [],
        links: []
      }
      return view(apply(draftId, platform, reading, ''))
    },
    'submissions.importAnswer': ({ draftId, platform, answer }) => {
      let parsed: unknown
      try {
        parsed = JSON.parse(answer)
      } catch {
        throw new KaitongError('ledger.answer_not_json')
      }
      let reading: StatusReading
      try {
        reading = readStatusAnswer(platform, parsed, now())
      } catch (error) {
        if (error instanceof UnrecognisedAnswer) {
          throw new KaitongError('ledger.unrecognised_answer', { platform })
        }
        throw error
      }
      return view(apply(draftId, platform, reading, answer))
    }
  } satisfies Partial<Handlers>
}
