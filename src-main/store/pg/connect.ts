import pg from 'pg'
import { KaitongError } from '../../api/result'
import { errorCode } from '../errors'

export interface TeamStore {
  pool: pg.Pool
  /** Whether the connection is encrypted (TLS is used whenever the server offers it). */
  tls: boolean
  /** Who the server knows this operator as: recorded on every revision they save. */
  operator: string
  /** A failure of a query on this store as the user can act on it (or the error itself). */
  failure: (error: unknown) => unknown
  close(): Promise<void>
}

const UNREACHABLE = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH']

/**
 * A driver or network failure as the user can act on it: server down, wrong password,
 * no such database. The password never appears in a message.
 */
export function teamFailure(error: unknown, url: URL): KaitongError | undefined {
  if (error instanceof KaitongError) return error
  const code = errorCode(error)
  const where = { host: url.hostname, port: url.port || '5432' }
  const message = error instanceof Error ? error.message : ''
  if (UNREACHABLE.includes(code) || /timeout|Connection terminated/i.test(message))
    return new KaitongError('team.unreachable', where)
  if (code === '28P01')
    return new KaitongError('team.wrong_password', { user: decodeURIComponent(url.username) })
  if (code === '28000') return new KaitongError('team.no_access', { user: url.username })
  if (code === '3D000')
    return new KaitongError('team.no_database', { database: url.pathname.slice(1), ...where })
  if (code === '57P01' || code === '57P03' || code === 'ECONNRESET')
    return new KaitongError('team.unreachable', where)
  return undefined
}

export function parseTeamUrl(text: string): URL {
  // Shown without the credentials, whatever the rest of the address looks like.
  const bad = () => new KaitongError('team.bad_url', { url: text.replace(/\/\/[^@/]*@/, '//') })
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw bad()
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw bad()
  return url
}

/** The URL as it may be shown: without its password. */
export function displayUrl(url: URL): string {
  const shown = new URL(url.href)
  shown.password = ''
  return shown.href
}

const NO_TLS = /does not support SSL/i

/**
 * Connects like libpq's default `sslmode=prefer`: TLS first, plain only when the server
 * refuses TLS. A `sslmode` in the URL is the team's explicit choice and wins.
 */
export async function openTeamStore(text: string): Promise<TeamStore> {
  const url = parseTeamUrl(text)
  const explicit = url.searchParams.has('sslmode')
  const attempt = async (tls: boolean): Promise<pg.Pool> => {
    const pool = new pg.Pool({
      connectionString: url.href,
      connectionTimeoutMillis: 5000,
      max: 5,
      ...(explicit ? {} : { ssl: tls ? { rejectUnauthorized: false } : false })
    })
    // An idle client's failure (server restarted) must not crash the process.
    pool.on('error', () => undefined)
    try {
      const client = await pool.connect()
      client.release()
      return pool
    } catch (error) {
      await pool.end().catch(() => undefined)
      throw error
    }
  }
  let pool: pg.Pool
  try {
    try {
      pool = await attempt(true)
    } catch (error) {
      if (explicit || !NO_TLS.test(error instanceof Error ? error.message : '')) throw error
      pool = await attempt(false)
    }
  } catch (error) {
    throw teamFailure(error, url) ?? error
  }
  const who = await pool.query<{ operator: string; tls: boolean | null }>(
    `SELECT current_user AS operator,
            (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()) AS tls`
  )
  return {
    pool,
    tls: who.rows[0]?.tls === true,
    operator: who.rows[0]?.operator ?? '',
    failure: (error) => teamFailure(error, url) ?? error,
    close: () => pool.end().catch(() => undefined)
  }
}
