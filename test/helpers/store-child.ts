/**
 * A second process on the same database, for tests of what only another process can do:
 * start at the same moment as others, or write until it is killed.
 *
 *   node --import tsx test/helpers/store-child.ts open         opens each database path read from stdin
 *   node --import tsx test/helpers/store-child.ts write <db>   saves drafts, printing each acknowledged save
 */
import { createInterface } from 'node:readline'
import { openApp } from '../../src-main/api'
import { emptyDraftContent } from '../../src-main/domain/draft'
import { openStore } from '../../src-main/store/open-store'
import { dirname } from 'node:path'

const [mode, dbPath = ''] = process.argv.slice(2)

if (mode === 'open') {
  process.stdout.write('ready\n')
  createInterface({ input: process.stdin }).on('line', (path) => {
    try {
      openStore(path).close()
      process.stdout.write('opened\n')
    } catch (error) {
      process.stdout.write(`failed ${String(error)}\n`)
    }
  })
} else if (mode === 'write') {
  const app = openApp({ dataDir: dirname(dbPath), dbPath, version: '0.0.0-test' })
  const call = async (method: string, input: unknown) => {
    const result = await app.router.dispatch(method, input)
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    return result.value as { id: string; revision: number }
  }
  const draft = await call('drafts.create', { title: `进程 ${process.pid}` })
  process.stdout.write('ready\n')
  for (let n = 1; ; n++) {
    const content = emptyDraftContent()
    content.merchant.licence.registeredName = `杭州小笼包 ${process.pid}-${n}`
    // A checkpoint seals each save as its own revision, so every ack names a revision to find.
    const saved = await call('drafts.save', { id: draft.id, content, checkpoint: true })
    // Printed only after the save returned: an acknowledged save.
    process.stdout.write(`ack ${draft.id} ${saved.revision} ${process.pid}-${n}\n`)
  }
}
