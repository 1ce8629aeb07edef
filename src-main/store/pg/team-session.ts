import { randomUUID } from 'node:crypto'
import type pg from 'pg'
import { z } from 'zod'
import { KaitongError } from '../../api/result'
import { DraftContent } from '../../domain/draft'
import type { WritableDb } from '../connection'
import type { Draft, DraftRow } from '../drafts'
import { withFailures, type DraftsPort, type MergedSaveOutcome, type SaveRequest } from '../port'
import type { SettingsRepo } from '../settings'
import { displayUrl, openTeamStore, parseTeamUrl, type TeamStore } from './connect'
import { announce, draftOf, DRAFTS_CHANNEL, pgDraftsPort, type DraftChange } from './drafts'
import type { LedgerShare } from '../ledger-share'
import type { TeamCipher } from './team-cipher'
import { pgLedger } from './submissions'
import {
  createTeamKey,
  rememberTeamKey,
  sealLedgerLeftovers,
  teamKeyFor,
  unlockTeamKey
} from './team-key'
import { teamPictures, type TeamPictures } from './team-pictures'
import { requireCurrentSchema, type LocalSide } from './transfer'
import { createWorkingCopy } from './working-copy'

/** Settings keys: the chosen team store, and saves made while it was unreachable. */
const STORE_KEY = 'team.store'
const JOURNAL_KEY = 'team.journal'

const StoredChoice = z.object({ url: z.string() })
const JournalEntry = z.object({
  id: z.string(),
  /** The team revision the operator's edits started from. */
  baseRevision: z.number().int(),
  content: DraftContent,
  savedAt: z.string()
})
type JournalEntry = z.output<typeof JournalEntry>
const Journal = z.array(JournalEntry)

/** How often an unreachable server is tried again. */
export const RECONNECT_MS = 3000
/** Live changes kept for the renderer to poll (older ones are covered by reloading the list). */
const KEPT_CHANGES = 200
const SYNC_BATCH = 500

export type TeamMode = 'local' | 'team'
/** online: answering; offline: chosen but unreachable (edits go to the journal). */
export type TeamConnection = 'local' | 'online' | 'offline'
/**
 * The team key as this computer has it: the store has none (drafts travel in plain form),
 * this computer has not unlocked it yet (the team's drafts cannot be read), or unlocked.
 */
export type TeamKeyState = 'none' | 'locked' | 'unlocked'

export interface LiveChange extends DraftChange {
  seq: number
  at: string
}

export interface TeamStatus {
  mode: TeamMode
  connection: TeamConnection
  /** The chosen server without its password. */
  url: string | null
  operator: string | null
  tls: boolean
  /** Drafts edited while offline, waiting to be sent. */
  pending: number
  /** Drafts whose offline edits clash with a later change on the server (open them to choose). */
  conflicts: string[]
  /** Null until the chosen team store answered. */
  key: TeamKeyState | null
}

export interface TeamTest {
  operator: string
  tls: boolean
  drafts: number
}

export interface TeamSessionDeps {
  db: WritableDb
  settings: SettingsRepo
  /** The local store's port, used while no team store is chosen. */
  local: DraftsPort
  /** The local picture files: pictures follow the drafts both ways (absent: drafts only). */
  pictures?: LocalSide
  now?: () => Date
}

const isUnreachable = (error: unknown) =>
  error instanceof KaitongError && error.code === 'team.unreachable'
const isNotFound = (error: unknown) =>
  error instanceof KaitongError && error.code === 'drafts.not_found'

/**
 * Which store the app's drafts live in, and the team store's connection when one is chosen:
 * the team port with the local file as its working copy, live changes (LISTEN/NOTIFY) and
 * the journal of saves made while the server was unreachable, sent when it is back.
 */
export function createTeamSession(deps: TeamSessionDeps) {
  const now = deps.now ?? (() => new Date())
  const copy = createWorkingCopy(deps.db)
  let chosen = StoredChoice.safeParse(deps.settings.get(STORE_KEY)).data?.url
  let store: TeamStore | undefined
  let team: DraftsPort | undefined
  let listener: pg.PoolClient | undefined
  let connection: TeamConnection = chosen ? 'offline' : 'local'
  let reconnectTimer: NodeJS.Timeout | undefined
  let connecting: Promise<void> | undefined
  let closed = false
  const live: LiveChange[] = []
  let seq = 0
  const conflicts = new Set<string>()
  const sessionId = randomUUID()
  let pictures: TeamPictures | undefined
  let key: TeamKeyState | undefined
  let cipher: TeamCipher | undefined

  /** Drafts from the team store into the working copy, their pictures first. */
  async function home(drafts: readonly Draft[]): Promise<void> {
    await pictures?.bring(drafts)
    copy.mirrorAll(drafts)
    pictures?.link(drafts)
  }

  const journal = (): JournalEntry[] => Journal.safeParse(deps.settings.get(JOURNAL_KEY)).data ?? []
  const writeJournal = (entries: JournalEntry[]) =>
    entries.length > 0 ? deps.settings.set(JOURNAL_KEY, entries) : deps.settings.remove(JOURNAL_KEY)

  function record(change: DraftChange): void {
    live.push({ ...change, seq: ++seq, at: now().toISOString() })
    if (live.length > KEPT_CHANGES) live.splice(0, live.length - KEPT_CHANGES)
  }

  /** The shared ledger of the connected store, made once per connection and key. */
  let ledger: { store: TeamStore; cipher?: TeamCipher; share: LedgerShare } | undefined
  function teamLedger(): LedgerShare | undefined {
    if (!store || !team) return undefined
    if (ledger?.store !== store || ledger.cipher !== cipher) {
      const share = pgLedger({
        pool: store.pool,
        operator: store.operator,
        session: sessionId,
        db: deps.db,
        ...(cipher ? { cipher } : {})
      })
      ledger = { store, ...(cipher ? { cipher } : {}), share }
    }
    return ledger.share
  }

  async function onChange(change: DraftChange): Promise<void> {
    // This app's own changes are no news to its operator (and already in the working copy).
    if (change.from === sessionId) return
    // A colleague's bundle or send is in the local ledger before any screen hears of it.
    if (change.kind === 'ledger')
      await teamLedger()
        ?.bring(change.id)
        .catch(() => undefined)
    record(change)
    if (change.kind === 'editing' || change.kind === 'ledger') return
    if (change.kind === 'deleted') return copy.forget(change.id)
    if ((copy.revisionOf(change.id) ?? 0) < change.revision && team)
      await home([await team.get(change.id)])
  }

  async function listen(opened: TeamStore): Promise<void> {
    const client = await opened.pool.connect()
    client.on('notification', (message) => {
      if (message.channel !== DRAFTS_CHANNEL || !message.payload) return
      const change = JSON.parse(message.payload) as DraftChange
      onChange(change).catch(() => undefined)
    })
    // A dropped listening connection means the server went away: reconnect from scratch.
    client.on('error', () => wentAway())
    await client.query(`LISTEN ${DRAFTS_CHANNEL}`)
    listener = client
  }

  /**
   * Every draft the team store holds at a later revision than this copy is brought here,
   * SYNC_BATCH rows per query and per local transaction (joining a team of 10,000 drafts).
   */
  async function syncAll(opened: TeamStore, cipher: TeamCipher | undefined): Promise<void> {
    const found = await opened.pool.query<{ id: string; revision: number }>(
      'SELECT id, revision FROM drafts'
    )
    const behind = found.rows
      .filter((row) => (copy.revisionOf(row.id) ?? 0) < row.revision)
      .map((row) => row.id)
    for (let start = 0; start < behind.length; start += SYNC_BATCH) {
      const rows = await opened.pool.query<DraftRow>('SELECT * FROM drafts WHERE id = ANY($1)', [
        behind.slice(start, start + SYNC_BATCH)
      ])
      await home(rows.rows.map((row) => draftOf(row, cipher)))
    }
  }

  /** Sends the offline journal; an entry that clashes with a later change stays, marked. */
  async function replay(port: DraftsPort): Promise<void> {
    for (const entry of journal()) {
      try {
        await saveOnline(port, entry.id, {
          content: entry.content,
          baseRevision: entry.baseRevision
        })
        writeJournal(journal().filter((kept) => kept.id !== entry.id))
        conflicts.delete(entry.id)
      } catch (error) {
        if (error instanceof KaitongError && error.code === 'drafts.conflict')
          conflicts.add(entry.id)
        else if (error instanceof KaitongError && error.code === 'drafts.not_found')
          writeJournal(journal().filter((kept) => kept.id !== entry.id))
        else throw error
      }
    }
  }

  async function saveOnline(
    port: DraftsPort,
    id: string,
    request: SaveRequest
  ): Promise<MergedSaveOutcome> {
    await pictures?.send(id, request.content)
    const outcome = await port.save(id, request)
    if (!outcome.changed && (copy.revisionOf(id) ?? 0) >= outcome.revision) return outcome
    const asSent =
      outcome.mergedFromOthers.length === 0 &&
      copy.recordSave(id, request.content, outcome.revision, outcome.savedAt)
    if (!asSent) await home([await port.get(id)])
    return outcome
  }

  async function open(url: string): Promise<void> {
    const opened = await openTeamStore(url)
    try {
      await requireCurrentSchema(opened.pool)
      const found = await teamKeyFor(opened.pool, deps.settings)
      key = found.state
      cipher = found.state === 'unlocked' ? found.cipher : undefined
      if (cipher) await sealLedgerLeftovers(opened.pool, cipher)
      if (found.state === 'locked') {
        // Connected, but nothing of the team's can be read or written until unlocked.
        store = opened
        team = undefined
        pictures = undefined
        connection = 'online'
        return
      }
      const port = withFailures(
        pgDraftsPort(opened.pool, opened.operator, now, sessionId, cipher),
        opened.failure
      )
      pictures = deps.pictures && teamPictures(opened.pool, deps.pictures, cipher)
      await listen(opened)
      await syncAll(opened, cipher)
      store = opened
      team = port
      connection = 'online'
      await replay(port)
    } catch (error) {
      listener?.release(true)
      listener = undefined
      store = undefined
      team = undefined
      pictures = undefined
      await opened.close()
      throw opened.failure(error)
    }
  }

  function scheduleReconnect(): void {
    clearTimeout(reconnectTimer)
    if (closed || !chosen) return
    reconnectTimer = setTimeout(() => void connect().catch(() => undefined), RECONNECT_MS)
    reconnectTimer.unref()
  }

  function connect(): Promise<void> {
    const url = chosen
    if (!url) return Promise.resolve()
    connecting ??= open(url)
      .catch((error: unknown) => {
        connection = 'offline'
        scheduleReconnect()
        throw error
      })
      .finally(() => (connecting = undefined))
    return connecting
  }

  function wentAway(): void {
    if (connection !== 'online') return
    connection = 'offline'
    const old = store
    listener?.release(true)
    listener = undefined
    store = undefined
    team = undefined
    pictures = undefined
    void old?.close()
    scheduleReconnect()
  }

  /** Runs `fn` on the team port; an unreachable server turns the session offline. */
  async function onTeam<R>(fn: (port: DraftsPort) => Promise<R>): Promise<R> {
    // While offline the reconnect timer tries again; a call waits only for one under way.
    if (!team && connecting) await connecting.catch(() => undefined)
    if (!team && store && key === 'locked') throw new KaitongError('team.locked', {})
    if (!team) throw new KaitongError('team.unreachable', hostOf(chosen))
    try {
      return await fn(team)
    } catch (error) {
      if (isUnreachable(error)) wentAway()
      // A colleague gave the store a key since this session joined: nothing more goes plain.
      if (error instanceof KaitongError && error.code === 'team.locked') {
        key = 'locked'
        team = undefined
        pictures = undefined
      }
      throw error
    }
  }

  /** The drafts port the handlers use while a team store is chosen. */
  /**
   * A draft this computer has that the team store does not (made here before switching, not
   * pushed) stays a local draft: it opens and saves in the local file as before.
   */
  function drafted<R>(
    id: string,
    fn: (port: DraftsPort) => Promise<R>,
    local: (port: DraftsPort) => Promise<R>
  ): Promise<R> {
    return onTeam(fn).catch((error: unknown) => {
      if (isNotFound(error) && copy.revisionOf(id) !== undefined) return local(deps.local)
      throw error
    })
  }

  /** The drafts port the handlers use while a team store is chosen. */
  const teamDrafts: DraftsPort = {
    create: (title, content) =>
      onTeam(async (port) => {
        const draft = await port.create(title, content)
        await pictures?.send(draft.id, draft.content)
        await home([draft])
        return draft
      }),
    async get(id) {
      try {
        return await drafted(
          id,
          async (port) => {
            const draft = await port.get(id)
            await home([draft])
            return draft
          },
          (local) => local.get(id)
        )
      } catch (error) {
        // Offline, the working copy (with the journal's edits) is what the operator sees.
        if (isUnreachable(error) && copy.revisionOf(id) !== undefined) return deps.local.get(id)
        throw error
      }
    },
    list: () => deps.local.list(),
    async save(id, request) {
      const base = request.baseRevision ?? copy.revisionOf(id)
      const checked = base === undefined ? request : { ...request, baseRevision: base }
      try {
        const outcome = await drafted(
          id,
          (port) => saveOnline(port, id, checked),
          (local) =>
            local.save(id, {
              content: request.content,
              ...(request.checkpoint ? { checkpoint: true } : {})
            })
        )
        const kept = journal()
        if (kept.some((entry) => entry.id === id))
          writeJournal(kept.filter((entry) => entry.id !== id))
        conflicts.delete(id)
        return outcome
      } catch (error) {
        if (!isUnreachable(error) || base === undefined) throw error
        return saveOffline(id, request.content, base)
      }
    },
    rename: (id, title) =>
      drafted(
        id,
        async (port) => {
          const summary = await port.rename(id, title)
          await home([await port.get(id)])
          return summary
        },
        (local) => local.rename(id, title)
      ),
    remove: (id) =>
      drafted(
        id,
        async (port) => {
          await port.remove(id)
          copy.forget(id)
        },
        (local) => local.remove(id)
      ),
    revisions: (id) =>
      drafted(
        id,
        (port) => port.revisions(id),
        (local) => local.revisions(id)
      ),
    revision: (id, revision) =>
      drafted(
        id,
        (port) => port.revision(id, revision),
        (local) => local.revision(id, revision)
      ),
    history: (id) =>
      drafted(
        id,
        (port) => port.history(id),
        (local) => local.history(id)
      ),
    restore: (id, revision) =>
      drafted(
        id,
        async (port) => {
          const draft = await port.restore(id, revision)
          await home([draft])
          return draft
        },
        (local) => local.restore(id, revision)
      )
  }

  /** Kept in the working copy and the journal; the editor keeps its base revision. */
  function saveOffline(id: string, content: DraftContent, base: number): MergedSaveOutcome {
    const savedAt = now().toISOString()
    const earlier = journal().find((entry) => entry.id === id)
    copy.keepOffline(id, content, savedAt)
    writeJournal([
      ...journal().filter((entry) => entry.id !== id),
      // The first offline save's base stays: it is what every later edit built on.
      { id, baseRevision: earlier?.baseRevision ?? base, content, savedAt }
    ])
    return { revision: base, savedAt, changed: true, mergedFromOthers: [] }
  }

  /** Joins the chosen store again, with the key this computer now holds for it. */
  async function rejoin(): Promise<void> {
    await closeStore()
    await connect()
  }

  function requireStore(): TeamStore {
    if (!chosen) throw new KaitongError('team.not_chosen', {})
    if (!store) throw new KaitongError('team.unreachable', hostOf(chosen))
    return store
  }

  async function closeStore(): Promise<void> {
    clearTimeout(reconnectTimer)
    listener?.release(true)
    listener = undefined
    const old = store
    store = undefined
    team = undefined
    await old?.close()
  }

  return {
    /** The port for the chosen store. */
    drafts: (): DraftsPort => (chosen ? teamDrafts : deps.local),
    /** Connects to the chosen team store (at start); an unreachable one is retried. */
    start: (): Promise<void> => connect().catch(() => undefined),
    status(): TeamStatus {
      return {
        mode: chosen ? 'team' : 'local',
        connection: chosen ? connection : 'local',
        url: chosen ? displayUrl(parseTeamUrl(chosen)) : null,
        operator: store?.operator ?? null,
        tls: store?.tls ?? false,
        pending: journal().length,
        conflicts: [...conflicts],
        key: chosen && store ? (key ?? null) : null
      }
    },
    /**
     * Unlocks the chosen team store's key with a passphrase, once for this computer: the key
     * is kept in the (encrypted) settings table and the store is joined again with it.
     */
    async unlock(passphrase: string): Promise<TeamStatus> {
      const opened = requireStore()
      const unlocked = await unlockTeamKey(opened.pool, passphrase).catch((error: unknown) => {
        throw opened.failure(error)
      })
      rememberTeamKey(deps.settings, unlocked)
      await rejoin()
      return this.status()
    },
    /** Gives a team store without a key one, sealing what it holds (Settings or `team init`). */
    async createKey(passphrase: string): Promise<TeamStatus> {
      const opened = requireStore()
      const made = await createTeamKey(opened.pool, passphrase, opened.operator, now).catch(
        (error: unknown) => {
          throw opened.failure(error)
        }
      )
      rememberTeamKey(deps.settings, made)
      await rejoin()
      return this.status()
    },
    /** Connects without switching: who the server knows us as, TLS, how many drafts it holds. */
    async test(url: string): Promise<TeamTest> {
      const opened = await openTeamStore(url)
      try {
        await requireCurrentSchema(opened.pool)
        const count = await opened.pool.query<{ n: string }>('SELECT count(*) AS n FROM drafts')
        return { operator: opened.operator, tls: opened.tls, drafts: Number(count.rows[0]?.n ?? 0) }
      } catch (error) {
        throw opened.failure(error)
      } finally {
        await opened.close()
      }
    },
    /** Switches to the team store at `url` (checked first); the local drafts stay in the file. */
    async use(url: string): Promise<TeamStatus> {
      parseTeamUrl(url)
      await closeStore()
      const previous = chosen
      chosen = url
      try {
        await open(url)
      } catch (error) {
        chosen = previous
        if (previous) void connect().catch(() => undefined)
        throw error
      }
      deps.settings.set(STORE_KEY, { url })
      return this.status()
    },
    /** Back to the local file; the working copy stays as local drafts. */
    async leave(): Promise<TeamStatus> {
      await closeStore()
      chosen = undefined
      connection = 'local'
      deps.settings.remove(STORE_KEY)
      return this.status()
    },
    /** Tells colleagues this operator has the draft open (nothing while offline or local). */
    async editing(id: string): Promise<void> {
      if (!store) return
      await announce(store.pool, {
        id,
        revision: 0,
        author: store.operator,
        kind: 'editing',
        from: sessionId
      }).catch(() => undefined)
    },
    /** Changes other operators made since `since` (a sequence number this session gave). */
    changes(since: number): { seq: number; changes: LiveChange[] } {
      return { seq, changes: live.filter((change) => change.seq > since) }
    },
    async close(): Promise<void> {
      closed = true
      await closeStore()
    },
    /** The team store while it answers, with its shared ledger (store/pg/submissions.ts). */
    online: () => {
      const share = teamLedger()
      return store && share
        ? {
            pool: store.pool,
            operator: store.operator,
            session: sessionId,
            failure: store.failure,
            ledger: share
          }
        : undefined
    }
  }
}

export type TeamSession = ReturnType<typeof createTeamSession>

function hostOf(url: string | undefined): Record<string, string> {
  if (!url) return { host: '', port: '' }
  const parsed = parseTeamUrl(url)
  return { host: parsed.hostname, port: parsed.port || '5432' }
}
