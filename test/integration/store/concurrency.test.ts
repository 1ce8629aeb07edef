import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { emptyDraftContent } from '../../../src-main/domain/draft'
import { createDraftsRepo } from '../../../src-main/store/drafts'
import { LATEST_VERSION, schemaVersion } from '../../../src-main/store/migrations'
import { openStore } from '../../../src-main/store/open-store'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir('kaitong-busy-')
const CHILD = join(import.meta.dirname, '../../helpers/store-child.ts')
// The same SQLite build as the app's (the CLI importing would be Kaitong too).
const sqlitePath = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers')

/**
 * Another writer on its own thread (as the CLI importing would be): short write transactions
 * back to back for `ms`, each holding the lock a moment.
 */
function busyWriter(dbPath: string, ms: number): Promise<void> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads')
    const Database = require(workerData.sqlitePath)
    const db = new Database(workerData.dbPath)
    db.pragma('busy_timeout = 5000')
    const put = db.prepare("INSERT INTO settings VALUES ('busy', ?, 'now') ON CONFLICT(key) DO UPDATE SET value = excluded.value")
    const end = Date.now() + workerData.ms
    parentPort.postMessage('started')
    for (let n = 0; Date.now() < end; n++) {
      db.transaction(() => {
        put.run(String(n))
        const hold = Date.now() + 2
        while (Date.now() < hold) {}
      }).immediate()
    }
    db.close()
  `
  const worker = new Worker(code, { eval: true, workerData: { dbPath, ms, sqlitePath } })
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve())
    worker.once('error', reject)
  })
}

describe('several writers on one database', () => {
  it('saves every autosave while another process writes, waiting instead of failing', async () => {
    const dbPath = join(tempDir(), 'kaitong.sqlite')
    const store = openStore(dbPath)
    const drafts = createDraftsRepo(store.db)
    const { id } = drafts.create('并发')
    await busyWriter(dbPath, 1500)

    const failures: string[] = []
    for (let n = 0; n < 200; n++) {
      const content = emptyDraftContent()
      content.merchant.licence.registeredName = `第 ${n} 次`
      try {
        drafts.saveContent(id, content)
      } catch (error) {
        failures.push((error as { code?: string }).code ?? String(error))
      }
    }
    expect(failures).toEqual([])
    // Autosaves of one sitting share a revision; the last one is what the draft holds.
    expect(drafts.get(id).content.merchant.licence.registeredName).toBe('第 199 次')
    store.close()
  })

  // One round in six lost a start to "database is locked" before the WAL switch was retried.
  it('lets four first starts at the same moment create the schema once, without an error, round after round', async () => {
    const children = Array.from({ length: 4 }, () =>
      spawn(process.execPath, ['--import', 'tsx', CHILD, 'open'], {
        stdio: ['pipe', 'pipe', 'inherit']
      })
    )
    const lines = children.map((child) =>
      createInterface({ input: child.stdout })[Symbol.asyncIterator]()
    )
    for (const line of lines) expect((await line.next()).value).toBe('ready')
    try {
      for (let round = 0; round < 40; round++) {
        const dbPath = join(tempDir(), `kaitong-${round}.sqlite`)
        // Everyone is loaded and waiting; then all open the new file at once.
        for (const child of children) child.stdin.write(`${dbPath}\n`)
        const outcomes = await Promise.all(
          lines.map(async (line) => String((await line.next()).value))
        )
        expect(outcomes).toEqual(['opened', 'opened', 'opened', 'opened'])

        const store = openStore(dbPath)
        expect(schemaVersion(store.db)).toBe(LATEST_VERSION)
        store.close()
      }
    } finally {
      for (const child of children) child.kill()
    }
  })
})
