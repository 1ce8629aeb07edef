import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { MAX_OUTPUT_PIXELS } from '../../../src-main/media/normalize'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir('kaitong-memory-')
const CHILD = join(import.meta.dirname, '../../helpers/normalize-child.ts')
const MB = 1024 * 1024

describe('the pixel budget', () => {
  it('normalises a 120-megapixel PNG of a few hundred KB with a peak RSS under 400 MB', async () => {
    const file = join(tempDir(), 'huge.png')
    await sharp({ create: { width: 12000, height: 10000, channels: 3, background: '#f4f4f4' } })
      .png({ compressionLevel: 9 })
      .toFile(file)

    // A fresh process, so the peak is this picture's alone.
    const result = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', CHILD, file, 'wechat-pay', 'licence'], {
        encoding: 'utf8'
      })
    ) as { width: number; height: number; peakRss: number }
    expect(result.width * result.height).toBeLessThanOrEqual(MAX_OUTPUT_PIXELS)
    expect(result.peakRss).toBeLessThan(400 * MB)
  }, 60_000)
})
