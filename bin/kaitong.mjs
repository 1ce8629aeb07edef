#!/usr/bin/env node
// `npx kaitong …`: runs the TypeScript CLI through tsx, so it works right after install.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src-main/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
