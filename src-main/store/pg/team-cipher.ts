import { hkdfSync, randomBytes } from 'node:crypto'
import type pg from 'pg'
import { KaitongError } from '../../api/result'
import { replacePersonalValues } from '../../domain/personal-fields'
import { rootKeyFromPassphrase } from '../../keys/root-key'
import { decryptFile, encryptFile } from '../../media/file-cipher'

/**
 * The team key at work: 32 random bytes the operators share, unlocked on each computer from
 * a passphrase, never sent to the server. Personal values of a draft, picture bytes and
 * pictures' file names are AES-256-GCM sealed with a key derived from it before they reach
 * PostgreSQL (the media files' format, file-cipher.ts), each bound to where it belongs (a
 * field's path, a picture's SHA-256) so a value moved elsewhere fails to open.
 */
export const TEAM_KEY_BYTES = 32

/** A sealed value in a draft's JSON: the format's version, then base64 of the ciphertext. */
export const SEALED = 'kt1:'
/** The associated data of a wrapped team key. */
const WRAPPED_KEY = 'kaitong/team-key'

type Row = Record<string, unknown>

export interface TeamCipher {
  /** Names the key without revealing it (the same on every computer that unlocked it). */
  keyId: string
  /** The raw key, to remember on this computer (encrypted settings) and to wrap anew. */
  key: Buffer
  /** A draft's canonical JSON → the same JSON with its personal values sealed. */
  sealContent(json: string): string
  /** The stored JSON → the draft's canonical JSON, exactly as it was sealed. */
  openContent(stored: string): string
  sealPicture(sha256: string, bytes: Uint8Array): Buffer
  openPicture(sha256: string, stored: Uint8Array): Buffer
  /** A row of a copied table as the team store keeps it (drafts, revisions, media rows). */
  sealRow(table: string, row: Row): Row
  openRow(table: string, row: Row): Row
}

const derive = (key: Uint8Array, purpose: string, bytes: number) =>
  Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `kaitong/team/${purpose}/v1`, bytes))

/** A value the team store holds that this key cannot open. */
function unreadable(): KaitongError {
  return new KaitongError('team.unreadable', {})
}

/**
 * The ledger's sealed texts: a sign or confirmation link lets whoever holds it open the
 * merchant's contract; the platforms' answers carry those links, merchant names and account
 * details.
 */
export const LEDGER_SEALED = [
  { table: 'submissions', column: 'links' },
  { table: 'submission_events', column: 'raw' }
] as const

/**
 * Which columns of the team store's tables are sealed, and how: a draft's JSON value by value,
 * a text whole (bound to its table and column).
 */
const SEALED_COLUMNS: Readonly<
  Record<string, readonly { column: string; kind: 'content' | 'text' }[]>
> = {
  drafts: [{ column: 'content', kind: 'content' }],
  draft_revisions: [{ column: 'content', kind: 'content' }],
  // A picture's file name may be a person's name or ID number.
  media: [{ column: 'original_name', kind: 'text' }],
  ...Object.fromEntries(
    LEDGER_SEALED.map(({ table, column }) => [table, [{ column, kind: 'text' as const }]])
  )
}

export function teamCipher(key: Buffer): TeamCipher {
  if (key.length !== TEAM_KEY_BYTES) throw unreadable()
  const data = derive(key, 'data', 32)
  const seal = (where: string, text: string) =>
    SEALED + encryptFile(data, where, Buffer.from(text, 'utf8')).toString('base64')
  const open = (where: string, stored: unknown): string => {
    if (typeof stored !== 'string' || !stored.startsWith(SEALED)) throw unreadable()
    try {
      const bytes = Buffer.from(stored.slice(SEALED.length), 'base64')
      return decryptFile(data, where, bytes).toString('utf8')
    } catch {
      throw unreadable()
    }
  }
  // In place and without re-sorting: the values change, the keys keep their order, so the
  // opened text is exactly the text that was sealed.
  const values = (json: string, map: (value: unknown, field: string) => unknown) => {
    const parsed: unknown = JSON.parse(json)
    replacePersonalValues(parsed, map)
    return JSON.stringify(parsed)
  }
  const sealContent = (json: string) =>
    values(json, (value, field) => seal(field, JSON.stringify(value)))
  const openContent = (stored: string) =>
    values(stored, (value, field) => JSON.parse(open(field, value)) as unknown)
  const rowWith = (table: string, row: Row, direction: 'seal' | 'open'): Row => {
    const changed = { ...row }
    for (const { column, kind } of SEALED_COLUMNS[table] ?? []) {
      const value = String(row[column])
      const where = `${table}.${column}`
      changed[column] =
        kind === 'content'
          ? (direction === 'seal' ? sealContent : openContent)(value)
          : direction === 'seal'
            ? seal(where, value)
            : open(where, value)
    }
    return changed
  }
  return {
    keyId: derive(key, 'id', 16).toString('hex'),
    key,
    sealContent,
    openContent,
    sealPicture: (sha256, bytes) => encryptFile(data, sha256, bytes),
    openPicture(sha256, stored) {
      try {
        return decryptFile(data, sha256, stored)
      } catch {
        throw unreadable()
      }
    },
    sealRow: (table, row) => rowWith(table, row, 'seal'),
    openRow: (table, row) => rowWith(table, row, 'open')
  }
}

export function newTeamKey(): TeamCipher {
  return teamCipher(randomBytes(TEAM_KEY_BYTES))
}

/** One passphrase's copy of the team key, as the `team_keys` table holds it. */
export interface WrappedKey {
  key_id: string
  salt: string
  wrapped: string
}

export const MIN_PASSPHRASE = 8

/** The team key sealed under a key stretched from `passphrase` (scrypt, as the root key's). */
export function wrapTeamKey(cipher: TeamCipher, passphrase: string): WrappedKey {
  if (passphrase.length < MIN_PASSPHRASE)
    throw new KaitongError('team.passphrase_short', { min: MIN_PASSPHRASE })
  const salt = randomBytes(16)
  const wrapping = rootKeyFromPassphrase(passphrase, salt)
  return {
    key_id: cipher.keyId,
    salt: salt.toString('base64'),
    wrapped: encryptFile(wrapping, WRAPPED_KEY, cipher.key).toString('base64')
  }
}

/** The team key from whichever wrapped copy `passphrase` opens; a wrong one is refused. */
export function unwrapTeamKey(rows: readonly WrappedKey[], passphrase: string): TeamCipher {
  for (const row of rows) {
    const wrapping = rootKeyFromPassphrase(passphrase, Buffer.from(row.salt, 'base64'))
    let key: Buffer
    try {
      key = decryptFile(wrapping, WRAPPED_KEY, Buffer.from(row.wrapped, 'base64'))
    } catch {
      continue
    }
    const cipher = teamCipher(key)
    if (cipher.keyId === row.key_id) return cipher
  }
  throw new KaitongError('team.wrong_passphrase', {})
}

/** Held shared by every write that seals, exclusively while the key is being created. */
export const TEAM_KEY_LOCK = 0x6b6b6579

/**
 * Inside a writing transaction: the team store's key must be the one this writer seals
 * with (none for a store without a key), so nothing is ever written in plain form to a store
 * that has a key, nor sealed with a key it does not know.
 */
export async function requireTeamKey(
  client: Pick<pg.ClientBase, 'query'>,
  cipher: TeamCipher | undefined
): Promise<void> {
  const found = await client.query<{ key_id: string | null }>(
    `SELECT pg_advisory_xact_lock_shared($1)::text AS locked,
            (SELECT key_id FROM team_keys ORDER BY id LIMIT 1) AS key_id`,
    [TEAM_KEY_LOCK]
  )
  if ((found.rows[0]?.key_id ?? undefined) !== cipher?.keyId)
    throw new KaitongError('team.locked', {})
}
