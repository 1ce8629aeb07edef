import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BundleError, writeBundleFile, type BundleWriteSteps } from '../../../src-main/bundle'
import { sha256Hex } from './test-adapter'

const FILE_NAME = '深圳市开通科技有限公司-wechat-pay-20260301.kaitong.zip'
const bytes = new TextEncoder().encode('PK pretend bundle bytes '.repeat(100))

/** An error shaped like the ones node:fs throws. */
function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

/** Writes part of the file, as a disk that fills up mid-write does, then fails. */
function failingWrite(code: string): BundleWriteSteps['write'] {
  return async (path, data) => {
    await writeFile(path, data.subarray(0, 10))
    throw fsError(code)
  }
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (thrown) {
    return thrown
  }
  throw new Error('expected a rejection')
}

let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kaitong-bundle-write-'))
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('writeBundleFile', () => {
  it('puts the finished file in place and leaves nothing else behind', async () => {
    const written = await writeBundleFile(bytes, folder, FILE_NAME)

    expect(written).toEqual({
      path: join(folder, FILE_NAME),
      bytes: bytes.length,
      sha256: sha256Hex(bytes)
    })
    expect(await readdir(folder)).toEqual([FILE_NAME])
    expect(new Uint8Array(await readFile(written.path))).toEqual(bytes)
  })

  it('replaces an earlier bundle of the same name', async () => {
    await writeFile(join(folder, FILE_NAME), 'older export')

    await writeBundleFile(bytes, folder, FILE_NAME)

    expect(await readdir(folder)).toEqual([FILE_NAME])
    expect(new Uint8Array(await readFile(join(folder, FILE_NAME)))).toEqual(bytes)
  })

  it.each([
    ['ENOSPC', 'bundle.disk_full'],
    ['EACCES', 'bundle.no_permission'],
    ['EROFS', 'bundle.no_permission'],
    ['EIO', 'bundle.write_failed']
  ])(
    'removes the partial file and says what happened when the write fails with %s',
    async (errno, code) => {
      const error = await caught(
        writeBundleFile(bytes, folder, FILE_NAME, { write: failingWrite(errno) })
      )

      expect(error).toBeInstanceOf(BundleError)
      expect(error).toMatchObject({
        code,
        params: { path: join(folder, FILE_NAME), reason: errno }
      })
      expect(await readdir(folder)).toEqual([])
    }
  )

  it('removes the written temp file when the rename fails because the file is in use', async () => {
    let written = new Uint8Array()
    const rename = async (from: string) => {
      written = new Uint8Array(await readFile(from))
      throw fsError('EBUSY')
    }

    const error = await caught(writeBundleFile(bytes, folder, FILE_NAME, { rename }))

    expect(error).toMatchObject({ code: 'bundle.file_in_use' })
    expect(written).toEqual(bytes)
    expect(await readdir(folder)).toEqual([])
  })

  it('leaves the folder as it was when a folder stands where the bundle should go', async () => {
    await mkdir(join(folder, FILE_NAME, 'inside'), { recursive: true })

    const error = await caught(writeBundleFile(bytes, folder, FILE_NAME))

    expect(error).toMatchObject({ code: 'bundle.write_failed' })
    expect(await readdir(folder)).toEqual([FILE_NAME])
    expect(await readdir(join(folder, FILE_NAME))).toEqual(['inside'])
  })

  it('reports a target folder that does not exist', async () => {
    const missing = join(folder, 'gone')

    const error = await caught(writeBundleFile(bytes, missing, FILE_NAME))

    expect(error).toMatchObject({ code: 'bundle.folder_missing' })
  })

  it('refuses a file name that would leave the target folder', async () => {
    const error = await caught(writeBundleFile(bytes, folder, '../escape.kaitong.zip'))

    expect(error).toMatchObject({ code: 'bundle.write_failed', params: { reason: 'EINVAL' } })
    expect(await readdir(folder)).toEqual([])
  })
})
