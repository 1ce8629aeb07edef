import { main } from '../../src-main/cli/main'
import type { Io } from '../../src-main/cli/output'

/** Runs `kaitong <args>` in process and collects what it prints (joined, and line by line) and its exit code. */
export async function runCli(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text) }
  const code = await main(args, io)
  return { code, out: out.join('\n'), err: err.join('\n'), lines: out }
}
