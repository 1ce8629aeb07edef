import { execFileSync } from 'node:child_process'
import { closeSync, openSync, readSync, writeSync } from 'node:fs'

/**
 * Asks a question on the controlling terminal with echo off and reads one line, or answers
 * undefined when there is no terminal (a pipe, CI, Windows). Synchronous on purpose: the
 * database opens lazily inside a command, the first time it is needed.
 */
export function askHidden(question: string): string | undefined {
  if (process.platform === 'win32' || !process.stdin.isTTY) return undefined
  let tty: number
  try {
    tty = openSync('/dev/tty', 'r+')
  } catch {
    return undefined
  }
  const stty = (flag: string) => execFileSync('stty', [flag], { stdio: [tty, 'ignore', 'ignore'] })
  try {
    writeSync(tty, question)
    stty('-echo')
    const bytes: number[] = []
    const one = Buffer.alloc(1)
    try {
      while (readSync(tty, one, 0, 1, null) === 1 && one[0] !== 0x0a) {
        if (one[0] !== 0x0d) bytes.push(one[0] ?? 0)
      }
    } finally {
      stty('echo')
      writeSync(tty, '\n')
    }
    return Buffer.from(bytes).toString('utf8')
  } finally {
    closeSync(tty)
  }
}
