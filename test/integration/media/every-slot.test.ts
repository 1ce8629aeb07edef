import { beforeAll, describe, expect, it } from 'vitest'
import { checkAgainstSpec, normalizeForSpec, readImageHeader } from '../../../src-main/media'
import type { ImageSpec } from '../../../src-main/platforms/adapter'
import { ADAPTERS } from '../../../src-main/platforms/registry'
import { cameraPhoto } from './media-test-kit'

/** Every image slot of every shipped platform adapter, as one table. */
const SLOTS: [string, ImageSpec][] = Object.values(ADAPTERS).flatMap((adapter) =>
  Object.entries(adapter.mediaSpecs).map(([slot, spec]): [string, ImageSpec] => [
    `${adapter.id} ${slot}`,
    spec
  ])
)

let photo: Buffer
beforeAll(async () => {
  photo = await cameraPhoto()
}, 60_000)

describe('a 4000×3000 camera photo', () => {
  it.each(SLOTS)(
    'is normalised within the limits of %s',
    async (_name, spec) => {
      const result = await normalizeForSpec(photo, spec)
      const header = await readImageHeader(result.data)
      expect(checkAgainstSpec({ ...header, format: header.kind }, spec)).toEqual({
        ok: true,
        problems: []
      })
    },
    60_000
  )
})
