import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { openDatabase, type WritableDb } from '../../../src-main/store/connection'
import { migrate } from '../../../src-main/store/migrations'
import { testDatabaseKey } from '../../helpers/test-key'

/** Shared set-up for the media tests: fixtures, temp folders, a migrated database, big photos. */
const IMAGES = fileURLToPath(new URL('../../fixtures/images/', import.meta.url))

export function fixture(name: string): Promise<Buffer> {
  return readFile(join(IMAGES, name))
}

export interface TempDir {
  path: string
  remove(): Promise<void>
}

export async function makeTempDir(): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), 'kaitong-media-'))
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}

export function openMigratedDb(dir: string): WritableDb {
  const db = openDatabase(join(dir, 'kaitong.db'), { key: testDatabaseKey() })
  migrate(db)
  return db
}

/**
 * A camera-sized photo (4000 × 3000 JPEG): soft colour areas with fine grain, which
 * compresses like a real photo rather than like flat colour or pure noise.
 */
export async function cameraPhoto(): Promise<Buffer> {
  const colours = await noise(40, 30, 60).png().toBuffer()
  const grain = await noise(4000, 3000, 12).png({ compressionLevel: 1 }).toBuffer()
  return sharp(colours)
    .resize(4000, 3000, { kernel: 'cubic' })
    .composite([{ input: grain, blend: 'overlay' }])
    .jpeg({ quality: 92 })
    .toBuffer()
}

function noise(width: number, height: number, sigma: number) {
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma }
    }
  })
}

/** Mean absolute difference per sample of two raw pixel buffers of the same shape. */
export function meanDifference(left: Buffer, right: Buffer): number {
  let total = 0
  for (let index = 0; index < left.length; index += 1) {
    total += Math.abs((left[index] ?? 0) - (right[index] ?? 0))
  }
  return total / left.length
}
