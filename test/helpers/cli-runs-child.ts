/** `node --import tsx cli-runs-child.ts '<JSON array of command lines>'`: prints the runs as JSON. */
import { runCommands } from './cli-runs'

const runs = await runCommands(JSON.parse(String(process.argv[2])) as string[][])
process.stdout.write(`\n@@runs ${JSON.stringify(runs)}\n`)
