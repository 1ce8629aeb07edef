// electron-builder's afterPack hook: flips Electron's fuses in the packaged binary, so a
// shipped Kaitong cannot be run as plain Node, inspected, or made to load code from outside
// its integrity-checked app.asar (Electron's security checklist, STYLE.md §9).
const { join } = require('node:path')
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses')

/** Every fuse set explicitly: a new Electron fuse fails the build until it is decided. */
const FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served over app://kaitong, never file://.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false
}

/** Where electron-builder put the Electron executable for this platform. */
function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const name = packager.appInfo.productFilename
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return join(appOutDir, `${name}.app`)
  }
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`)
  return join(appOutDir, packager.executableName)
}

async function afterPack(context) {
  await flipFuses(electronBinary(context), {
    ...FUSES,
    // Apple silicon refuses a binary whose ad-hoc signature no longer matches.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3
  })
}

module.exports = afterPack
module.exports.default = afterPack
module.exports.FUSES = FUSES
module.exports.electronBinary = electronBinary
