import type pg from 'pg'
import { KaitongError } from '../../api/result'
import { canonicalJson } from '../../domain/draft'
import type { WritableDb } from '../connection'
import { sha256Hex } from '../content-hash'
import { LATEST_VERSION } from '../migrations'
import { pgMediaBlobs, pictureMismatch } from './media-blobs'
import { pgSchemaVersion } from './migrations'
import { requireTeamKey, type TeamCipher } from './team-cipher'

/**
 * What `team push` and `team pull` copy, parents before children, with each table's key.
 * Settings stay per machine (they hold this computer's choices) and so does the
 * normalised-variant cache, which each machine rebuilds from the originals.
 */
export const COPIED_TABLES: readonly { name: string; key: readonly string[] }[] = [
  { name: 'merchants', key: ['id'] },
  { name: 'drafts', key: ['id'] },
  { name: 'draft_revisions', key: ['draft_id', 'revision'] },
  { name: 'media', key: ['sha256'] },
  { name: 'draft_media', key: ['draft_id', 'sha256'] },
  { name: 'exports', key: ['id'] },
  { name: 'submissions', key: ['id'] },
  { name: 'submission_events', key: ['id'] }
]

type Row = Record<string, unknown>

export interface TableCount {
  table: string
  /** Rows in the source. */
  source: number
  /** Rows this run wrote (0 on a re-run that found everything there). */
  copied: number
}

export interface TransferReport {
  tables: TableCount[]
  /** Revisions whose stored content hashed to their recorded sha256 on the target. */
  revisionsHashed: number
  /** Pictures whose bytes hashed to their name on the target. */
  picturesHashed: number
}

/** The two ends of a copy: the local SQLite store (with its picture files) and the team store. */
export interface LocalSide {
  db: WritableDb
  readPicture(sha256: string): Promise<Uint8Array>
  writePicture(sha256: string, bytes: Uint8Array): Promise<void>
  hasPicture(sha256: string): boolean
}

/** The local side as the app's picture store offers it (the CLI's copy and the app's team store). */
export function localSideOf(
  db: WritableDb,
  media: {
    read(sha256: string): Promise<Uint8Array>
    hasFile(sha256: string): boolean
    putFile(sha256: string, bytes: Uint8Array): Promise<void>
  }
): LocalSide {
  return {
    db,
    readPicture: (sha256) => media.read(sha256),
    hasPicture: (sha256) => media.hasFile(sha256),
    writePicture: (sha256, bytes) => media.putFile(sha256, bytes)
  }
}

/** A batch small enough for PostgreSQL's 65,535 parameters at any table's width. */
const BATCH = 200

function columnsOf(db: WritableDb, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
    (column) => column.name
  )
}

const keyOf = (row: Row, key: readonly string[]) =>
  key.map((column) => String(row[column])).join('|')

/** The team store must be Kaitong's and at this app's version before anything is copied. */
export async function requireCurrentSchema(pool: pg.Pool): Promise<void> {
  const found = await pgSchemaVersion(pool)
  if (found === undefined) throw new KaitongError('team.not_initialised', {})
  if (found > LATEST_VERSION)
    throw new KaitongError('team.newer_schema', { found, supported: LATEST_VERSION })
  if (found < LATEST_VERSION)
    throw new KaitongError('team.behind', { found, supported: LATEST_VERSION })
}

async function pgRows(pool: pg.Pool, table: string, columns: string[]): Promise<Row[]> {
  return (await pool.query<Row>(`SELECT ${columns.join(', ')} FROM ${table}`)).rows
}

/**
 * A draft row moves forward only: a copy never takes a draft back to an older revision
 * (someone saved on the target since), and only an open revision takes new content. Every
 * other row is immutable history: existing keys are skipped, which is what makes a rerun
 * resume where a broken one stopped.
 */
function conflictClause(table: string, columns: string[]): string {
  if (table === 'draft_revisions' && columns.includes('sealed'))
    // The newest revision may still be open (autosaves coalesce into it) until sealed.
    return `ON CONFLICT (draft_id, revision) DO UPDATE SET content = excluded.content,
      content_sha256 = excluded.content_sha256, sealed = excluded.sealed
      WHERE draft_revisions.sealed = 0 AND draft_revisions.content_sha256 <> excluded.content_sha256`
  if (table !== 'drafts') return 'ON CONFLICT DO NOTHING'
  const sets = columns
    .filter((column) => column !== 'id')
    .map((column) => `${column} = excluded.${column}`)
  return `ON CONFLICT (id) DO UPDATE SET ${sets.join(', ')} WHERE drafts.revision < excluded.revision`
}

async function insertPg(pool: pg.Pool, table: string, columns: string[], rows: Row[]) {
  let copied = 0
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH)
    const values = batch.map(
      (_row, r) => `(${columns.map((_c, c) => `$${r * columns.length + c + 1}`).join(', ')})`
    )
    const result = await pool.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}
       ${conflictClause(table, columns)}`,
      batch.flatMap((row) => columns.map((column) => row[column]))
    )
    copied += result.rowCount ?? 0
  }
  return copied
}

function insertSqlite(db: WritableDb, table: string, columns: string[], rows: Row[]): number {
  const insert = db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')})
     VALUES (${columns.map((column) => `@${column}`).join(', ')})
     ${conflictClause(table, columns)}`
  )
  let copied = 0
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH)
    db.transaction(() => {
      for (const row of batch) copied += insert.run(row).changes
    }).immediate()
  }
  return copied
}

/** Integer keys were copied as they are; the identities must continue after them. */
async function advanceIdentities(pool: pg.Pool): Promise<void> {
  for (const table of ['exports', 'submissions', 'submission_events'])
    await pool.query(
      `SELECT setval(pg_get_serial_sequence('${table}', 'id'),
                     GREATEST((SELECT max(id) FROM ${table}), 1))`
    )
}

/**
 * Every source row must be on the target with the same values in every shared column; the
 * first difference stops the command with the table and the row named. A draft the target
 * holds at a later revision (saved there since) is newer, not different.
 */
function compare(
  table: string,
  key: readonly string[],
  columns: string[],
  source: Row[],
  target: Row[]
) {
  const byKey = new Map(target.map((row) => [keyOf(row, key), row]))
  const pick = (row: Row) => canonicalJson(columns.map((column) => row[column] ?? null))
  const differing = source.filter((row) => {
    const found = byKey.get(keyOf(row, key))
    if (found && table === 'drafts' && Number(found['revision']) > Number(row['revision']))
      return false
    return !found || pick(found) !== pick(row)
  })
  if (differing.length > 0)
    throw new KaitongError('team.verify_failed', {
      table,
      count: differing.length,
      example: keyOf(differing[0] as Row, key)
    })
}

type Direction = 'push' | 'pull'

function sqliteRows(db: WritableDb, table: string, columns: string[]): Row[] {
  return db.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).all() as Row[]
}

/**
 * Table by table: read the source, pictures first, write what is missing, compare. With a
 * team key, rows are sealed on their way to the team store and opened when read from it, so
 * the comparison is of plain values: every sealed value on the team store opened with the key
 * to exactly what the source holds.
 */
async function copyTables(
  direction: Direction,
  local: LocalSide,
  pool: pg.Pool,
  cipher: TeamCipher | undefined
) {
  await requireCurrentSchema(pool)
  await requireTeamKey(pool, cipher)
  const tables: TableCount[] = []
  const read = async (name: string, columns: string[], side: 'local' | 'team') =>
    side === 'local'
      ? sqliteRows(local.db, name, columns)
      : (await pgRows(pool, name, columns)).map((row) => open(cipher, name, row))
  const [from, to] =
    direction === 'push' ? (['local', 'team'] as const) : (['team', 'local'] as const)
  for (const { name, key } of COPIED_TABLES) {
    const columns = columnsOf(local.db, name)
    const rows = await read(name, columns, from)
    if (name === 'media')
      await (direction === 'push'
        ? pushPictures(local, pool, rows, cipher)
        : pullPictures(pool, local, rows, cipher))
    const copied =
      direction === 'push'
        ? await insertPg(
            pool,
            name,
            columns,
            rows.map((row) => (cipher ? cipher.sealRow(name, row) : row))
          )
        : insertSqlite(local.db, name, columns, rows)
    compare(name, key, columns, rows, await read(name, columns, to))
    tables.push({ table: name, source: rows.length, copied })
  }
  return tables
}

const open = (cipher: TeamCipher | undefined, table: string, row: Row) =>
  cipher ? cipher.openRow(table, row) : row

/**
 * Copies the local store into the team store, then checks every row, revision and picture.
 * `cipher` is the unlocked team key, required when the team store has one.
 */
export async function pushToTeam(
  local: LocalSide,
  pool: pg.Pool,
  cipher?: TeamCipher
): Promise<TransferReport> {
  const tables = await copyTables('push', local, pool, cipher)
  await advanceIdentities(pool)
  return { tables, ...(await hashesOnTeam(pool, local.db, cipher)) }
}

/** Picture bytes go first, so a media row on the team store always has its blob. */
async function pushPictures(
  local: LocalSide,
  pool: pg.Pool,
  media: Row[],
  cipher: TeamCipher | undefined
): Promise<void> {
  const blobs = pgMediaBlobs(pool, cipher)
  for (const { sha256 } of media as { sha256: string }[]) {
    if (!(await blobs.has(sha256))) await blobs.put(sha256, await local.readPicture(sha256))
  }
}

/**
 * Every revision as the team store holds it, opened with the team key, must hash to its
 * recorded sha256 (of the plain content); every picture's blob must be there, and the server
 * itself recomputes the hash of the bytes it stored (sealed ones cannot hash to their name).
 */
async function hashesOnTeam(pool: pg.Pool, db: WritableDb, cipher: TeamCipher | undefined) {
  const revisions = db.prepare('SELECT draft_id, revision FROM draft_revisions').all() as Row[]
  const onTeam = await pool.query<{
    draft_id: string
    revision: number
    content: string
    content_sha256: string
  }>('SELECT draft_id, revision, content, content_sha256 FROM draft_revisions')
  const wrongRevision = onTeam.rows
    .filter(
      (row) =>
        sha256Hex(cipher ? cipher.openContent(row.content) : row.content) !== row.content_sha256
    )
    .map((row) => ({ draft_id: row.draft_id, revision: row.revision }))
  const pictures = db.prepare('SELECT sha256 FROM media').all() as Row[]
  const wrongPicture = await pool.query<Row>(
    `SELECT media.sha256 FROM media LEFT JOIN media_blobs USING (sha256)
     WHERE media_blobs.content IS NULL
        OR encode(sha256(media_blobs.content), 'hex') <> media_blobs.stored_sha256`
  )
  const bad = wrongRevision[0] ?? wrongPicture.rows[0]
  if (bad)
    throw new KaitongError('team.verify_failed', {
      table: wrongRevision[0] ? 'draft_revisions' : 'media',
      count: wrongRevision.length + wrongPicture.rows.length,
      example: Object.values(bad).join('|')
    })
  return { revisionsHashed: revisions.length, picturesHashed: pictures.length }
}

/** Copies the team store into the local store (pictures into its files), then checks it. */
export async function pullFromTeam(
  pool: pg.Pool,
  local: LocalSide,
  cipher?: TeamCipher
): Promise<TransferReport> {
  const tables = await copyTables('pull', local, pool, cipher)
  return { tables, ...(await hashesLocally(local)) }
}

async function pullPictures(
  pool: pg.Pool,
  local: LocalSide,
  media: Row[],
  cipher: TeamCipher | undefined
): Promise<void> {
  const blobs = pgMediaBlobs(pool, cipher)
  for (const { sha256 } of media as { sha256: string }[]) {
    if (local.hasPicture(sha256)) continue
    const bytes = await blobs.get(sha256)
    if (!bytes) throw pictureMismatch(sha256)
    await local.writePicture(sha256, bytes)
  }
}

async function hashesLocally(local: LocalSide) {
  const revisions = local.db
    .prepare('SELECT draft_id, revision, content, content_sha256 FROM draft_revisions')
    .all() as { draft_id: string; revision: number; content: string; content_sha256: string }[]
  const wrong = revisions.find((row) => sha256Hex(row.content) !== row.content_sha256)
  const pictures = (local.db.prepare('SELECT sha256 FROM media').all() as { sha256: string }[]).map(
    (row) => row.sha256
  )
  for (const sha256 of pictures)
    if (sha256Hex(await local.readPicture(sha256)) !== sha256) throw pictureMismatch(sha256)
  if (wrong)
    throw new KaitongError('team.verify_failed', {
      table: 'draft_revisions',
      count: 1,
      example: `${wrong.draft_id}|${wrong.revision}`
    })
  return { revisionsHashed: revisions.length, picturesHashed: pictures.length }
}
