import { availableParallelism } from 'node:os'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Piscina } from 'piscina'
import type { VariantResult, VariantTask } from './variant-worker'

/**
 * Worker threads that make picture variants on every core. Each worker gives libvips one
 * thread per image, so the pool together uses each core once instead of all images
 * queueing on one. Idle workers exit and never keep the process alive.
 */
export interface VariantPool {
  run(task: Omit<VariantTask, 'concurrency'>, signal?: AbortSignal): Promise<VariantResult>
  /** How many sources are worth having in flight at once. */
  readonly width: number
}

export interface VariantPoolOptions {
  /** The built worker (Electron's out/main); by default the TypeScript source through tsx. */
  workerFile?: string
  threads?: number
}

function sourceWorker(): { filename: string; execArgv: string[] } {
  const tsx = createRequire(import.meta.url).resolve('tsx')
  return {
    filename: new URL('./variant-worker.ts', import.meta.url).href,
    execArgv: ['--import', pathToFileURL(tsx).href]
  }
}

export function createVariantPool(options: VariantPoolOptions = {}): VariantPool {
  const threads = options.threads ?? availableParallelism()
  let piscina: Piscina | undefined
  const started = () =>
    (piscina ??= new Piscina({
      ...(options.workerFile
        ? { filename: pathToFileURL(options.workerFile).href }
        : sourceWorker()),
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: 5000
    }))
  return {
    width: threads * 2,
    run: (task, signal) =>
      started().run({ ...task, concurrency: 1 } satisfies VariantTask, {
        ...(signal ? { signal } : {})
      }) as Promise<VariantResult>
  }
}

let shared: VariantPool | undefined

/** One pool per process unless the shell names its built worker. */
export function sharedVariantPool(): VariantPool {
  return (shared ??= createVariantPool())
}
