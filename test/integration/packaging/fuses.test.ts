import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../helpers/temp-dir'

const require = createRequire(import.meta.url)
const root = join(import.meta.dirname, '../../..')
const afterPack = require(join(root, 'scripts/after-pack.cjs')) as (
  context: unknown
) => Promise<void>
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8')) as {
  asar: boolean
  afterPack: string
  files: string[]
  npmRebuild: boolean
}
const tempDir = useTempDir('kaitong-pack-')

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** A fuse's state is an ASCII digit in the wire: '1' on, '0' off. */
const ON = 0x31
const OFF = 0x30

/**
 * A stand-in for the Electron executable (its binary cannot be downloaded here): the fuse
 * wire Electron embeds — sentinel, wire version 1, length 8, one byte per fuse — inside
 * other bytes, every fuse switched on as in a stock build.
 */
function fakeElectron(file: string) {
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.alloc(8, ON)])
  writeFileSync(file, Buffer.concat([Buffer.alloc(4096, 0xcc), wire, Buffer.alloc(4096, 0xcc)]))
}

describe('packaging', () => {
  it('flips every fuse of the packaged Linux binary to the hardened setting', async () => {
    const appOutDir = tempDir()
    mkdirSync(appOutDir, { recursive: true })
    fakeElectron(join(appOutDir, 'kaitong'))
    await afterPack({
      appOutDir,
      electronPlatformName: 'linux',
      arch: 1,
      packager: { appInfo: { productFilename: 'Kaitong' }, executableName: 'kaitong' }
    })
    const wire = await getCurrentFuseWire(join(appOutDir, 'kaitong'))
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF)
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ON)
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF)
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF)
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON)
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(OFF)
  })

  it('finds the Windows executable by the product name', async () => {
    const appOutDir = tempDir()
    fakeElectron(join(appOutDir, 'Kaitong.exe'))
    await afterPack({
      appOutDir,
      electronPlatformName: 'win32',
      arch: 1,
      packager: { appInfo: { productFilename: 'Kaitong' }, executableName: 'Kaitong' }
    })
    const wire = await getCurrentFuseWire(join(appOutDir, 'Kaitong.exe'))
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF)
  })

  it('packs the app into an asar archive, rebuilt for Electron, with the fuse hook', () => {
    expect(config.asar).toBe(true)
    expect(config.npmRebuild).toBe(true)
    expect(require.resolve(join(root, config.afterPack))).toBe(join(root, 'scripts/after-pack.cjs'))
    expect(config.files).toContain('out/**')
  })
})
