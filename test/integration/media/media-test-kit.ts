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
  const colours = await noise(40, 30, 60, 1).png().toBuffer()
  const grain = await noise(4000, 3000, 12, 2).png({ compressionLevel: 1 }).toBuffer()
  return sharp(colours)
    .resize(4000, 3000, { kernel: 'cubic' })
    .composite([{ input: grain, blend: 'overlay' }])
    .jpeg({ quality: 92 })
    .toBuffer()
}

/**
 * Grey noise around 128 with spread `sigma`, the same on every run (a seeded generator, so a
 * test that measures the photo measures the same photo each time).
 */
function noise(width: number, height: number, sigma: number, seed: number) {
  const data = Buffer.alloc(width * height * 3)
  let state = seed
  const uniform = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
  for (let index = 0; index < data.length; index++) {
    // Four uniforms summed are close to normal; √3 scales their spread (√(4/12)) to sigma.
    const centred = uniform() + uniform() + uniform() + uniform() - 2
    data[index] = Math.max(0, Math.min(255, Math.round(128 + centred * sigma * Math.sqrt(3))))
  }
  return sharp(data, { raw: { width, height, channels: 3 } })
}

/** Mean absolute difference per sample of two raw pixel buffers of the same shape. */
export function meanDifference(left: Buffer, right: Buffer): number {
  let total = 0
  for (let index = 0; index < left.length; index += 1) {
    total += Math.abs((left[index] ?? 0) - (right[index] ?? 0))
  }
  return total / left.length
}
