import { main } from '../../src-main/cli/main'
import type { Io } from '../../src-main/cli/output'

export interface CliRun {
  args: string[]
  code: number
  /** Everything the run printed: through the CLI's io and straight to the process streams. */
  output: string
}

/**
 * Runs CLI command lines one after another in this process and collects all they print,
 * including anything written to stdout/stderr or the console behind the CLI's back.
 */
export async function runCommands(lines: string[][]): Promise<CliRun[]> {
  const runs: CliRun[] = []
  for (const args of lines) {
    const printed: string[] = []
    const io: Io = { out: (text) => printed.push(text), err: (text) => printed.push(text) }
    const streams = [process.stdout, process.stderr] as const
    const originals = streams.map((stream) => stream.write.bind(stream))
    const originalError = console.error
    for (const stream of streams) {
      stream.write = (chunk: string | Uint8Array) => {
        printed.push(String(chunk))
        return true
      }
    }
    console.error = (...values: unknown[]) => {
      printed.push(
        values.map((value) => (value instanceof Error ? value.stack : String(value))).join(' ')
      )
    }
    let code: number
    try {
      code = await main(args, io)
    } catch (error) {
      printed.push(error instanceof Error ? String(error.stack) : String(error))
      code = -1
    } finally {
      streams.forEach((stream, index) => (stream.write = originals[index] as typeof stream.write))
      console.error = originalError
    }
    runs.push({ args, code, output: printed.join('\n') })
  }
  return runs
}
