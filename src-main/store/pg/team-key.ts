import type pg from 'pg'
import { z } from 'zod'
import { KaitongError } from '../../api/result'
import type { SettingsRepo } from '../settings'
import { sha256Hex } from '../content-hash'
import { inTransaction } from './drafts'
import {
  LEDGER_SEALED,
  SEALED,
  newTeamKey,
  teamCipher,
  TEAM_KEY_LOCK,
  unwrapTeamKey,
  wrapTeamKey,
  type TeamCipher,
  type WrappedKey
} from './team-cipher'

type Queryable = Pick<pg.ClientBase, 'query'>

/** The team key's wrapped copies on the team store, one per passphrase (none: no key). */
export async function wrappedKeys(client: Queryable): Promise<WrappedKey[]> {
  return (await client.query<WrappedKey>('SELECT key_id, salt, wrapped FROM team_keys ORDER BY id'))
    .rows
}

/**
 * Makes the team key (`team init` with a passphrase, or the first operator to set one) and
 * seals everything the store already holds with it, in one transaction under the key lock:
 * a save waits for it and then has to seal too. A store that has a key keeps it.
 */
export async function createTeamKey(
  pool: pg.Pool,
  passphrase: string,
  author: string,
  now: () => Date = () => new Date()
): Promise<TeamCipher> {
  const cipher = newTeamKey()
  const wrapped = wrapTeamKey(cipher, passphrase)
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [TEAM_KEY_LOCK])
    if ((await wrappedKeys(client)).length > 0) throw new KaitongError('team.key_exists', {})
    await insertWrapped(client, wrapped, author, now)
    await sealExisting(client, cipher)
  })
  return cipher
}

/** Another passphrase for the same key (an operator who keeps their own), from one who has it. */
export async function addPassphrase(
  pool: pg.Pool,
  cipher: TeamCipher,
  passphrase: string,
  author: string,
  now: () => Date = () => new Date()
): Promise<void> {
  const wrapped = wrapTeamKey(cipher, passphrase)
  await inTransaction(pool, async (client) => {
    const found = await wrappedKeys(client)
    if (found[0]?.key_id !== cipher.keyId) throw new KaitongError('team.locked', {})
    await insertWrapped(client, wrapped, author, now)
  })
}

/** The team key the passphrase opens on this store (a wrong one is refused). */
export async function unlockTeamKey(pool: pg.Pool, passphrase: string): Promise<TeamCipher> {
  const found = await wrappedKeys(pool)
  if (found.length === 0) throw new KaitongError('team.no_key', {})
  return unwrapTeamKey(found, passphrase)
}

async function insertWrapped(
  client: Queryable,
  wrapped: WrappedKey,
  author: string,
  now: () => Date
) {
  await client.query(
    `INSERT INTO team_keys (key_id, salt, wrapped, created_at, author)
     VALUES ($1, $2, $3, $4, $5)`,
    [wrapped.key_id, wrapped.salt, wrapped.wrapped, now().toISOString(), author]
  )
}

/**
 * Ledger values still in plain form, sealed: on a store given its key just now, or keyed by
 * an older Kaitong that sealed drafts and pictures only. A row a colleague sealed meanwhile
 * is left as it is (the update checks again).
 */
export async function sealLedgerLeftovers(client: Queryable, cipher: TeamCipher): Promise<void> {
  for (const { table, column } of LEDGER_SEALED) {
    const plain = await client.query<Record<string, unknown>>(
      `SELECT id, ${column} FROM ${table} WHERE ${column} NOT LIKE $1`,
      [`${SEALED}%`]
    )
    for (const row of plain.rows)
      await client.query(
        `UPDATE ${table} SET ${column} = $1 WHERE id = $2 AND ${column} NOT LIKE $3`,
        [cipher.sealRow(table, row)[column], row['id'], `${SEALED}%`]
      )
  }
}

/** What the store held before it had a key, sealed row by row (the drafts stay locked). */
async function sealExisting(client: Queryable, cipher: TeamCipher): Promise<void> {
  await sealLedgerLeftovers(client, cipher)
  const drafts = await client.query<{ id: string; content: string }>(
    'SELECT id, content FROM drafts FOR UPDATE'
  )
  for (const row of drafts.rows)
    await client.query('UPDATE drafts SET content = $1 WHERE id = $2', [
      cipher.sealContent(row.content),
      row.id
    ])
  const revisions = await client.query<{ draft_id: string; revision: number; content: string }>(
    'SELECT draft_id, revision, content FROM draft_revisions'
  )
  for (const row of revisions.rows)
    await client.query(
      'UPDATE draft_revisions SET content = $1 WHERE draft_id = $2 AND revision = $3',
      [cipher.sealContent(row.content), row.draft_id, row.revision]
    )
  const media = await client.query<Record<string, unknown>>(
    'SELECT sha256, original_name FROM media'
  )
  for (const row of media.rows)
    await client.query('UPDATE media SET original_name = $1 WHERE sha256 = $2', [
      cipher.sealRow('media', row)['original_name'],
      row['sha256']
    ])
  const blobs = await client.query<{ sha256: string; content: Buffer }>(
    'SELECT sha256, content FROM media_blobs'
  )
  for (const row of blobs.rows) {
    const sealed = cipher.sealPicture(row.sha256, row.content)
    await client.query(
      'UPDATE media_blobs SET content = $1, stored_sha256 = $2 WHERE sha256 = $3',
      [sealed, sha256Hex(sealed), row.sha256]
    )
  }
}

/**
 * This computer's unlocked team keys (settings table, itself encrypted), by key id: a team
 * key is unlocked once per computer, and a store whose key changed asks again.
 */
const KEYS_SETTING = 'team.keys'
const RememberedKeys = z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/))

export function rememberTeamKey(settings: SettingsRepo, cipher: TeamCipher): void {
  const kept = RememberedKeys.safeParse(settings.get(KEYS_SETTING)).data ?? {}
  settings.set(KEYS_SETTING, { ...kept, [cipher.keyId]: cipher.key.toString('hex') })
}

/** The team key this computer unlocked for `keyId`, if it did. */
export function rememberedTeamKey(settings: SettingsRepo, keyId: string): TeamCipher | undefined {
  const hex = (RememberedKeys.safeParse(settings.get(KEYS_SETTING)).data ?? {})[keyId]
  if (!hex) return undefined
  const cipher = teamCipher(Buffer.from(hex, 'hex'))
  return cipher.keyId === keyId ? cipher : undefined
}

/**
 * The key a team store needs from this computer: none when it has no key, the remembered one,
 * or 'locked' when this computer has not unlocked it yet.
 */
export async function teamKeyFor(
  client: Queryable,
  settings: SettingsRepo
): Promise<{ state: 'none' } | { state: 'locked' } | { state: 'unlocked'; cipher: TeamCipher }> {
  const found = await wrappedKeys(client)
  if (!found[0]) return { state: 'none' }
  const cipher = rememberedTeamKey(settings, found[0].key_id)
  return cipher ? { state: 'unlocked', cipher } : { state: 'locked' }
}
