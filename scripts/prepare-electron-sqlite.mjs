// Prepares better-sqlite3-multiple-ciphers (SQLCipher-capable better-sqlite3) for Electron's
// ABI in .cache/electron-sqlite/, leaving the Node build in node_modules (used by tests and
// the CLI) untouched. Main loads it through `nativeBinding`. Needs the internet once
// (Electron headers or a prebuilt binary). The stamp names the package, so a build of plain
// better-sqlite3 left by an older Kaitong (which cannot open an encrypted database) is replaced.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const target = join(root, '.cache', 'electron-sqlite', 'better_sqlite3.node')
const stamp = join(root, '.cache', 'electron-sqlite', 'version.txt')
const require = createRequire(import.meta.url)
const electronVersion = JSON.parse(
  readFileSync(join(dirname(require.resolve('electron/package.json')), 'package.json'), 'utf8')
).version
const sqlitePackage = 'better-sqlite3-multiple-ciphers'
const sqliteDir = dirname(require.resolve(`${sqlitePackage}/package.json`))
const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version
const wanted = `electron ${electronVersion} ${sqlitePackage} ${sqliteVersion}`

if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
  process.exit(0)
}

console.log(`[kaitong] preparing ${sqlitePackage} for ${wanted} (first start only)…`)
const work = join(root, '.cache', 'electron-sqlite-build')
rmSync(work, { recursive: true, force: true })
cpSync(sqliteDir, work, { recursive: true, filter: (path) => !path.includes(`${sqliteDir}/build`) })
// Same binary name as better-sqlite3's (binding.gyp target `better_sqlite3`).
// npm's `nodedir` setting points node-gyp at Node's headers; Electron needs its own.
const env = { ...process.env, npm_config_nodedir: '' }
const run = (command, args) => execFileSync(command, args, { cwd: work, stdio: 'inherit', env })
try {
  run(process.execPath, [
    require.resolve('prebuild-install/bin.js', { paths: [sqliteDir] }),
    '--runtime=electron',
    `--target=${electronVersion}`
  ])
} catch {
  run('npx', [
    '--yes',
    'node-gyp',
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--dist-url=https://electronjs.org/headers'
  ])
}
mkdirSync(dirname(target), { recursive: true })
cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target)
writeFileSync(stamp, wanted)
rmSync(work, { recursive: true, force: true })
console.log(`[kaitong] ${sqlitePackage} for Electron is ready.`)
