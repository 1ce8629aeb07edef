import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../../src-main/store/open-store'
import { testDatabaseKey } from '../../helpers/test-key'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir('kaitong-crash-')
const CHILD = join(import.meta.dirname, '../../helpers/store-child.ts')
const KILLS = 50

interface Ack {
  draftId: string
  revision: number
  name: string
}

/** Starts a writer, lets it save for a random moment, then SIGKILLs it; returns its acks. */
async function killMidWrite(dbPath: string): Promise<Ack[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, 'write', dbPath], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const acks: Ack[] = []
  const exited = new Promise((resolve) => child.once('exit', resolve))
  for await (const line of createInterface({ input: child.stdout })) {
    if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), Math.random() * 150)
    const [word, draftId = '', revision, name = ''] = line.split(' ')
    if (word === 'ack') acks.push({ draftId, revision: Number(revision), name })
  }
  await exited
  return acks
}

describe('a writer killed at random points', () => {
  it(`keeps every acknowledged save through ${KILLS} SIGKILLs, and the file stays intact`, async () => {
    const dbPath = join(tempDir(), 'kaitong.sqlite')
    const acks: Ack[] = []
    // Two writers at a time, as the app and a CLI script would be; killed independently.
    for (let kill = 0; kill < KILLS; kill += 2) {
      const rounds = await Promise.all([killMidWrite(dbPath), killMidWrite(dbPath)])
      acks.push(...rounds.flat())
    }

    // Each kill leaves its running marker behind, so this open runs the full integrity check.
    // The writers opened it through the app, with the run's key (KAITONG_KEY).
    const store = openStore(dbPath, { key: testDatabaseKey() })
    expect(store.startup).toEqual({ state: 'ok' })
    const saved = store.db.prepare(
      'SELECT content FROM draft_revisions WHERE draft_id = ? AND revision = ?'
    )
    const lost = acks.filter((ack) => {
      const row = saved.get(ack.draftId, ack.revision) as { content: string } | undefined
      return !row?.content.includes(`杭州小笼包 ${ack.name}`)
    })
    store.close()
    expect(acks.length).toBeGreaterThan(KILLS)
    expect(lost).toEqual([])
  }, 240_000)
})
