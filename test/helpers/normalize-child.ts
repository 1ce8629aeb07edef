/**
 * `node --import tsx normalize-child.ts <image> <platform> <slot>`: normalises one picture
 * for one slot in a fresh process and prints its size and the process's peak RSS in bytes.
 */
import { readFileSync } from 'node:fs'
import { normalizeForSpec } from '../../src-main/media'
import { mediaSpecFor } from '../../src-main/platforms/registry'
import type { PlatformId } from '../../src-main/platforms/adapter'

const [file = '', platform = '', slot = ''] = process.argv.slice(2)
const spec = mediaSpecFor(platform as PlatformId, slot)
if (!spec) throw new Error(`no slot ${platform} ${slot}`)
const image = await normalizeForSpec(readFileSync(file), spec)
process.stdout.write(
  JSON.stringify({
    width: image.width,
    height: image.height,
    peakRss: process.resourceUsage().maxRSS * 1024
  })
)
