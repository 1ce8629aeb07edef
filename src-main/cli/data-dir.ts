import { homedir } from 'node:os'
import { join } from 'node:path'

/** The same folder Electron's `app.getPath('userData')` gives the app named Kaitong. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir()
): string {
  if (platform === 'win32')
    return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'Kaitong')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Kaitong')
  return join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'Kaitong')
}
