#!/usr/bin/env node
// `npx kaitong …`: runs the TypeScript CLI through tsx, so it works right after install.
import { availableParallelism } from 'node:os'
import { register } from 'tsx/esm/api'

// sharp's images run on libuv's pool (4 threads by default): one per core for bulk export.
process.env.UV_THREADPOOL_SIZE ??= String(Math.max(4, availableParallelism()))

register()
const { main } = await import('../src-main/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
