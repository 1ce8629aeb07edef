import { randomBytes } from 'node:crypto'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// Tests get the root key the way the CLI does (KAITONG_KEY): a fresh one each run.
const env = { KAITONG_KEY: process.env['KAITONG_KEY'] ?? randomBytes(32).toString('hex') }

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          env
        },
        plugins: [vue()]
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          env,
          testTimeout: 30_000
        }
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          env,
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false
        }
      }
    ]
  }
})
