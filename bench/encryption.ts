/**
 * Encryption at rest, measured against the same work unencrypted in the same run: autosave
 * (p50/p99), opening the database (raw key vs a passphrase through SQLCipher's PBKDF2), a
 * camera photo through AES-256-GCM, and the first-start encryption of a plaintext database.
 * `node --import tsx bench/encryption.ts` runs it alone; bench/run.ts calls it.
 */
import Database from 'better-sqlite3-multiple-ciphers'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { emptyDraftContent } from '../src-main/domain/draft'
import { deriveKey, generateRootKey } from '../src-main/keys/root-key'
import { decryptFile, encryptFile } from '../src-main/media/file-cipher'
import { openDatabase } from '../src-main/store/connection'
import { createDraftsRepo } from '../src-main/store/drafts'
import { encryptInPlace } from '../src-main/store/encrypt-in-place'
import { migrate } from '../src-main/store/migrations'
import { measure, percentile, SAVES } from './draft-save'

function timed(run: () => void, times: number): { p50: number; p99: number } {
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint()
    run()
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  samples.sort((a, b) => a - b)
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) }
}

function inTempDir<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'kaitong-bench-crypto-'))
  try {
    return work(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function benchEncryption(): void {
  const key = deriveKey(generateRootKey(), 'database')
  const plain = measure('plain SQLite', [])
  const encrypted = measure('SQLCipher, raw 256-bit key', [], key)
  console.log(`encryption at rest: autosave, ${SAVES} saves each`)
  console.log(
    `autosave without encryption: p50 ${plain.p50.toFixed(3)} ms, p99 ${plain.p99.toFixed(3)} ms`
  )
  console.log(
    `autosave with encryption:    p50 ${encrypted.p50.toFixed(3)} ms, p99 ${encrypted.p99.toFixed(3)} ms` +
      ` (p50 ×${(encrypted.p50 / plain.p50).toFixed(2)}, p99 ×${(encrypted.p99 / plain.p99).toFixed(2)})`
  )

  inTempDir((dir) => {
    const path = join(dir, 'open.sqlite')
    openDatabase(path, { key }).close()
    const raw = timed(() => openDatabase(path, { key }).close(), 50)
    const passphrasePath = join(dir, 'passphrase.sqlite')
    const withPassphrase = () => {
      const db = new Database(passphrasePath)
      db.pragma(`cipher = 'sqlcipher'`)
      db.pragma(`key = 'correct horse battery staple'`)
      db.prepare('SELECT count(*) FROM sqlite_master').get()
      db.close()
    }
    withPassphrase()
    const derived = timed(withPassphrase, 5)
    console.log(
      `open: raw key p50 ${raw.p50.toFixed(2)} ms; passphrase (PBKDF2, 256,000 rounds) p50 ${derived.p50.toFixed(1)} ms`
    )
  })

  const mediaKey = randomBytes(32)
  const photo = randomBytes(4 * 1024 * 1024)
  const sealed = encryptFile(mediaKey, 'photo', photo)
  const seal = timed(() => encryptFile(mediaKey, 'photo', photo), 20)
  const open = timed(() => decryptFile(mediaKey, 'photo', sealed), 20)
  console.log(
    `media, 4 MB photo: AES-256-GCM encrypt p50 ${seal.p50.toFixed(1)} ms, decrypt p50 ${open.p50.toFixed(1)} ms`
  )

  inTempDir((dir) => {
    const path = join(dir, 'legacy.sqlite')
    const db = openDatabase(path)
    migrate(db)
    const drafts = createDraftsRepo(db)
    const content = emptyDraftContent()
    content.merchant.licence.registeredAddress = '浙江省杭州市西湖区文三路 '.repeat(8)
    for (let i = 0; i < 2000; i++) drafts.create(`草稿 ${i}`, content)
    db.close()
    const report = encryptInPlace(path, key)
    console.log(
      `first start, plaintext → encrypted (2,000 drafts, ${(report.bytes / 1024 / 1024).toFixed(1)} MB, backup and check included): ${report.ms.toFixed(0)} ms`
    )
  })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) benchEncryption()
