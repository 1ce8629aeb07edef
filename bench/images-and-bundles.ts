/**
 * Pictures and bundles, as ratios of baselines measured in the same run: Kaitong's guarded
 * normalisation against a bare sharp resize of the same photo, and a bundle export with
 * every picture already normalised (the cache) against a first export.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { openApp } from '../src-main/api'
import { normalizeForSpec } from '../src-main/media'
import { WECHAT_PAY_IMAGE } from '../src-main/platforms/wechat-pay'
import { createCompleteDraft } from '../test/helpers/complete-draft'

async function time(run: () => Promise<unknown>, repeat: number): Promise<number> {
  const start = process.hrtime.bigint()
  for (let i = 0; i < repeat; i++) await run()
  return Number(process.hrtime.bigint() - start) / 1e6 / repeat
}

export async function benchImagesAndBundles(): Promise<void> {
  const photo = await sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: { r: 128, g: 128, b: 128 },
      noise: { type: 'gaussian', mean: 128, sigma: 40 }
    }
  })
    .jpeg({ quality: 92 })
    .toBuffer()
  const bare = await time(
    () => sharp(photo).resize(2000, 2000, { fit: 'inside' }).jpeg({ quality: 85 }).toBuffer(),
    3
  )
  const guarded = await time(() => normalizeForSpec(photo, WECHAT_PAY_IMAGE), 3)
  console.log(`4000×3000 photo → WeChat Pay picture (≤2 MB JPEG), mean of 3`)
  console.log(`baseline  bare sharp resize: ${bare.toFixed(0)} ms`)
  console.log(
    `Kaitong normalizeForSpec (sniff, limits, sRGB, fit loop): ×${(guarded / bare).toFixed(2)} of baseline`
  )

  const dataDir = mkdtempSync(join(tmpdir(), 'kaitong-bench-bundle-'))
  const app = openApp({ dataDir, version: 'bench' })
  try {
    const id = await createCompleteDraft(app)
    const platforms = ['wechat-pay', 'wechat-mp', 'alipay-mp', 'douyin-mp', 'baidu-mp']
    const exportAll = () => app.router.dispatch('bundles.export', { id, platforms })
    const first = await time(exportAll, 1)
    const cached = await time(exportAll, 3)
    console.log(`export of 5 bundles for the complete fixture draft`)
    console.log(`baseline  first export (normalises every picture): ${first.toFixed(0)} ms`)
    console.log(`re-export with cached pictures: ×${(cached / first).toFixed(2)} of baseline`)
  } finally {
    app.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
