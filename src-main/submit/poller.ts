import { z } from 'zod'
import { KaitongError, type ApiError } from '../api/result'
import { PLATFORM_IDS } from '../platforms/adapter'
import type { SettingsRepo } from '../store/settings'
import type { Submission, SubmissionsRepo } from '../store/submissions'

/**
 * Follows sent applications while the app is open: each draft with an attempt awaiting a
 * platform is asked again after a wait that doubles while nothing changes (and after a
 * failure), and starts short again when something did. A change that needs the merchant
 * (sign, verify, confirm, supply) or a rejection becomes an in-app notice.
 */

export const PollerConfig = z.object({
  enabled: z.boolean(),
  /** The sending profile whose credentials ask the platforms. */
  profile: z.string().min(1).max(64)
})
export type PollerConfig = z.output<typeof PollerConfig>

const CONFIG_KEY = 'submit.poller'
/** On by default: an agency that sends wants to hear back. */
const DEFAULT_CONFIG: PollerConfig = { enabled: true, profile: 'default' }

/** The poller's choice in the settings table. */
export function createPollerConfig(settings: SettingsRepo) {
  return {
    get(): PollerConfig {
      const parsed = PollerConfig.safeParse(settings.get(CONFIG_KEY))
      return parsed.success ? parsed.data : DEFAULT_CONFIG
    },
    set(config: PollerConfig): void {
      settings.set(CONFIG_KEY, config)
    }
  }
}

const Notice = z.object({
  id: z.number().int(),
  draftId: z.string(),
  draftTitle: z.string(),
  platform: z.enum(PLATFORM_IDS),
  lifecycle: z.enum(['rejected', 'actionNeeded']),
  action: z.string().optional(),
  /** The platform's first reason, as it wrote it. */
  reason: z.string().optional(),
  at: z.string()
})
export type Notice = z.output<typeof Notice>

/**
 * What the poller keeps across restarts (settings table): when each draft is next due and
 * the notices not yet dismissed, so a restart neither asks every platform at once nor loses
 * a rejection the merchant has not seen.
 */
const PollerState = z.object({
  schedules: z.record(z.string(), z.object({ nextAt: z.number(), delayMs: z.number() })),
  notices: z.array(Notice),
  nextNotice: z.number().int()
})
type PollerState = z.output<typeof PollerState>
const STATE_KEY = 'submit.poller.state'

/** The poller's state in the settings table; an unreadable state is started afresh. */
export function createPollerState(settings: SettingsRepo) {
  return {
    load(): PollerState | undefined {
      const parsed = PollerState.safeParse(settings.get(STATE_KEY))
      return parsed.success ? parsed.data : undefined
    },
    save(state: PollerState): void {
      settings.set(STATE_KEY, state)
    }
  }
}

export interface PollerStatus {
  enabled: boolean
  profile: string
  /** Started by the app (not the CLI) and not stopped. */
  running: boolean
  /** Drafts with an attempt awaiting a platform. */
  open: number
  nextAt?: string
  lastPolledAt?: string
  lastError?: ApiError
}

export interface PollReport {
  polled: number
  changed: number
  failed: number
}

export interface PollerDeps {
  submissions: SubmissionsRepo
  /** Asks the platforms about one draft's open attempts and records the answers. */
  refresh(profile: string, draftId: string): Promise<Submission[]>
  config(): PollerConfig
  now?: () => Date
  /** The wait after a send or a change; it doubles up to `maxDelayMs`. */
  firstDelayMs?: number
  maxDelayMs?: number
  /** How often the schedule is looked at. */
  tickMs?: number
  /** Where the schedule and the notices outlive a restart. */
  state?: ReturnType<typeof createPollerState>
}

/** Reviews take hours to days: minutes at first, at most a few hours apart. */
const FIRST_DELAY_MS = 5 * 60_000
const MAX_DELAY_MS = 6 * 3600_000
const TICK_MS = 60_000
const KEEP_NOTICES = 100

const OPEN: readonly string[] = ['submitted', 'inReview', 'actionNeeded']

interface Schedule {
  nextAt: number
  delayMs: number
}

export function createPoller(deps: PollerDeps) {
  const now = deps.now ?? (() => new Date())
  const firstDelay = deps.firstDelayMs ?? FIRST_DELAY_MS
  const maxDelay = deps.maxDelayMs ?? MAX_DELAY_MS
  const saved = deps.state?.load()
  const schedules = new Map<string, Schedule>(Object.entries(saved?.schedules ?? {}))
  const notices: Notice[] = saved?.notices ?? []
  let nextNotice = saved?.nextNotice ?? 1
  let timer: NodeJS.Timeout | undefined
  let running = false
  let polling: Promise<PollReport> | undefined
  let lastPolledAt: string | undefined
  let lastError: ApiError | undefined

  function keep(): void {
    deps.state?.save({ schedules: Object.fromEntries(schedules), notices, nextNotice })
  }

  function openDrafts(): string[] {
    const open = deps.submissions.latestEverywhere().filter((item) => OPEN.includes(item.lifecycle))
    return [...new Set(open.map((item) => item.draftId))]
  }

  function notice(before: Submission | undefined, after: Submission): void {
    if (after.lifecycle !== 'rejected' && after.lifecycle !== 'actionNeeded') return
    if (before?.lifecycle === after.lifecycle && before.platformState === after.platformState) {
      return
    }
    notices.push({
      id: nextNotice++,
      draftId: after.draftId,
      draftTitle: after.draftTitle,
      platform: after.platform,
      lifecycle: after.lifecycle,
      ...(after.action ? { action: after.action } : {}),
      ...(after.reasons[0] ? { reason: after.reasons[0].text } : {}),
      at: now().toISOString()
    })
    notices.splice(0, Math.max(0, notices.length - KEEP_NOTICES))
  }

  /** One draft asked; its next time set by what came back. Never throws. */
  async function pollDraft(
    draftId: string,
    profile: string
  ): Promise<'changed' | 'same' | 'failed'> {
    const previous = schedules.get(draftId)
    const before = new Map(
      deps.submissions.listForDraft(draftId).map((item) => [item.id, item] as const)
    )
    let outcome: 'changed' | 'same' | 'failed'
    try {
      const after = await deps.refresh(profile, draftId)
      outcome = after.some((item) => {
        const earlier = before.get(item.id)
        return earlier?.lifecycle !== item.lifecycle || earlier.platformState !== item.platformState
      })
        ? 'changed'
        : 'same'
      for (const item of after) notice(before.get(item.id), item)
    } catch (error) {
      outcome = 'failed'
      lastError =
        error instanceof KaitongError
          ? error.toApiError()
          : { code: 'api.internal', params: { method: 'submit.poll' } }
    }
    const delayMs =
      outcome === 'changed' || !previous ? firstDelay : Math.min(previous.delayMs * 2, maxDelay)
    schedules.set(draftId, { delayMs, nextAt: now().getTime() + delayMs })
    return outcome
  }

  /** Asks about the drafts `pick` chooses, one at a time; one poll runs at once. */
  function pollWhere(pick: (draftId: string) => boolean): Promise<PollReport> {
    polling ??= (async () => {
      const report: PollReport = { polled: 0, changed: 0, failed: 0 }
      const { profile } = deps.config()
      const open = openDrafts()
      for (const draftId of schedules.keys()) if (!open.includes(draftId)) schedules.delete(draftId)
      const due = open.filter(pick)
      if (due.length > 0) lastError = undefined
      for (const draftId of due) {
        const outcome = await pollDraft(draftId, profile)
        report.polled += 1
        if (outcome === 'changed') report.changed += 1
        if (outcome === 'failed') report.failed += 1
      }
      // A round that asked nobody changed nothing worth a write (rounds come every minute).
      if (due.length > 0) {
        lastPolledAt = now().toISOString()
        keep()
      }
      return report
    })().finally(() => {
      polling = undefined
    })
    return polling
  }

  /** The scheduled round: drafts whose wait is over (a draft never asked is due at once). */
  function tick(): Promise<PollReport> {
    if (!deps.config().enabled) return Promise.resolve({ polled: 0, changed: 0, failed: 0 })
    const at = now().getTime()
    return pollWhere((draftId) => (schedules.get(draftId)?.nextAt ?? at) <= at)
  }

  function schedule(): void {
    if (!running) return
    timer = setTimeout(() => {
      void tick().finally(schedule)
    }, deps.tickMs ?? TICK_MS)
    // Polling never keeps the process alive on its own.
    timer.unref()
  }

  return {
    tick,
    /** On demand: every open draft now, whatever its schedule. */
    pollNow: () => pollWhere(() => true),
    start(): void {
      if (running) return
      running = true
      schedule()
    },
    /** Stops the timer; a round already asking finishes. */
    async stop(): Promise<void> {
      running = false
      clearTimeout(timer)
      await polling?.catch(() => undefined)
    },
    status(): PollerStatus {
      const config = deps.config()
      const open = openDrafts()
      const next = open
        .map((draftId) => schedules.get(draftId)?.nextAt ?? now().getTime())
        .sort((a, b) => a - b)[0]
      return {
        ...config,
        running,
        open: open.length,
        ...(next !== undefined && config.enabled ? { nextAt: new Date(next).toISOString() } : {}),
        ...(lastPolledAt ? { lastPolledAt } : {}),
        ...(lastError ? { lastError } : {})
      }
    },
    notices: (): Notice[] => [...notices].reverse(),
    dismiss(id: number): void {
      const index = notices.findIndex((found) => found.id === id)
      if (index < 0) return
      notices.splice(index, 1)
      keep()
    }
  }
}

export type Poller = ReturnType<typeof createPoller>
