import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'
import { openTeamStore } from '../../src-main/store/pg/connect'
import { migratePg } from '../../src-main/store/pg/migrations'

/** Debian's PostgreSQL (apt package `postgresql`, installed by .ci/run). */
const BIN = '/usr/lib/postgresql/15/bin'

export const POSTGRES_MISSING = existsSync(join(BIN, 'initdb'))
  ? undefined
  : `PostgreSQL is not installed (${BIN}/initdb missing): the team-store tests cannot run. ` +
    'Install the Debian package `postgresql` (.ci/run does).'

export interface TestPostgres {
  /** `postgres://kaitong:<password>@127.0.0.1:<port>/<database>` for a fresh database. */
  url(database?: string): string
  port: number
  password: string
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>
  /** Stops the server (as a crash would), runs `during`, starts it again on the same port. */
  whileDown<R>(during: () => Promise<R>): Promise<R>
  stop(): void
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/**
 * A throwaway cluster in a temp folder on 127.0.0.1: password (scram) auth, a self-signed
 * certificate so TLS is offered, fsync off unless `durable` (the bench wants real commits;
 * a stopped server still keeps every commit, which reached the OS at commit time).
 * initdb refuses to run as root, so root runs it as the `postgres` user.
 */
export async function startPostgres(options: { durable?: boolean } = {}): Promise<TestPostgres> {
  if (POSTGRES_MISSING) throw new Error(POSTGRES_MISSING)
  const root = mkdtempSync(join(tmpdir(), 'kaitong-pg-'))
  const data = join(root, 'data')
  const password = 'team-secret'
  const asRoot = process.getuid?.() === 0
  const run = (cmd: string, args: string[]): string =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(BIN, cmd), ...args], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe']
        })
      : execFileSync(join(BIN, cmd), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  writeFileSync(join(root, 'pw'), password)
  if (asRoot) chownAll(root)
  run('initdb', [
    '-D',
    data,
    '-U',
    'kaitong',
    '--auth=scram-sha-256',
    `--pwfile=${join(root, 'pw')}`,
    '-E',
    'UTF8',
    '--no-sync'
  ])
  const tls = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1'
    ].concat(['-keyout', join(data, 'server.key'), '-out', join(data, 'server.crt')]),
    { stdio: 'ignore' }
  )
  if (asRoot) chownAll(root)
  const port = await freePort()
  const settings = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${root}`,
    options.durable ? '' : '-c fsync=off',
    tls.status === 0 ? '-c ssl=on' : ''
  ].join(' ')
  const start = () =>
    run('pg_ctl', ['-D', data, '-l', join(root, 'log'), '-o', settings, '-w', 'start'])
  start()
  const url = (database = 'postgres') =>
    `postgres://kaitong:${password}@127.0.0.1:${port}/${database}`
  return {
    url,
    port,
    password,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url() })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE "${name}"`)
      } finally {
        await client.end()
      }
      return url(name)
    },
    async whileDown(during) {
      run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop'])
      try {
        return await during()
      } finally {
        start()
      }
    },
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop'])
      } finally {
        rmSync(root, { recursive: true, force: true })
      }
    }
  }

  function chownAll(dir: string): void {
    execFileSync('chown', ['-R', 'postgres:postgres', dir])
  }
}

/**
 * A team database initialised as `team init` does, with a second operator: the URLs the
 * cluster's owner (role `kaitong`) and the new role connect with.
 */
export async function teamDatabase(
  server: TestPostgres,
  name: string
): Promise<{ zhao: string; lin: string; role: string }> {
  const url = await server.createDatabase(name)
  const admin = await openTeamStore(url)
  try {
    await migratePg(admin.pool)
    // Roles belong to the whole cluster: one per database.
    const role = `lin_${name}`
    await admin.pool.query(`CREATE ROLE ${role} LOGIN PASSWORD 'lin-pw'`)
    await admin.pool.query(`GRANT ALL ON ALL TABLES IN SCHEMA public TO ${role}`)
    return { zhao: url, lin: url.replace(`kaitong:${server.password}`, `${role}:lin-pw`), role }
  } finally {
    await admin.close()
  }
}

/**
 * A suite's throwaway cluster, started once before its tests and stopped after them, and a
 * fresh team database (named `<prefix>_<n>`) for each test that asks.
 */
export function useTeamPostgres(prefix: string) {
  let server: TestPostgres | undefined
  let made = 0
  beforeAll(async () => {
    server = await startPostgres()
  }, 60_000)
  afterAll(() => server?.stop())
  const started = (): TestPostgres => {
    if (!server) throw new Error('PostgreSQL is not started')
    return server
  }
  return {
    server: started,
    teamDatabase: () => teamDatabase(started(), `${prefix}_${++made}`)
  }
}
