import { randomUUID, webcrypto } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { mkdir, open, readFile, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { decryptFile, encryptFile, isEncryptedFile } from './file-cipher'

/** Only the user may list or read the pictures (files 0600, folders 0700). */
const FOLDER_MODE = 0o700
const FILE_MODE = 0o600
const SHA256_NAME = /^[0-9a-f]{64}$/

/**
 * Files named by their plaintext SHA-256 under `<root>/<aa>/<sha256>`, encrypted with
 * AES-256-GCM under `key`: each picture is kept once however many drafts use it. A file is
 * written to a temp file first and renamed into place, so a reader never sees half a picture.
 */
export function createContentStore(root: string, key: Uint8Array) {
  const staging = join(root, 'tmp')

  function pathOf(sha256: string): string {
    return join(root, sha256.slice(0, 2), sha256)
  }

  return {
    pathOf,
    has(sha256: string): boolean {
      return existsSync(pathOf(sha256))
    },
    async read(sha256: string): Promise<Buffer> {
      return decryptFile(key, sha256, await readFile(pathOf(sha256)))
    },
    /**
     * Writes and syncs the bytes to a temp file (asynchronously, off the event loop).
     * `commit` then moves it into place, in the same synchronous step as the database row.
     */
    async stage(sha256: string, bytes: Uint8Array): Promise<string> {
      await mkdir(staging, { recursive: true, mode: FOLDER_MODE })
      await mkdir(dirname(pathOf(sha256)), { recursive: true, mode: FOLDER_MODE })
      const temp = join(staging, `${sha256}.${randomUUID()}`)
      const file = await open(temp, 'wx', FILE_MODE)
      try {
        await file.writeFile(encryptFile(key, sha256, bytes))
        // Synced before the rename: after a power cut a row never points at an empty file.
        await file.sync()
      } finally {
        await file.close()
      }
      return temp
    },
    commit(temp: string, sha256: string): void {
      if (existsSync(pathOf(sha256))) rmSync(temp, { force: true })
      else renameSync(temp, pathOf(sha256))
    },
    discard(temp: string): Promise<void> {
      return rm(temp, { force: true })
    },
    remove(sha256: string): void {
      rmSync(pathOf(sha256), { force: true })
    },
    /**
     * Encrypts, in place, the pictures an older Kaitong stored in the clear (each through a
     * temp file and a rename, so an interrupted run leaves every file whole), and closes their
     * folders to other users. Returns how many files it encrypted.
     */
    encryptPlaintextFiles(): number {
      if (!existsSync(root)) return 0
      chmodSync(root, FOLDER_MODE)
      let count = 0
      for (const folder of readdirSync(root)) {
        if (folder === 'tmp' || !statSync(join(root, folder)).isDirectory()) continue
        chmodSync(join(root, folder), FOLDER_MODE)
        for (const name of readdirSync(join(root, folder))) {
          const path = join(root, folder, name)
          if (!SHA256_NAME.test(name)) continue
          const data = readFileSync(path)
          if (isEncryptedFile(data)) continue
          const temp = `${path}.${randomUUID()}`
          writeFileSync(temp, encryptFile(key, name, data), { mode: FILE_MODE, flag: 'wx' })
          renameSync(temp, path)
          count += 1
        }
      }
      return count
    },
    /**
     * Deletes staged files a killed process left behind. Only old ones: the CLI and the app
     * may share the folder, and another process's import can be staging right now.
     */
    sweepStaging(olderThanMs: number, now: number = Date.now()): string[] {
      if (!existsSync(staging)) return []
      const swept: string[] = []
      for (const name of readdirSync(staging)) {
        const path = join(staging, name)
        try {
          if (now - statSync(path).mtimeMs < olderThanMs) continue
          rmSync(path, { force: true })
          swept.push(name)
        } catch {
          // Gone already, or in use: the next start tries again.
        }
      }
      return swept
    }
  }
}

export type ContentStore = ReturnType<typeof createContentStore>

/** SHA-256 hex via WebCrypto, which hashes on the thread pool rather than the event loop. */
export async function hashBytes(bytes: Uint8Array): Promise<string> {
  const digest = await webcrypto.subtle.digest('SHA-256', bytes)
  return Buffer.from(digest).toString('hex')
}
